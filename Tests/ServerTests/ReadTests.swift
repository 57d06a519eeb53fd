import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// The filer GET endpoints of API.md, who may read what, and JSON answers for everything else.
@Suite("Reading versions")
struct ReadTests {
    @Test("a filer lists its versions, reads one, and gets the exact bytes with their signature")
    func ownVersions() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let v1 = TestReports.bytes(TestReports.valid(filer: "110000", name: "北京市"))
        let v2 = TestReports.bytes(TestReports.withWarning(filer: "110000"))
        let (list, one, report, missing, notANumber) = try await server.live { client in
            _ = try await client.upload(v1, key: key)
            server.clock.set("2018-01-02T08:00:00+08:00")
            _ = try await client.upload(v2, key: key, baseVersion: 1)
            return (
                try await client.signedGet(APIPath.versions(round: "2017", filer: "110000"), key: key),
                try await client.signedGet(APIPath.version(round: "2017", filer: "110000", version: 2), key: key),
                try await client.signedGet(APIPath.report(round: "2017", filer: "110000", version: 2), key: key),
                try await client.signedGet(APIPath.version(round: "2017", filer: "110000", version: 3), key: key),
                try await client.signedGet("/v1/rounds/2017/filers/110000/versions/abc", key: key)
            )
        }
        #expect(list.status == .ok)
        let versions = try list.decode(VersionList.self)
        #expect(versions.filer == "110000" && versions.filerName == "北京市" && versions.round == "2017")
        #expect(versions.deadline == "2017-12-31" && !versions.roundClosed)
        #expect(versions.deadlineStatus == .onTime)
        #expect(versions.versions.map(\.receipt.version) == [1, 2])
        #expect(versions.versions.map(\.baseVersion) == [0, 1])
        #expect(versions.versions.allSatisfy { $0.reviewState == .received && $0.reviews.isEmpty })
        // The filer's standing comes from its first version, so v2 after the deadline is still on time.
        #expect(versions.versions[1].receipt.receivedAt == "2018-01-02T08:00:00+08:00")
        #expect(versions.versions[1].receipt.deadlineStatus == .onTime)

        let info = try one.decode(VersionInfo.self)
        #expect(info == versions.versions[1])
        #expect(info.keyId == key.id)

        #expect(report.status == .ok)
        #expect(report.data == v2)
        let h = { (name: String) in report.headers[HTTPField.Name(name)!] ?? "" }
        typealias H = SigningScheme.Header
        let detached = DetachedSignature(
            fields: SigningScheme.Fields(
                method: "POST", path: APIPath.versions(round: h(H.round), filer: h(H.filer)), filer: h(H.filer),
                round: h(H.round),
                keyID: h(H.keyID), signedAt: h(H.signedAt), baseVersion: Int(h(H.baseVersion)) ?? -1,
                contentSHA256: h(H.contentSHA256)),
            signature: h(H.signature))
        #expect(h(H.scheme) == SigningScheme.tag)
        #expect(detached.sha256 == Hex.encode(Crypto.sha256(report.data)))
        #expect(SigningScheme.isValid(signatureHex: detached.signature, for: detached.uploadFields, secret: key.secret))

        #expect(missing.status == .notFound && missing.error?.error == "unknown_version")
        #expect(notANumber.status == .notFound && notANumber.error?.error == "unknown_version")
    }

    @Test("a filer may not read another filer's versions; reviewers read every filer's")
    func readBoundaries() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let beijing = try await server.issueKey("110000")
        let tianjin = try await server.issueKey("120000")
        let token = ReviewerToken.generate()
        _ = try await server.store.addReviewer(
            name: "审核人甲", tokenSHA256: ReviewerToken.hash(token), actor: "test", at: server.clock.now())
        let revokedToken = ReviewerToken.generate()
        _ = try await server.store.addReviewer(
            name: "审核人乙", tokenSHA256: ReviewerToken.hash(revokedToken), actor: "test", at: server.clock.now())
        _ = try await server.store.revokeReviewer(name: "审核人乙", actor: "test", at: server.clock.now())
        let body = TestReports.bytes(TestReports.valid(filer: "110000"))
        let path = APIPath.versions(round: "2017", filer: "110000")
        let results = try await server.live { client in
            _ = try await client.upload(body, key: beijing)
            return (
                other: try await client.signedGet(path, key: tianjin, filer: "110000"),
                otherReport: try await client.signedGet(
                    APIPath.report(round: "2017", filer: "110000", version: 1), key: tianjin, filer: "110000"),
                reviewer: try await client.execute(uri: path, method: .get, headers: [.authorization: "Bearer \(token)"]),
                revoked: try await client.execute(uri: path, method: .get, headers: [.authorization: "Bearer \(revokedToken)"]),
                anonymous: try await client.execute(uri: path, method: .get),
                reviewerUpload: try await client.execute(
                    uri: path, method: .post, headers: [.authorization: "Bearer \(token)"], body: ByteBuffer(bytes: body))
            )
        }
        #expect(results.other.status == .forbidden && results.other.error?.error == "key_filer_mismatch")
        #expect(results.otherReport.status == .forbidden && results.otherReport.data != body)
        #expect(results.reviewer.status == .ok)
        #expect(try results.reviewer.decode(VersionList.self).versions.count == 1)
        #expect(results.revoked.status == .unauthorized && results.revoked.error?.error == "token_invalid")
        #expect(results.anonymous.status == .unauthorized && results.anonymous.error?.error == "signature_missing")
        #expect(results.reviewerUpload.status == .forbidden && results.reviewerUpload.error?.error == "forbidden")
        #expect(try await server.versionCount() == 1)
    }

    @Test("a filer lists its rounds newest first with its deadline status (signed with round *)")
    func filerRounds() async throws {
        let server = try TestServer(now: "2018-01-10T09:00:00+08:00")
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        try await server.store.createRound(
            id: "2018", title: "2018 年轮次", deadline: Day("2018-06-30")!, roster: ["110000", "120000"], actor: "test",
            at: server.clock.now())
        try await server.store.createRound(
            id: "dept-only", title: "部门", deadline: Day("2018-06-30")!, roster: ["bm05"], actor: "test", at: server.clock.now())
        let path = "/v1/filers/110000/rounds"
        let (mine, wrongRound) = try await server.live { client in
            (try await client.signedGet(path, key: key, round: "*"), try await client.signedGet(path, key: key, round: "2017"))
        }
        #expect(mine.status == .ok)
        let rounds = try mine.decode([RoundInfo].self)
        #expect(rounds.map(\.id) == ["2018", "2017"])
        #expect(rounds.map(\.deadlineStatus) == [.pending, .missing])
        #expect(rounds.map(\.daysLeft) == [171, -10], "days by the server's clock, CST")
        #expect(rounds[1].deadline == "2017-12-31" && !rounds[1].closed)
        #expect(wrongRound.status == .unauthorized && wrongRound.error?.error == "signature_malformed")
    }

    @Test("health check, unknown routes and wrong methods answer as documented")
    func plainRoutes() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let (health, unknown, wrongMethod) = try await server.live { client in
            (
                try await client.execute(uri: "/healthz", method: .get),
                try await client.execute(uri: "/v2/nothing", method: .get),
                try await client.execute(uri: "/healthz", method: .delete)
            )
        }
        #expect(health.status == .ok && String(decoding: health.data, as: UTF8.self) == "ok")
        #expect(unknown.status == .notFound && unknown.error?.error == "not_found")
        #expect(wrongMethod.status == .notFound && wrongMethod.error?.error == "not_found")
    }
}
