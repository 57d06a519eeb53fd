import Foundation
import Shared
import Testing

/// `zicha init` as a clerk runs it: codes checked against the roster, names and defaults filled
/// in, and no field of its template able to pass validation while it holds a placeholder.
@Suite("zicha init and its template", .serialized)
struct InitTemplateTests {
    @Test func codesNotOnTheRosterAreRefusedNamingTheNearest() throws {
        let workspace = try Workspace()
        let clerk = Clerk(workspace: workspace)
        // Malformed: a usage error (2).
        var result = try clerk.run("init", "--filer", "32000", "--round", "2017", "--output", "a.json")
        #expect(
            result.status == 2 && result.stderr.contains("320000 江苏省") && result.stderr.contains("320000 Jiangsu"),
            "\(result.output)")
        // Well formed but on no roster: refused (1), nearest codes and --name named.
        result = try clerk.run("init", "--filer", "999999", "--round", "2017", "--output", "a.json")
        #expect(result.status == 1, "\(result.output)")
        #expect(result.stderr.contains("660000 新疆生产建设兵团、650000 新疆维吾尔自治区、640000 宁夏回族自治区"), "\(result.output)")
        #expect(result.stderr.contains("--name"), "\(result.output)")
        // The code is echoed without its control characters.
        result = try clerk.run("init", "--filer", "32\u{1B}[D0000", "--round", "2017", "--output", "a.json")
        #expect(result.status == 2 && result.stderr.contains("32<ESC>[D0000"), "\(result.output)")
        #expect(!result.stderr.unicodeScalars.contains("\u{1B}"))
        // --name contradicting the roster, or empty, or garbled.
        result = try clerk.run("init", "--filer", "320000", "--name", "江苏", "--round", "2017", "--output", "a.json")
        #expect(result.status == 2 && result.stderr.contains("“江苏省”"), "\(result.output)")
        result = try clerk.run("init", "--filer", "bm43", "--name", "国家\u{7F}局", "--round", "2017", "--output", "a.json")
        #expect(result.status == 2 && result.stderr.contains("控制字符"), "\(result.output)")
        #expect(!workspace.exists("a.json"), "nothing is written for a refused code")
    }

    @Test func theRosterFillsNameAndDefaults() throws {
        let workspace = try Workspace()
        let clerk = Clerk(workspace: workspace)
        var result = try clerk.run("init", "--filer", "320000", "--round", "2017", "--output", "js.json")
        #expect(result.status == 0 && result.stdout.contains("320000 江苏省"), "\(result.output)")
        var report = try ReportDecoder.decode(try workspace.read("js.json"))
        #expect(report.filer == FilerReference(code: "320000", name: "江苏省"))
        #expect(report.platforms.allSatisfy { $0.level == .province && $0.regionCode == "320000" })

        result = try clerk.run("init", "--filer", "bm05", "--round", "2017", "--platforms", "2", "--output", "moe.json")
        #expect(result.status == 0 && result.stdout.contains("bm05 教育部"), "\(result.output)")
        report = try ReportDecoder.decode(try workspace.read("moe.json"))
        #expect(report.filer == FilerReference(code: "bm05", name: "教育部"))
        #expect(report.platforms.count == 2 && report.platforms.allSatisfy { $0.level == .department && $0.regionCode == nil })
        #expect(!String(decoding: try workspace.read("moe.json"), as: UTF8.self).contains("regionCode"))

        // An office the administrator added: its code and the name given.
        result = try clerk.run("init", "--filer", "bm43", "--name", "国家测试局", "--round", "2017", "--output", "bm43.json")
        #expect(result.status == 0, "\(result.output)")
        report = try ReportDecoder.decode(try workspace.read("bm43.json"))
        #expect(report.filer.name == "国家测试局" && report.platforms[0].level == .department)
    }

    /// The template with every date, URL and e-mail replaced by valid values is still refused,
    /// for each placeholder alone: fill every other field validly, leave one placeholder, and
    /// exactly that field is an error.
    @Test(arguments: ["320000", "bm05"])
    func everyPlaceholderFieldIsRefusedOnItsOwn(filer: String) throws {
        let workspace = try Workspace()
        let clerk = Clerk(workspace: workspace)
        let result = try clerk.run(
            "init", "--filer", filer, "--round", "2017", "--platforms", "2", "--items", "2", "--output", "t.json")
        #expect(result.status == 0, "\(result.output)")
        let template = try TemplateTree(try workspace.read("t.json"))
        let placeholders = template.placeholderPaths
        #expect(placeholders.count > 100, "\(placeholders.count)")

        // Dates, URLs and the e-mail valid; every other placeholder still there.
        let blank = template.replacingDatesURLsAndEmail()
        let blankIssues = validate(try ReportDecoder.decode(blank.data()), context: ValidationContext(roundID: "2017"))
        let errors = blankIssues.filter { $0.severity == .error }
        #expect(Set(errors.map(\.path)) == Set(blank.placeholderPaths), "\(errors.filter { $0.code != "text.placeholder" })")
        #expect(errors.allSatisfy { $0.code == "text.placeholder" })
        try workspace.write(try blank.data(), "blank.json")
        let validated = try clerk.run("validate", "blank.json", "--format", "json")
        #expect(validated.status == 1 && validated.stdout.contains("text.placeholder"), "\(validated.output)")

        // Everything filled: no error at all.
        let filled = blank.fillingEveryPlaceholder()
        #expect(
            validate(try ReportDecoder.decode(filled.data()), context: ValidationContext(roundID: "2017")).filter {
                $0.severity == .error
            } == [])
        // One placeholder left, field by field.
        for path in blank.placeholderPaths {
            let one = filled.setting(path, to: template.value(at: path))
            let issues = validate(try ReportDecoder.decode(one.data()), context: ValidationContext(roundID: "2017"))
                .filter { $0.severity == .error }
            #expect(issues.map(\.code) == ["text.placeholder"] && issues.first?.path == path, "\(path): \(issues)")
        }
    }
}
