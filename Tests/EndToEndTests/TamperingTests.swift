import Foundation
import Testing

/// A signed file that was changed, or signed with another office's key, is refused before
/// anything reaches the server, and nothing is stored.
@Suite("Tampering and wrong keys", .serialized)
struct TamperingTests {
    @Test func changedBytesOrSignatureFailVerifyAndUpload() throws {
        let workspace = try Workspace()
        let server = TestServer(workspace: workspace)
        try server.start()
        let clerk = Clerk(workspace: workspace, server: server.url, key: try server.issueKey(filer: "320000"))
        try workspace.copyExample("report-valid.json", as: "report.json")
        var result = try clerk.run("sign", "report.json")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run("verify", "report.json")
        #expect(result.status == 0, "\(result.output)")
        let original = try workspace.read("report.json")
        let signature = try workspace.read("report.json.sig")

        // One changed character in the report.
        let edited = String(decoding: original, as: UTF8.self).replacingOccurrences(
            of: "\"preparedOn\" : \"2017-12-20\"", with: "\"preparedOn\" : \"2017-12-19\"")
        let tampered = Data(edited.utf8)
        #expect(tampered != original)
        try workspace.write(tampered, "report.json")
        result = try clerk.run("verify", "report.json")
        #expect(result.status == 1 && result.stderr.contains("改动"), "\(result.output)")
        result = try clerk.run("upload", "report.json")
        #expect(result.status == 1 && result.stderr.contains("未上传"), "\(result.output)")
        #expect(try clerk.storedVersions() == [])

        // The report intact, the signature value altered.
        try workspace.write(original, "report.json")
        var text = String(decoding: signature, as: UTF8.self)
        let range = try #require(text.range(of: "\"signature\" : \""))
        let first = text[range.upperBound]
        text.replaceSubrange(range.upperBound...range.upperBound, with: first == "0" ? "1" : "0")
        try workspace.write(Data(text.utf8), "report.json.sig")
        result = try clerk.run("verify", "report.json")
        #expect(result.status == 1 && result.stderr.contains("签名值"), "\(result.output)")
        result = try clerk.run("upload", "report.json")
        #expect(result.status == 1, "\(result.output)")
        #expect(try clerk.storedVersions() == [])

        // Both intact again: accepted, which shows the refusals above were about the tampering.
        try workspace.write(signature, "report.json.sig")
        result = try clerk.run("upload", "report.json")
        #expect(result.status == 0, "\(result.output)")
        #expect(try clerk.storedVersions() == [1])
    }

    @Test func anotherOfficesKeyIsRefused() throws {
        let workspace = try Workspace()
        let server = TestServer(workspace: workspace)
        try server.start()
        let jiangsu = Clerk(workspace: workspace, server: server.url, key: try server.issueKey(filer: "320000"))
        let beijing = Clerk(workspace: workspace, server: server.url, key: try server.issueKey(filer: "110000"))
        try workspace.copyExample("report-valid.json", as: "report.json")

        var result = try beijing.run("sign", "report.json")
        #expect(result.status == 1 && result.stderr.contains("110000") && result.stderr.contains("320000"), "\(result.output)")
        #expect(!workspace.exists("report.json.sig"))

        result = try jiangsu.run("sign", "report.json")
        #expect(result.status == 0, "\(result.output)")
        result = try beijing.run("verify", "report.json")
        #expect(result.status == 1 && result.stderr.contains("110000"), "\(result.output)")
        result = try beijing.run("upload", "report.json")
        #expect(result.status == 1, "\(result.output)")
        #expect(try jiangsu.storedVersions() == [])
    }
}
