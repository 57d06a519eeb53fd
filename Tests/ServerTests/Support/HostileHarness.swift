import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Server
import Shared
import Testing

/// A live server with a filer key and a reviewer token, for requests sent byte for byte over a
/// socket, and the row counts that prove a refused request stored nothing.
struct HostileHarness: Sendable {
    let server: TestServer
    let port: Int
    let key: TestKey
    let token: String

    /// Rows of every table a request could write to.
    struct Rows: Equatable, CustomStringConvertible {
        var counts: [String: Int]
        var description: String { counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") }
    }

    static let tables = [
        "versions", "audit_events", "review_decisions", "spot_checks", "spot_check_items", "spot_check_findings",
        "publications", "keys", "reviewers", "rounds", "filers", "roster",
    ]

    func rows() async throws -> Rows {
        try await server.store.pool.read { db in
            var counts: [String: Int] = [:]
            for table in Self.tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return Rows(counts: counts)
        }
    }

    /// The head of a request signed by `key` over `body`, with `edit` applied to the headers,
    /// `path` exactly as sent (the server signs over the path as it receives it).
    func signedHead(
        _ method: String, _ path: String, round: String = "2017", filer: String? = nil, baseVersion: Int = 0,
        body: [UInt8], signedAt: String = "2017-12-20T02:00:00Z", key: TestKey? = nil,
        edit: (inout [(String, String)]) -> Void = { _ in }
    ) -> String {
        var headers = (key ?? self.key).signedFields(
            method: method, path: path, round: round, filer: filer, baseVersion: baseVersion, body: body, signedAt: signedAt)
        edit(&headers)
        return "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close"
            + headers.map { "\r\n\($0.0): \($0.1)" }.joined()
    }

    /// A signed upload of `body` for the key's filer in round 2017.
    func upload(_ body: [UInt8], baseVersion: Int = 0) async throws -> LoopbackSocket.Response {
        let path = APIPath.versions(round: "2017", filer: key.filer)
        return try await LoopbackSocket.exchange(
            port: port, head: signedHead("POST", path, baseVersion: baseVersion, body: body), body: body)
    }

    /// A reviewer's request with `Authorization: Bearer`.
    func asReviewer(_ method: String, _ path: String, body: [UInt8] = [], authorization: String? = nil) async throws
        -> LoopbackSocket.Response
    {
        let head =
            "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: \(authorization ?? "Bearer \(token)")"
            + (body.isEmpty ? "" : "\r\nContent-Type: application/json")
        return try await LoopbackSocket.exchange(port: port, head: head, body: body)
    }

    /// Whether the server still answers `GET /healthz` with 200 `ok`.
    func healthy() async -> Bool {
        guard
            let response = try? await LoopbackSocket.exchange(
                port: port, head: "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close")
        else { return false }
        return response.status == 200 && response.text == "ok"
    }

    /// Checks that `response` is the refusal `status`/`code` with a JSON `APIErrorBody` whose
    /// messages are short enough for a clerk to read, that nothing was stored since `before`, and
    /// that the server still answers.
    func expectRefused(
        _ response: LoopbackSocket.Response, status: Int, code: String, before: Rows, _ name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        #expect(response.status == status, "\(name): \(response.text.prefix(300))", sourceLocation: sourceLocation)
        #expect(
            response.headers["content-type"]?.hasPrefix("application/json") == true, "\(name)", sourceLocation: sourceLocation)
        let body = try? JSONDecoder().decode(APIErrorBody.self, from: response.body)
        #expect(body?.error == code, "\(name): \(response.text.prefix(300))", sourceLocation: sourceLocation)
        if let body {
            #expect(!body.message.isEmpty && !body.messageEn.isEmpty, "\(name)", sourceLocation: sourceLocation)
            #expect(
                body.message.utf8.count < 2_000 && body.messageEn.utf8.count < 2_000, "\(name): message too long",
                sourceLocation: sourceLocation)
        }
        #expect(try await rows() == before, "\(name): something was stored", sourceLocation: sourceLocation)
        #expect(await healthy(), "\(name): server stopped answering", sourceLocation: sourceLocation)
    }
}

extension TestServer {
    /// Runs `body` with a live server, a key of 110000 and a reviewer token.
    func hostile<T: Sendable>(
        maxBodyBytes: Int = ServerSettings.defaultMaxBodyBytes, _ body: @Sendable (HostileHarness) async throws -> T
    )
        async throws -> T
    {
        let key = try await issueKey("110000")
        let token = try await addReviewer()
        return try await live(maxBodyBytes: maxBodyBytes) { client in
            let port = try #require(client.port)
            return try await body(HostileHarness(server: self, port: port, key: key, token: token))
        }
    }
}
