import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// docs/API.md "Uploads": bytes identical to the latest version's are not a new version.
@Suite("Unchanged uploads")
struct UnchangedUploadTests {
    @Test(
        "the same bytes signed again are 409 unchanged naming the version; nothing is stored, an accepted filing stays accepted")
    func sameBytesAgain() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let token = try await server.addReviewer()
        let body = TestReports.bytes(TestReports.valid(filer: "110000"))
        let path = APIPath.versions(round: "2017", filer: "110000")
        let first = key.headers(method: "POST", path: path, round: "2017", baseVersion: 0, body: body)
        let (created, accepted, again, staleAgain, replay, info) = try await server.live { client in
            let created = try await client.execute(uri: path, method: .post, headers: first, body: ByteBuffer(bytes: body))
            let accepted = try await client.review("110000", version: 1, token: token, .accept)
            // "Did it go through?": signed again against version 1, the same bytes.
            let again = try await client.upload(body, key: key, baseVersion: 1)
            // Signed later against version 0 (a new signature): still the same bytes, not a stale amendment.
            let later = key.headers(
                method: "POST", path: path, round: "2017", baseVersion: 0, body: body, signedAt: "2017-12-20T03:00:00Z")
            let staleAgain = try await client.execute(uri: path, method: .post, headers: later, body: ByteBuffer(bytes: body))
            // The very same signed request stays a replay: its original receipt.
            let replay = try await client.execute(uri: path, method: .post, headers: first, body: ByteBuffer(bytes: body))
            let info = try await client.signedGet(APIPath.version(round: "2017", filer: "110000", version: 1), key: key)
            return (created, accepted, again, staleAgain, replay, info)
        }
        #expect(created.status == .created && accepted.status == .created)
        for response in [again, staleAgain] {
            #expect(response.status == .conflict)
            let error = try #require(response.error)
            #expect(error.error == "unchanged" && error.currentVersion == 1)
            #expect(error.message.contains("第 1 版") && error.messageEn.contains("version 1"), "\(error)")
        }
        #expect(replay.status == .ok)
        #expect(try replay.decode(Receipt.self) == (try created.decode(Receipt.self)))
        #expect(try info.decode(VersionInfo.self).reviewState == .accepted)
        #expect(try await server.versionCount() == 1)
        #expect(try await server.auditCount("version.create") == 1)
    }

    @Test("only the latest version is compared: a real change, then a return to the first text, are new versions")
    func revertingIsAVersion() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let v1 = TestReports.bytes(TestReports.valid(filer: "110000"))
        let v2 = TestReports.bytes(TestReports.valid(filer: "110000", summary: "第二版"))
        let statuses = try await server.live { client in
            [
                try await client.upload(v1, key: key, baseVersion: 0).status,
                try await client.upload(v2, key: key, baseVersion: 1).status,
                try await client.upload(v1, key: key, baseVersion: 2).status,
            ]
        }
        #expect(statuses == [.created, .created, .created])
        #expect(try await server.versionCount() == 3)
    }

    @Test("inside the write transaction an identical upload stored since is found too")
    func unchangedInTheTransaction() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let body = TestReports.bytes(TestReports.valid(filer: "110000"))
        func version(signature: Character) -> NewVersion {
            NewVersion(
                round: "2017", filer: "110000", bytes: body, sha256: Hex.encode(Crypto.sha256(body)),
                signature: String(repeating: signature, count: 64), keyID: key.id, signedAt: "2017-12-20T02:00:00Z",
                baseVersion: 0, validation: ValidationResult(issues: []))
        }
        guard case .created = try await server.store.appendVersion(version(signature: "a"), receivedAt: server.clock.now())
        else {
            Issue.record("the first upload is stored")
            return
        }
        #expect(
            try await server.store.appendVersion(version(signature: "b"), receivedAt: server.clock.now())
                == .unchanged(version: 1))
        #expect(try await server.versionCount() == 1)
    }
}
