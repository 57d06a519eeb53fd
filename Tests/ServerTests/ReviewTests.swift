import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// docs/SYSTEM.md "Review cycle" and roles: who may decide and read what, and the rules of decisions.
@Suite("Review decisions and roles")
struct ReviewTests {
    /// Every reviewers-only endpoint, with a body where it takes one.
    enum Endpoint: String, CaseIterable, Sendable {
        case review, roster, rosterCSV, drawSpotCheck, listSpotChecks, summary, publish

        var method: HTTPRequest.Method {
            switch self {
            case .review, .drawSpotCheck, .publish: .post
            default: .get
            }
        }

        var uri: String {
            switch self {
            case .review: APIPath.version(round: "2017", filer: "110000", version: 1) + "/review"
            case .roster: "/v1/rounds/2017/filers?deadline=onTime"
            case .rosterCSV: "/v1/rounds/2017/filers?format=csv"
            case .drawSpotCheck, .listSpotChecks: "/v1/rounds/2017/spot-checks"
            case .summary: "/v1/rounds/2017/summary"
            case .publish: "/v1/rounds/2017/publish"
            }
        }

        var body: Data {
            switch self {
            case .review: (try? ReportCoding.encode(ReviewRequest.accept)) ?? Data()
            case .drawSpotCheck: (try? ReportCoding.encode(SpotCheckRequest(seed: 7, counts: ["province": 1]))) ?? Data()
            default: Data()
            }
        }
    }

