import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// Comments pinned to places of the report (API.md, "Review"): part of the decision, appended
/// and audited, returned by the API; a place not in the decided version's report, an empty or
/// overlong text, too many comments are refused with nothing stored.
@Suite("Pinned review comments")
struct ReviewCommentTests {
    static let uri = APIPath.version(round: "2017", filer: "320000", version: 1) + "/review"

    /// Runs `body` against a server holding Jiangsu's inspected report as version 1.
    private func withVersion(_ body: @Sendable (any TestClientProtocol, TestServer, String) async throws -> Void) async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer("甲")
        let key = try await server.issueKey("320000")
        try await server.live { client in
            #expect(try await client.upload(TestReports.bytes(InspectedReports.jiangsu()), key: key).status == .created)
            try await body(client, server, token)
        }
    }

    @Test("a return pins comments to an indicator, a finding's field and an item; the API returns them with their places in words")
    func roundTrip() async throws {
        try await withVersion { client, server, token in
            let request = ReviewRequest(
                decision: .return, comment: "请按定位意见整改", dueOn: "2018-01-10",
                comments: [
                    ReviewCommentRequest(path: InspectedReports.failedPath, text: "  请附线下核对记录  "),
                    ReviewCommentRequest(path: InspectedReports.warningPath, text: "通过的指标不应填写整改"),
                    ReviewCommentRequest(path: "platforms[0].serviceItems[2]", text: "事项名称与省目录不符"),
                    // A row of the service guide, as the page shows it.
                    ReviewCommentRequest(path: "platforms[0].serviceItems[0].guide.fee", text: "收费依据？"),
                ])
            let answer = try await client.asReviewer(.post, Self.uri, token: token, json: request)
            #expect(answer.status == .created, "\(answer.html)")
            let comments = try answer.decode(VersionInfo.self).reviews.first?.comments
            #expect(
                comments == [
                    PinnedComment(
                        path: InspectedReports.failedPath, label: "平台1「江苏政务服务网」 · 事项2「居住证办理」 · 内容准确性", text: "请附线下核对记录"),
                    PinnedComment(
                        path: InspectedReports.warningPath, label: "平台1「江苏政务服务网」 · 统一入口 · 整改", text: "通过的指标不应填写整改"),
                    PinnedComment(
                        path: "platforms[0].serviceItems[2]", label: "平台1「江苏政务服务网」 · 事项3「排污许可证核发」", text: "事项名称与省目录不符"),
                    PinnedComment(
                        path: "platforms[0].serviceItems[0].guide.fee", label: "平台1「江苏政务服务网」 · 事项1「教师资格认定」 · 收费标准",
                        text: "收费依据？"),
                ])
            let list = try await client.asReviewer(
                .get, APIPath.versions(round: "2017", filer: "320000"), token: token)
            #expect(try list.decode(VersionList.self).versions.first?.reviews.first?.comments == comments)
            #expect(try await server.count("review_comments") == 4)
            // Audited: the event binds the comments; the chain and the content verify.
            let details = try await server.store.pool.read { db in
                try String.fetchOne(db, sql: "SELECT details FROM audit_events WHERE action = 'version.review'")
            }
            #expect(details?.contains(#""comments":"4""#) == true && details?.contains("commentsSHA256") == true)
            let verification = try await server.store.verifyAudit()
            #expect(verification.broken == nil && verification.content.isEmpty)
            // An accept may carry comments too; without any, the record says so with an empty list.
            let accept = try await client.asReviewer(
                .post, Self.uri, token: token, json: ReviewRequest(decision: .accept))
            #expect(try accept.decode(VersionInfo.self).reviews.last?.comments == [])
        }
    }

    @Test(
        "refused with 422 and nothing stored: a place not in the version, an empty or overlong text, too many comments",
        arguments: [
            ("platforms[1].checks.search", "comment_path_unknown"), ("platforms[0].checks.search.tests[3]", "comment_path_unknown"),
            ("", "comment_path_unknown"), ("$", "comment_path_unknown"), ("platforms[0].nonsense", "comment_path_unknown"),
            ("platforms[0", "comment_path_unknown"), ("platforms[0].checks.search", "comment_text_required"),
            ("platforms[0].checks.search", "comment_too_long"), ("platforms[0].checks.search", "too_many_comments"),
        ])
    func refused(_ path: String, _ code: String) async throws {
        try await withVersion { client, server, token in
            let text =
                switch code {
                case "comment_text_required": " \n "
                case "comment_too_long": String(repeating: "长", count: 2_001)
                default: "意见"
                }
            let count = code == "too_many_comments" ? 201 : 1
            let request = ReviewRequest(
                decision: .return, comment: "退回", dueOn: "2018-01-10",
                comments: Array(repeating: ReviewCommentRequest(path: path, text: text), count: count))
            let answer = try await client.asReviewer(.post, Self.uri, token: token, json: request)
            #expect(answer.status == .unprocessableContent)
            #expect(answer.error?.error == code, "\(answer.html)")
            #expect(answer.error?.message.isEmpty == false && answer.error?.messageEn.isEmpty == false)
            #expect(try await server.count("review_decisions") == 0)
            #expect(try await server.count("review_comments") == 0)
            #expect(try await server.auditCount("version.review") == 0)
        }
    }

    @Test("a comment without its text field, or not an array, is 400 invalid_request with nothing stored")
    func malformed() async throws {
        try await withVersion { client, server, token in
            for body in [
                #"{"decision":"accept","comments":[{"path":"summary"}]}"#, #"{"decision":"accept","comments":{"path":"summary"}}"#,
                #"{"decision":"accept","comments":[{"path":1,"text":"x"}]}"#,
            ] {
                let answer = try await client.asReviewer(.post, Self.uri, token: token, raw: body)
                #expect(answer.status == .badRequest && answer.error?.error == "invalid_request", "\(body)")
            }
            #expect(try await server.count("review_decisions") == 0)
        }
    }

    @Test("a place of version 1 that version 2 no longer has is refused on version 2")
    func placeOfAnotherVersion() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("320000")
        try await server.live { client in
            _ = try await client.upload(TestReports.bytes(InspectedReports.jiangsu()), key: key)
            _ = try await client.upload(TestReports.bytes(TestReports.jiangsu()), key: key, baseVersion: 1)
            let request = ReviewRequest(
                decision: .return, comment: "退回", dueOn: "2018-01-10",
                comments: [ReviewCommentRequest(path: "platforms[0].serviceItems[2]", text: "此事项呢？")])
            let uri = APIPath.version(round: "2017", filer: "320000", version: 2) + "/review"
            let answer = try await client.asReviewer(.post, uri, token: token, json: request)
            #expect(answer.status == .unprocessableContent && answer.error?.error == "comment_path_unknown")
            #expect(answer.error?.message.contains("第 2 版") == true)
            #expect(try await server.count("review_comments") == 0)
        }
    }

    @Test("comments are immutable, and one edited behind the triggers' back is named by audit verify")
    func immutable() async throws {
        try await withVersion { client, server, token in
            let request = ReviewRequest(
                decision: .return, comment: "退回", dueOn: "2018-01-10",
                comments: [ReviewCommentRequest(path: InspectedReports.failedPath, text: "原意见")])
            #expect(try await client.asReviewer(.post, Self.uri, token: token, json: request).status == .created)
            await #expect(throws: DatabaseError.self) {
                try await server.store.pool.write { db in try db.execute(sql: "UPDATE review_comments SET text = '改过'") }
            }
            await #expect(throws: DatabaseError.self) {
                try await server.store.pool.write { db in try db.execute(sql: "DELETE FROM review_comments") }
            }
            try await server.store.pool.write { db in
                try db.execute(sql: "DROP TRIGGER review_comments_no_update")
                try db.execute(sql: "UPDATE review_comments SET text = '改过'")
            }
            let verification = try await server.store.verifyAudit()
            #expect(verification.content.map(\.action) == ["version.review"])
            #expect(verification.content.first?.reason.contains("定位意见") == true)
        }
    }
}
