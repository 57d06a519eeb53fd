import Foundation
import Shared
import Testing

/// Refusals by the server are explained in words a clerk can act on, exit 1, and store nothing.
@Suite("Server refusals explained", .serialized)
struct ServerRefusalTests {
    @Test func validationFailureRevokedKeyAndClosedRound() throws {
        let workspace = try Workspace()
        let server = TestServer(workspace: workspace)
        try server.start()
        let keyPath = try server.issueKey(filer: "320000")
        let clerk = Clerk(workspace: workspace, server: server.url, key: keyPath)
        let key = try ReportCoding.decoder().decode(KeyFile.self, from: Data(contentsOf: URL(fileURLWithPath: keyPath)))

        // A search test that failed while the result says pass: the client would refuse to sign
        // it, so the signature is made by hand, as a modified client might.
        try workspace.copyExample("report-valid.json", as: "report.json")
        let text = String(decoding: try workspace.read("report.json"), as: UTF8.self)
        let found = try #require(text.range(of: "\"found\" : true"))
        let broken = text.replacingCharacters(in: found, with: "\"found\" : false")
        let bytes = Data(broken.utf8)
        try workspace.write(bytes, "broken.json")
        let fields = SigningScheme.Fields(
            method: "POST", path: APIPath.versions(round: "2017", filer: "320000"), filer: "320000", round: "2017",
            keyID: key.keyId,
            signedAt: SigningScheme.timestamp(Date()), baseVersion: 0, contentSHA256: Hex.encode(Crypto.sha256(bytes)))
        let signature = DetachedSignature(
            fields: fields, signature: SigningScheme.signature(for: fields, secret: try #require(key.secretBytes)))
        try workspace.write(try ReportCoding.encode(signature), "broken.json.sig")
        var result = try clerk.run("upload", "broken.json")
        #expect(result.status == 1, "\(result.output)")
        #expect(
            result.stderr.contains("站内搜索 Site search") && result.stderr.contains("未保存"), "422 lists the issues: \(result.output)")
        #expect(try clerk.storedVersions() == [])

        result = try clerk.run("submit", "report.json")
        #expect(result.status == 0, "\(result.output)")

        // A revoked key: the refusal names the key and the filer.
        try server.admin(["key", "revoke", key.keyId])
        result = try clerk.run("status")
        #expect(result.status == 1 && result.stderr.contains(key.keyId) && result.stderr.contains("320000"), "\(result.output)")

        // A closed round refuses uploads; nothing more is stored.
        let fresh = Clerk(workspace: workspace, server: server.url, key: try server.issueKey(filer: "320000"))
        try server.admin(["round", "close", "2017"])
        try workspace.write(
            Data(text.replacingOccurrences(of: "\"summary\" : \"", with: "\"summary\" : \"（补充）").utf8), "report.json")
        result = try fresh.run("submit", "report.json")
        #expect(result.status == 1 && result.stderr.contains("423"), "\(result.output)")
        #expect(try fresh.storedVersions() == [1])
    }
}
