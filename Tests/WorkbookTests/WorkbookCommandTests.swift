import Foundation
import Shared
import TestSupport
import Testing

/// `zicha validate`, `sign` and `submit` take the workbook itself: it is imported into the JSON
/// beside it (which is what is signed and uploaded), and each issue names its cell and JSON path.
@Suite("Workbook commands", .serialized)
struct WorkbookCommandTests {
    @Test("validate names the cell and the JSON path of each issue and writes the JSON beside the workbook")
    func validateNamesCells() throws {
        let workspace = try Workspace(prefix: "zicha-workbook")
        let workbook = try workspace.exportedExample("jiangsu.xlsx")
        try Openpyxl.edit(workbook, saveAs: workbook, "cell(ws('服务事项'), '办理时限', 2).value = None\nws('搜索测试')['D3'] = '否'")
        let result = try workspace.zicha("validate", "jiangsu.xlsx")
        #expect(result.status == 1, "\(result.output)")
        #expect(result.stdout.contains("已从工作簿 jiangsu.xlsx 导入，写入 jiangsu.json"), "\(result.output)")
        #expect(result.stdout.contains("服务事项!G2 · platforms[0].serviceItems[0].guide.timeLimit"), "\(result.output)")
        #expect(result.stdout.contains("搜索测试!D3 · platforms[0].checks.search.tests[1].found"), "\(result.output)")
        #expect(workspace.exists("jiangsu.json"))
        // JSON output stays JSON: the notice goes to standard error.
        let json = try workspace.zicha("validate", "jiangsu.xlsx", "--format", "json")
        #expect(json.status == 1 && json.stdout.hasPrefix("{") && json.stderr.contains("jiangsu.json"), "\(json.output)")
    }

    @Test("sign and submit a workbook against the real server; export --version gives it back")
    func submitWorkbook() async throws {
        let workspace = try Workspace(prefix: "zicha-workbook")
        let database = workspace.path("zicha.sqlite")
        let key = workspace.path("320000.key")
        let issued = try await ServerBinary.run(["key", "issue", "320000", "--out", key, "--db", database])
        #expect(issued.status == 0, "\(issued.output)")
        let server = try await ServerProcess.start(db: database, clockStart: "2017-12-20T10:00:00+08:00")
        defer { Task { await server.stop() } }
        let env = ["ZICHA_SERVER": server.url, "ZICHA_KEY": key]
        _ = try workspace.exportedExample("jiangsu.xlsx")

        var result = try workspace.zicha("sign", "jiangsu.xlsx", "--base", "0", env: env)
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.stdout.contains("写入 jiangsu.json") && result.stdout.contains("zicha upload jiangsu.json"), "\(result.output)")
        #expect(workspace.exists("jiangsu.json.sig"))

        result = try workspace.zicha("submit", "jiangsu.xlsx", env: env)
        #expect(result.status == 0 && result.stdout.contains("第 1 版"), "\(result.output)")
        #expect(try workspace.read("jiangsu.json") == (try Binaries.example("report-valid.json")))

        result = try workspace.zicha("export", "--version", "1", "--round", "2017", "--output", "v1.xlsx", env: env)
        #expect(result.status == 0, "\(result.output)")
        result = try workspace.zicha("import", "v1.xlsx", env: env)
        #expect(result.status == 0, "\(result.output)")
        #expect(try workspace.read("v1.json") == (try Binaries.example("report-valid.json")))
        result = try workspace.zicha("export", "--version", "1", "--round", "2017", "--output", "v1.xlsx", env: env)
        #expect(result.status == 1 && result.stderr.contains("--force"), "export does not overwrite: \(result.output)")
        await server.stop()
    }

    @Test("init writes a workbook for .xlsx; import and export refuse wrong arguments with exit 2")
    func usage() throws {
        let workspace = try Workspace(prefix: "zicha-workbook")
        var result = try workspace.zicha("init", "--filer", "bm07", "--round", "2017", "--output", "bm07.xlsx")
        #expect(result.status == 0, "\(result.output)")
        #expect(try workspace.read("bm07.xlsx").starts(with: [0x50, 0x4B]))
        result = try workspace.zicha("import", "bm07.xlsx")
        #expect(result.status == 0, "\(result.output)")
        let blank = try ReportDecoder.decode(try workspace.read("bm07.json"))
        #expect(blank.platforms.map(\.level) == [.department] && blank.platforms[0].regionCode == nil)
        for arguments in [
            ["import", "bm07.json"], ["import", "bm07.xlsx", "--output", "x.xlsx"], ["export"],
            ["export", "bm07.json", "--output", "x.json"],
        ] {
            result = try CommandRunner.run(try Binaries.zicha(), arguments, in: workspace.url)
            #expect(result.status == 2, "\(arguments): \(result.output)")
        }
        result = try workspace.zicha("import", "missing.xlsx")
        #expect(result.status == 2 && result.stderr.contains("无法读取工作簿 missing.xlsx：文件不存在"), "\(result.output)")
    }
}
