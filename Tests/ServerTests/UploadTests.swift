import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// docs/API.md "Uploads": replays, stale amendments and every refused upload, each storing nothing.
@Suite("Uploads")
struct UploadTests {
    @Test("the same signed upload again returns the original receipt and stores nothing new")
    func replay() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let body = TestReports.bytes(TestReports.valid(filer: "110000"))
        let path = APIPath.versions(round: "2017", filer: "110000")
        let headers = key.headers(method: "POST", path: path, round: "2017", baseVersion: 0, body: body)
        let (first, second, afterClose) = try await server.live { client in
            let first = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(bytes: body))
            server.clock.set("2018-01-05T09:00:00+08:00")
            let second = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(bytes: body))
            try await server.store.closeRound(id: "2017", actor: "test", at: server.clock.now())
            let third = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(bytes: body))
            return (first, second, third)
        }
        #expect(first.status == .created)
        #expect(second.status == .ok)
        #expect(afterClose.status == .ok)
        let receipt = try first.decode(Receipt.self)
        #expect(try second.decode(Receipt.self) == receipt)
        #expect(try afterClose.decode(Receipt.self) == receipt)
        #expect(receipt.receivedAt == "2017-12-20T10:00:00+08:00")
        #expect(try await server.versionCount() == 1)
    }

    @Test("an amendment of a version that is no longer the latest is refused with 409 naming the current one")
    func staleAmendment() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let v1 = TestReports.bytes(TestReports.valid(filer: "110000"))
        let v2 = TestReports.bytes(TestReports.valid(filer: "110000", summary: "第二版"))
        let v2again = TestReports.bytes(TestReports.valid(filer: "110000", summary: "另一个第二版"))
        let (created, amended, stale, ahead) = try await server.live { client in
            (
                try await client.upload(v1, key: key, baseVersion: 0),
                try await client.upload(v2, key: key, baseVersion: 1),
                try await client.upload(v2again, key: key, baseVersion: 1),
                try await client.upload(v2again, key: key, baseVersion: 7)
            )
        }
        #expect(created.status == .created)
        #expect(amended.status == .created)
        #expect(try amended.decode(Receipt.self).version == 2)
        for response in [stale, ahead] {
            #expect(response.status == .conflict)
            #expect(response.error?.error == "stale_base")
            #expect(response.error?.currentVersion == 2)
            #expect(response.error?.messageEn.contains("current version is 2") == true)
        }
        #expect(try await server.versionCount() == 2)
    }

    enum Refusal: String, CaseIterable, Sendable {
        case unknownRound, unknownFiler, notOnRoster, roundClosed, tooLarge, malformedJSON, notTheForm
        case reportFilerMismatch, reportRoundMismatch, validationErrors, emptyBody
        case misspeltKey, exponentInteger, negativeZero

        var expected: (status: Int, code: String) {
            switch self {
            case .unknownRound: (404, "unknown_round")
            case .unknownFiler: (404, "unknown_filer")
            case .notOnRoster: (403, "not_on_roster")
            case .roundClosed: (423, "round_closed")
            case .tooLarge: (413, "body_too_large")
            case .malformedJSON, .emptyBody: (400, "malformed_json")
            case .notTheForm: (400, "decode_failed")
            case .reportFilerMismatch, .reportRoundMismatch: (422, "report_mismatch")
            case .validationErrors, .misspeltKey: (422, "validation_failed")
            case .exponentInteger, .negativeZero: (400, "malformed_json")
            }
        }
    }

    @Test("a refused upload gets its status and code and stores nothing", arguments: Refusal.allCases)
    func refused(_ refusal: Refusal) async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        try await server.store.createRound(
            id: "2018", title: "部门轮次", deadline: Day("2018-12-31")!, roster: ["bm05"], actor: "test", at: server.clock.now())
        let valid = TestReports.bytes(TestReports.valid(filer: "110000"))
        let response = try await server.live(maxBodyBytes: 64 * 1024) { client in
            switch refusal {
            case .unknownRound: return try await client.upload(valid, key: key, round: "2099")
            case .unknownFiler: return try await client.upload(valid, key: key, filer: "990000")
            case .notOnRoster: return try await client.upload(valid, key: key, round: "2018")
            case .roundClosed:
                try await server.store.closeRound(id: "2017", actor: "test", at: server.clock.now())
                return try await client.upload(valid, key: key)
            case .tooLarge: return try await client.upload(Data(repeating: UInt8(ascii: " "), count: 64 * 1024 + 1), key: key)
            case .malformedJSON: return try await client.upload(Data("{\"formVersion\": \"1\",".utf8), key: key)
            case .emptyBody: return try await client.upload(Data(), key: key)
            case .notTheForm: return try await client.upload(Data("{\"formVersion\": 1}".utf8), key: key)
            case .reportFilerMismatch:
                return try await client.upload(TestReports.bytes(TestReports.valid(filer: "120000")), key: key)
            case .reportRoundMismatch:
                return try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000", round: "2016")), key: key)
            case .validationErrors:
                return try await client.upload(TestReports.bytes(TestReports.withError(filer: "110000")), key: key)
            case .misspeltKey:
                return try await client.upload(Self.edited(valid, "\"portalUrl\"", "\"portalURL\""), key: key)
            case .exponentInteger:
                return try await client.upload(Self.edited(valid, "\"copies\" : 1", "\"copies\" : 1e0"), key: key)
            case .negativeZero:
                return try await client.upload(Self.edited(valid, "\"copies\" : 1", "\"copies\" : -0"), key: key)
            }
        }
        #expect(Int(response.status.code) == refusal.expected.status)
        let error = try #require(response.error)
        #expect(error.error == refusal.expected.code)
        #expect(!error.message.isEmpty && !error.messageEn.isEmpty)
        if refusal == .misspeltKey {
            #expect(
                error.validation?.issues.contains { $0.code == "key.misspelled" && $0.path == "platforms[0].portalURL" } == true)
        }
        if refusal == .exponentInteger || refusal == .negativeZero {
            #expect(error.messageEn.contains("must be written as an integer"), "\(error.messageEn)")
        }
        if refusal == .validationErrors {
            let validation = try #require(error.validation)
            #expect(validation.errors >= 1)
            #expect(validation.issues.contains { $0.severity == .error && $0.indicator == .search })
        }
        #expect(try await server.versionCount() == 0)
    }

    /// `bytes` with the first `old` replaced by `new`; the test fails when `old` is not there.
    static func edited(_ bytes: Data, _ old: String, _ new: String) throws -> Data {
        let text = String(decoding: bytes, as: UTF8.self)
        let range = try #require(text.range(of: old), "\(old) is not in the report")
        return Data(text.replacingCharacters(in: range, with: new).utf8)
    }

    @Test("warnings are accepted, counted in the receipt and stored with the version")
    func warningsStored() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let body = TestReports.bytes(TestReports.withWarning(filer: "110000"))
        let (upload, info) = try await server.live { client in
            let upload = try await client.upload(body, key: key)
            let info = try await client.signedGet(APIPath.version(round: "2017", filer: "110000", version: 1), key: key)
            return (upload, info)
        }
        #expect(upload.status == .created)
        let receipt = try upload.decode(Receipt.self)
        #expect(receipt.errors == 0 && receipt.warnings >= 1)
        let version = try info.decode(VersionInfo.self)
        #expect(version.receipt == receipt)
        #expect(version.issues?.isEmpty == false)
        #expect(version.issues?.allSatisfy { $0.severity == .warning } == true)
    }

    @Test("a chunked body over the limit is refused as soon as it passes the limit")
    func chunkedTooLarge() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let limit = 4096
        let path = APIPath.versions(round: "2017", filer: "110000")
        // Signed over a body the client never finishes sending.
        let headers = key.headers(method: "POST", path: path, round: "2017", baseVersion: 0, body: Data("{}".utf8))
        let answer = try await server.live(maxBodyBytes: limit) { client in
            let port = try #require(client.port)
            var head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
            for field in headers { head += "\(field.name.rawName): \(field.value)\r\n" }
            head += "\r\n"
            let chunk = String(repeating: "x", count: 3000)
            let chunkText = String(chunk.utf8.count, radix: 16) + "\r\n" + chunk + "\r\n"
            // Two chunks pass the limit; the terminating chunk is never sent.
            return try await RawHTTP.exchange(port: port, send: head + chunkText + chunkText)
        }
        #expect(answer.hasPrefix("HTTP/1.1 413"))
        #expect(answer.contains("body_too_large"))
        #expect(try await server.versionCount() == 0)
    }
}
