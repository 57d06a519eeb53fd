import Foundation
import Shared
import Testing

/// Exit codes and messages of the real `zicha` binary where no server is needed (or none answers).
@Suite("zicha exit codes and refusals", .serialized)
struct CommandLineTests {
    @Test func validateExitCodesAndOutputs() throws {
        let workspace = try Workspace()
        let clerk = Clerk(workspace: workspace)
        try workspace.copyExample("report-valid.json", as: "valid.json")
        try workspace.copyExample("report-invalid.json", as: "invalid.json")

        var result = try clerk.run("validate", "valid.json")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run("validate", "invalid.json")
        #expect(result.status == 1)
        #expect(
            result.stdout.contains("站内搜索 Site search") && result.stdout.contains("平台 1"),
            "issues name the indicator and the platform")

        result = try clerk.run("validate", "invalid.json", "--format", "json")
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["errors", "warnings", "issues"])
        #expect((object["errors"] as? Int ?? 0) > 0)

        try workspace.write(Data("{\n  \"formVersion\": \"1\",\n  \"round\": \n".utf8), "broken.json")
        result = try clerk.run("validate", "broken.json")
        #expect(result.status == 2 && result.stderr.contains("broken.json") && result.stderr.contains("第"), "\(result.output)")
        result = try clerk.run("validate", "missing.json")
        #expect(result.status == 2 && result.stderr.contains("missing.json"), "\(result.output)")
    }

    /// A fresh `zicha` learns the form's places from one merged element per list, so a place
    /// that only a later item has (its forms) is still looked into, and a key written only in
    /// the last items is still named.
    @Test func unknownKeysInLaterItemsAreNamedByAFreshProcess() throws {
        let workspace = try Workspace()
        let clerk = Clerk(workspace: workspace)
        try workspace.copyExample("report-valid.json", as: "valid.json")
        var report = try #require(try JSONSerialization.jsonObject(with: workspace.read("valid.json")) as? [String: Any])
        var platforms = try #require(report["platforms"] as? [[String: Any]])
        var items = try #require(platforms[0]["serviceItems"] as? [[String: Any]])
        let template = items[0]
        var guide = try #require(template["guide"] as? [String: Any])
        var forms = try #require(guide["forms"] as? [[String: Any]])
        // The first items have no forms; the 40th has one whose key is misspelt, the 41st an extra key.
        guide["forms"] = NSNull()
        items = (0..<41).map { n in
            var item = template
            item["name"] = "事项\(n + 1)"
            item["guide"] = guide
            return item
        }
        forms[0]["sampleURL"] = forms[0].removeValue(forKey: "sampleUrl")
        var later = guide
        later["forms"] = forms
        items[39]["guide"] = later
        items[40]["remarkInternal"] = "内部备注"
        platforms[0]["serviceItems"] = items
        report["platforms"] = platforms
        try workspace.write(try JSONSerialization.data(withJSONObject: report), "long.json")

        let result = try clerk.run("validate", "long.json", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let issues = try #require(object["issues"] as? [[String: Any]])
        let keyIssues = issues.filter { ($0["code"] as? String)?.hasPrefix("key.") == true }
            .map { "\($0["code"] ?? "") \($0["path"] ?? "")" }
        #expect(
            keyIssues == [
                "key.misspelled platforms[0].serviceItems[39].guide.forms[0].sampleURL",
                "key.unknown platforms[0].serviceItems[40].remarkInternal",
            ], "\(result.output)")
    }

    @Test func keyReadableByOthersIsRefused() throws {
        let workspace = try Workspace()
        try workspace.copyExample("report-valid.json", as: "report.json")
        let key = KeyFile(
            keyId: "320000-test", filer: "320000", secret: Array(repeating: 7, count: 32), issuedAt: "2017-12-01T00:00:00Z")
        try workspace.write(try ReportCoding.encode(key), "office.key")
        let path = workspace.path("office.key")
        let clerk = Clerk(workspace: workspace, key: path)

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        var result = try clerk.run("sign", "report.json", "--base", "0")
        #expect(result.status == 1 && result.stderr.contains("chmod 600 \(path)"), "\(result.output)")
        #expect(!workspace.exists("report.json.sig"))

        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        result = try clerk.run("sign", "report.json", "--base", "0")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run("verify", "report.json")
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func usageUnreachableAndTerminalRefusals() throws {
        let workspace = try Workspace()
        let clerk = Clerk(workspace: workspace)
        try workspace.copyExample("report-valid.json", as: "report.json")

        var result = try clerk.run("validate", "report.json", "--no-such-option")
        #expect(result.status == 2, "usage errors exit 2: \(result.output)")
        result = try clerk.run("fill", "report.json")
        #expect(result.status == 2 && result.stderr.contains("终端"), "fill refuses without a terminal: \(result.output)")
        result = try clerk.run("upload", "report.json")
        #expect(result.status == 2, "no key given: \(result.output)")

        let key = KeyFile(
            keyId: "320000-test", filer: "320000", secret: Array(repeating: 1, count: 32), issuedAt: "2017-12-01T00:00:00Z")
        try workspace.write(try ReportCoding.encode(key), "office.key")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: workspace.path("office.key"))
        let offline = Clerk(
            workspace: workspace, server: "http://127.0.0.1:\(try LoopbackPort.closed())", key: workspace.path("office.key"))
        result = try offline.run("status", "--retries", "2", "--max-wait", "5")
        #expect(
            result.status == 3 && result.stderr.contains("after 3 attempts"),
            "unreachable after retries exits 3: \(result.output)")
        result = try offline.run("sign", "report.json", "--retries", "0")
        #expect(result.status == 3 && result.stderr.contains("--base"), "offline sign asks for --base: \(result.output)")
    }

    @Test(arguments: ["init", "validate", "fill", "sign", "verify", "upload", "submit", "status", "versions", "diff"])
    func everyCommandHasAnExample(command: String) throws {
        let result = try Clerk(workspace: try Workspace()).run(command, "--help")
        #expect(result.status == 0)
        #expect(result.stdout.contains("示例 / Example"), "\(command) --help shows an example")
    }
}
