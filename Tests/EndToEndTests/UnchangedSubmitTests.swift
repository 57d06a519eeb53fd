import Foundation
import Testing

/// The usual "did it go through?" re-run against the real server: the same report again is
/// no new version, says which version it is, and exits 0.
@Suite("Submitting the same report again", .serialized)
struct UnchangedSubmitTests {
    @Test func submitTwiceUploadTwice() throws {
        let workspace = try Workspace()
        let server = TestServer(workspace: workspace)
        try server.start()
        let clerk = Clerk(workspace: workspace, server: server.url, key: try server.issueKey(filer: "320000"))
        try workspace.copyExample("report-valid.json", as: "jiangsu.json")

        var result = try clerk.run("submit", "jiangsu.json")
        #expect(result.status == 0 && result.stdout.contains("第 1 版"), "\(result.output)")
        let storedSignature = try workspace.read("jiangsu.json.sig")

        result = try clerk.run("submit", "jiangsu.json")
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.stdout.contains("与第 1 版内容相同，未重新报送") && result.stdout.contains("identical to version 1"), "\(result.output)")
        #expect(try workspace.read("jiangsu.json.sig") == storedSignature, "nothing new is signed")
        #expect(try clerk.storedVersions() == [1])

        result = try clerk.run("submit", "jiangsu.json", "--format", "json")
        #expect(result.status == 0, "\(result.output)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["unchanged"] as? Bool == true && object?["version"] as? Int == 1, "\(result.output)")

        // The stored signature again: a replay, its original receipt.
        result = try clerk.run("upload", "jiangsu.json")
        #expect(result.status == 0 && result.stdout.contains("此前已被接收"), "\(result.output)")
        // Signed anew against version 1: the server answers 409 unchanged, and upload says so.
        result = try clerk.run("sign", "jiangsu.json")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run("upload", "jiangsu.json")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("与第 1 版内容相同，未重新上传") && result.stdout.contains("not uploaded again"), "\(result.output)")
        #expect(try clerk.storedVersions() == [1])

        // A real change is a new version as before.
        let text = String(decoding: try workspace.read("jiangsu.json"), as: UTF8.self)
        try workspace.write(
            Data(text.replacingOccurrences(of: "\"itemCount\" : 1214", with: "\"itemCount\" : 1215").utf8), "jiangsu.json")
        result = try clerk.run("submit", "jiangsu.json")
        #expect(result.status == 0 && result.stdout.contains("第 2 版"), "\(result.output)")
        #expect(try clerk.storedVersions() == [1, 2])
    }
}
