import Foundation
import Testing

/// The argument parser's own errors in both binaries: a Chinese line naming the mistake, the
/// parser's English text, where to read the help, and exit status 2 (never the parser's 64).
@Suite("Usage errors in Chinese and English, exit 2")
struct UsageErrorTests {
    @Test(arguments: [
        (["validate"], "缺少必需的参数或选项", "Missing expected argument"),
        (["validate", "report.json", "--no-such-option"], "未知的选项", "Unknown option '--no-such-option'"),
        (["diff", "--from", "abc", "--to", "2"], "取值无效", "abc"),
        (["status", "--round"], "选项缺少取值", "Missing value for '--round"),
        (["versions", "a.json", "b.json"], "多余的参数", "Unexpected argument 'b.json'"),
        (["init", "--filer"], "选项缺少取值", "--filer"),
        (["no-such-command"], "", "no-such-command"),
    ])
    func zicha(arguments: [String], kind: String, english: String) throws {
        let workspace = try Workspace()
        let result = try CommandRunner.run(try Binaries.zicha(), arguments, in: workspace.url)
        #expect(result.status == 2, "\(arguments): \(result.output)")
        let lines = result.stderr.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("用法错误：\(kind)") && lines[0].contains("Usage error:"), "\(arguments): \(result.output)")
        #expect(result.stderr.contains(english), "\(arguments): \(result.output)")
        #expect(result.stderr.contains("用法和示例见 `zicha"), "\(arguments): \(result.output)")
    }

    @Test(arguments: [
        (["round", "create", "--deadline", "2018-12-31"], "缺少必需的参数或选项", "Missing expected argument '<id>'"),
        (["serve", "--no-such-option"], "未知的选项", "Unknown option '--no-such-option'"),
        (["serve", "--port", "eighty"], "取值无效", "eighty"),
        (["round", "create", "2019", "--deadline"], "选项缺少取值", "--deadline"),
        (["round", "create", "2019", "--deadline", "2019-02-29"], "参数不合要求", "must be a real date"),
    ])
    func zichaServer(arguments: [String], kind: String, english: String) throws {
        let workspace = try Workspace()
        let result = try CommandRunner.run(
            try Binaries.server(), arguments + ["--db", workspace.path("usage.sqlite")], in: workspace.url)
        #expect(result.status == 2, "\(arguments): \(result.output)")
        #expect(result.stderr.hasPrefix("用法错误：\(kind)"), "\(arguments): \(result.output)")
        #expect(result.stderr.contains(english), "\(arguments): \(result.output)")
        #expect(result.stderr.contains("用法和示例见 `zicha-server"), "\(arguments): \(result.output)")
    }

    @Test func helpStillExitsZeroWithItsExamples() throws {
        let workspace = try Workspace()
        var result = try CommandRunner.run(try Binaries.zicha(), ["status", "--help"], in: workspace.url)
        #expect(result.status == 0 && result.stdout.contains("示例 / Examples") && result.stderr.isEmpty, "\(result.output)")
        result = try CommandRunner.run(try Binaries.server(), ["round", "--help"], in: workspace.url)
        #expect(result.status == 0 && result.stdout.contains("create"), "\(result.output)")
    }
}
