import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared

extension TestServer {
    /// Adds an active reviewer directly in the store and returns its bearer token.
    func addReviewer(_ name: String = "审核人") async throws -> String {
        let token = ReviewerToken.generate()
        _ = try await store.addReviewer(name: name, tokenSHA256: ReviewerToken.hash(token), actor: "test", at: clock.now())
        return token
    }

    /// Rows in `table`.
    func count(_ table: String) async throws -> Int {
        try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    /// Audit events with `action`.
    func auditCount(_ action: String) async throws -> Int {
        try await store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_events WHERE action = ?", arguments: [action]) ?? 0
        }
    }

    /// Issues a key for every regional filer and uploads its `SampleFiles` report as version 1,
    /// signed, through HTTP.
    func uploadSample(_ client: any TestClientProtocol) async throws -> [String: TestKey] {
        var keys: [String: TestKey] = [:]
        for report in try SampleFiles.reports() {
            let key = try await issueKey(report.filer)
            keys[report.filer] = key
            let response = try await client.upload(report.bytes, key: key)
            guard response.status == .created else {
                throw APIErrorBody(
                    error: "upload \(report.filer): \(response.status)", message: "",
                    messageEn: String(decoding: response.data, as: UTF8.self))
            }
        }
        return keys
    }
}

extension TestClientProtocol {
    /// A reviewer's request with `Authorization: Bearer token` and an optional JSON body.
    func asReviewer(
        _ method: HTTPRequest.Method, _ uri: String, token: String, json: (some Encodable)? = String?.none
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.authorization: "Bearer \(token)"]
        var body: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(bytes: try ReportCoding.encode(json, pretty: false))
        }
        return try await execute(uri: uri, method: method, headers: headers, body: body)
    }

    /// A reviewer's request with raw body bytes.
    func asReviewer(_ method: HTTPRequest.Method, _ uri: String, token: String, raw: String) async throws -> TestResponse {
        try await execute(
            uri: uri, method: method, headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: ByteBuffer(string: raw))
    }

    /// A decision on a version of round 2017.
    func review(_ filer: String, version: Int, token: String, _ request: ReviewRequest) async throws -> TestResponse {
        try await asReviewer(
            .post, APIPath.version(round: "2017", filer: filer, version: version) + "/review", token: token, json: request)
    }

    /// A request signed by a filer's key with `body` (round 2017, base version 0).
    func signed(_ method: HTTPRequest.Method, _ uri: String, key: TestKey, body: Data = Data()) async throws -> TestResponse {
        // The query string is part of what is signed.
        try await execute(
            uri: uri, method: method,
            headers: key.headers(method: method.rawValue, path: uri, round: "2017", baseVersion: 0, body: body),
            body: ByteBuffer(bytes: body))
    }
}

extension ReviewRequest {
    static let accept = ReviewRequest(decision: .accept)

    static func `return`(_ comment: String = "请补充整改措施", dueOn: String) -> ReviewRequest {
        ReviewRequest(decision: .return, comment: comment, dueOn: dueOn)
    }
}