    @Test(
        "filer keys get 403, no credential and revoked or unknown tokens 401; a reviewer gets through",
        arguments: Endpoint.allCases)
    func roleBoundaries(_ endpoint: Endpoint) async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let token = try await server.addReviewer("甲")
        let revoked = try await server.addReviewer("乙")
        _ = try await server.store.revokeReviewer(name: "乙", actor: "test", at: server.clock.now())
        let results = try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key)
            func bearer(_ value: String?) async throws -> TestResponse {
                var headers: HTTPFields = [:]
                if let value { headers[.authorization] = value }
                return try await client.execute(
                    uri: endpoint.uri, method: endpoint.method, headers: headers, body: ByteBuffer(bytes: endpoint.body))
            }
            return (
                filer: try await client.signed(endpoint.method, endpoint.uri, key: key, body: endpoint.body),
                anonymous: try await bearer(nil),
                revoked: try await bearer("Bearer \(revoked)"),
                unknown: try await bearer("Bearer zr_\(String(repeating: "0", count: 64))"),
                notBearer: try await bearer("Basic \(token)")
            )
        }
        #expect(results.filer.status == .forbidden && results.filer.error?.error == "forbidden")
        #expect(results.filer.error?.message.contains("审核人") == true)
        #expect(results.anonymous.status == .unauthorized && results.anonymous.error?.error == "signature_missing")
        for refused in [results.revoked, results.unknown, results.notBearer] {
            #expect(refused.status == .unauthorized && refused.error?.error == "token_invalid")
        }
        // Nothing any of them asked for was stored.
        for table in ["review_decisions", "spot_checks", "publications"] {
            #expect(try await server.count(table) == 0, "\(table)")
        }
        // The same request with the reviewer's token succeeds, so the refusals were about the credential.
        let allowed = try await server.live { client in
            try await client.execute(
                uri: endpoint.uri, method: endpoint.method, headers: [.authorization: "Bearer \(token)"],
                body: ByteBuffer(bytes: endpoint.body))
        }
        #expect([.ok, .created].contains(allowed.status), "\(allowed.status) \(String(decoding: allowed.data, as: UTF8.self))")
    }

    @Test("a filer reads its own diff but not another filer's; another filer's key on a review is 403")
    func filerDiffBoundary() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let beijing = try await server.issueKey("110000")
        let tianjin = try await server.issueKey("120000")
        let diff = APIPath.version(round: "2017", filer: "110000", version: 2) + "/diff"
        let (own, other, otherReview) = try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: beijing)
            _ = try await client.upload(TestReports.bytes(TestReports.withWarning(filer: "110000")), key: beijing, baseVersion: 1)
            let body = try ReportCoding.encode(ReviewRequest.accept)
            var headers = tianjin.headers(
                method: "POST", path: APIPath.version(round: "2017", filer: "110000", version: 2) + "/review", round: "2017",
                filer: "110000", baseVersion: 0, body: body)
            headers[.contentType] = "application/json"
            return (
                try await client.signed(.get, diff, key: beijing),
                try await client.signedGet(diff, key: tianjin, filer: "110000"),
                try await client.execute(
                    uri: APIPath.version(round: "2017", filer: "110000", version: 2) + "/review", method: .post, headers: headers,
                    body: ByteBuffer(bytes: body))
            )
        }
        #expect(own.status == .ok)
        #expect(try own.decode([FieldChange].self).isEmpty == false)
        #expect(other.status == .forbidden && other.error?.error == "key_filer_mismatch")
        #expect(otherReview.status == .forbidden)
        #expect(try await server.count("review_decisions") == 0)
    }

    @Test("refused decisions store nothing: 422 for a return without comment or due date, 409 for an old version")
    func refusedDecisions() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let token = try await server.addReviewer()
        let path = APIPath.version(round: "2017", filer: "110000", version: 2) + "/review"
        let cases: [(String, HTTPResponse.Status, String)] = [
            (#"{"decision":"return","dueOn":"2018-01-10"}"#, .unprocessableContent, "comment_required"),
            (#"{"decision":"return","comment":"  \n ","dueOn":"2018-01-10"}"#, .unprocessableContent, "comment_required"),
            (#"{"decision":"return","comment":"请补充"}"#, .unprocessableContent, "due_on_required"),
            (#"{"decision":"return","comment":"请补充","dueOn":"2018-02-30"}"#, .unprocessableContent, "due_on_invalid"),
            (#"{"decision":"return","comment":"请补充","dueOn":"2018/01/10"}"#, .unprocessableContent, "due_on_invalid"),
            (#"{"decision":"return","comment":"请补充","dueOn":"2017-12-19"}"#, .unprocessableContent, "due_on_past"),
            (#"{"decision":"accept","dueOn":"2018-01-10"}"#, .unprocessableContent, "due_on_not_applicable"),
            (#"{"decision":"maybe"}"#, .badRequest, "invalid_request"),
            (#"{"comment":"x"}"#, .badRequest, "invalid_request"),
            (#"{"decision":"accept""#, .badRequest, "invalid_request"),
            (#"{"decision":"accept","comment":5}"#, .badRequest, "invalid_request"),
        ]
        let (answers, old, unknown, unknownFiler) = try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key)
            _ = try await client.upload(TestReports.bytes(TestReports.withWarning(filer: "110000")), key: key, baseVersion: 1)
            var answers: [TestResponse] = []
            for (body, _, _) in cases {
                answers.append(try await client.asReviewer(.post, path, token: token, raw: body))
            }
            return (
                answers,
                try await client.review("110000", version: 1, token: token, .accept),
                try await client.review("110000", version: 9, token: token, .accept),
                try await client.review("990000", version: 1, token: token, .accept)
            )
        }
        for ((body, status, code), answer) in zip(cases, answers) {
            #expect(answer.status == status, "\(body)")
            #expect(answer.error?.error == code, "\(body)")
            #expect(answer.error.map { !$0.message.isEmpty && !$0.messageEn.isEmpty } == true)
        }
        #expect(old.status == .conflict && old.error?.error == "not_latest" && old.error?.currentVersion == 2)
        #expect(old.error?.messageEn.contains("version 2") == true)
        #expect(unknown.status == .notFound && unknown.error?.error == "unknown_version")
        #expect(unknownFiler.status == .notFound && unknownFiler.error?.error == "unknown_filer")
        #expect(try await server.count("review_decisions") == 0)
        #expect(try await server.auditCount("version.review") == 0)
    }

    @Test("return, new version back to received, accept: appended, audited, shown in VersionInfo")
    func reviewCycle() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let token = try await server.addReviewer("王审核")
        let (returned, filerView, v3, accepted, list) = try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key)
            _ = try await client.upload(TestReports.bytes(TestReports.withWarning(filer: "110000")), key: key, baseVersion: 1)
            let returned = try await client.review("110000", version: 2, token: token, .return("材料格式要求不明确", dueOn: "2018-01-10"))
            let filerView = try await client.signedGet(APIPath.version(round: "2017", filer: "110000", version: 2), key: key)
            server.clock.set("2017-12-22T09:00:00+08:00")
            _ = try await client.upload(
                TestReports.bytes(TestReports.valid(filer: "110000", summary: "已按意见整改")), key: key, baseVersion: 2)
            let v3 = try await client.asReviewer(.get, APIPath.version(round: "2017", filer: "110000", version: 3), token: token)
            let accepted = try await client.review("110000", version: 3, token: token, .accept)
            let list = try await client.asReviewer(.get, APIPath.versions(round: "2017", filer: "110000"), token: token)
            return (returned, filerView, v3, accepted, list)
        }
        #expect(returned.status == .created)
        let info = try returned.decode(VersionInfo.self)
        #expect(info.receipt.version == 2 && info.reviewState == .returned)
        #expect(
            info.reviews == [
                ReviewRecord(
                    decision: .return, comment: "材料格式要求不明确", dueOn: "2018-01-10", reviewer: "王审核",
                    decidedAt: "2017-12-20T10:00:00+08:00")
            ])
        #expect(try filerView.decode(VersionInfo.self).reviewState == .returned)
        #expect(try v3.decode(VersionInfo.self).reviewState == .received)
        #expect(try accepted.decode(VersionInfo.self).reviewState == .accepted)
        let versions = try list.decode(VersionList.self).versions
        #expect(versions.map(\.reviewState) == [.received, .returned, .accepted])
        #expect(versions[2].reviews.map(\.decision) == [.accept])
        #expect(try await server.count("review_decisions") == 2)
        #expect(try await server.auditCount("version.review") == 2)
        #expect(try await server.store.verifyAudit().broken == nil)
    }

    @Test("diff between versions is the Shared ReportDiff of the stored bytes")
    func diff() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let token = try await server.addReviewer()
        let v1 = TestReports.bytes(TestReports.valid(filer: "110000"))
        let v2 = TestReports.bytes(TestReports.withWarning(filer: "110000"))
        let v3 = TestReports.bytes(TestReports.valid(filer: "110000", summary: "第三版"))
        let base = APIPath.versions(round: "2017", filer: "110000")
        let (previous, explicit, first, missing, bad) = try await server.live { client in
            _ = try await client.upload(v1, key: key)
            _ = try await client.upload(v2, key: key, baseVersion: 1)
            _ = try await client.upload(v3, key: key, baseVersion: 2)
            return (
                try await client.asReviewer(.get, base + "/3/diff", token: token),
                try await client.asReviewer(.get, base + "/3/diff?from=1", token: token),
                try await client.asReviewer(.get, base + "/1/diff", token: token),
                try await client.asReviewer(.get, base + "/3/diff?from=7", token: token),
                try await client.asReviewer(.get, base + "/3/diff?from=x", token: token)
            )
        }
        #expect(try previous.decode([FieldChange].self) == ReportDiff.changes(from: v2, to: v3))
        let fromOne = try explicit.decode([FieldChange].self)
        #expect(fromOne == (try ReportDiff.changes(from: v1, to: v3)))
        #expect(fromOne == [FieldChange(path: "summary", from: #""已完成自查整改""#, to: #""第三版""#)])
        #expect(first.status == .badRequest && first.error?.error == "from_required")
        #expect(missing.status == .notFound && missing.error?.error == "unknown_version")
        #expect(bad.status == .badRequest && bad.error?.error == "invalid_query")
    }
}
