import Foundation
import Shared
import Testing

/// `zicha verify --format json`: the verdict a script can read, with the same exit codes.
@Suite("verify --format json")
struct VerifyJSONTests {
    @Test func verdictBeforeAndAfterAnEdit() throws {
        let workspace = try Workspace()
        try workspace.copyExample("report-valid.json", as: "report.json")
        let key = KeyFile(
            keyId: "320000-test", filer: "320000", secret: Array(repeating: 9, count: 32), issuedAt: "2017-12-01T00:00:00Z")
        try workspace.write(try ReportCoding.encode(key), "office.key")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: workspace.path("office.key"))
        let clerk = Clerk(workspace: workspace, key: workspace.path("office.key"))
        var result = try clerk.run("sign", "report.json", "--base", "0")
        #expect(result.status == 0, "\(result.output)")

        result = try clerk.run("verify", "report.json", "--format", "json")
        #expect(result.status == 0, "\(result.output)")
        var verdict = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(verdict["valid"] as? Bool == true)
        #expect((verdict["problems"] as? [Any])?.isEmpty == true)
        #expect((verdict["signature"] as? [String: Any])?["keyId"] as? String == "320000-test")

        let text = String(decoding: try workspace.read("report.json"), as: UTF8.self)
        try workspace.write(
            Data(text.replacingOccurrences(of: "\"summary\" : \"", with: "\"summary\" : \"（改）").utf8), "report.json")
        result = try clerk.run("verify", "report.json", "--format", "json")
        #expect(result.status == 1, "\(result.output)")
        verdict = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(verdict["valid"] as? Bool == false)
        let problems = try #require(verdict["problems"] as? [[String: String]])
        #expect(problems.count == 1 && problems[0]["messageEn"]?.contains("bytes changed") == true, "\(problems)")
    }
}
