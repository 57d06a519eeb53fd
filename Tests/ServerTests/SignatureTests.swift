import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// API.md "Authentication": every refused credential gets its status and code, and nothing is stored.
@Suite("Signature checks on uploads")
struct SignatureTests {
    enum Tamper: String, CaseIterable, Sendable {
        case bodyChanged, bodyAndHashChanged, baseVersionChanged, signedAtChanged, roundHeaderChanged
        case wrongSecret, anotherFilersKey, revokedKey, unknownKey
        case noHeaders, signatureHeaderMissing, badScheme, badSignedAt, negativeBase, hashNotHex, filerHeaderNotPath
        case garbageBearerToken

        var expected: (status: HTTPResponse.Status, code: String) {
            switch self {
            case .bodyChanged: (.unauthorized, "body_hash_mismatch")
            case .bodyAndHashChanged, .baseVersionChanged, .signedAtChanged, .wrongSecret: (.unauthorized, "signature_invalid")
            case .roundHeaderChanged, .badScheme, .badSignedAt, .negativeBase, .hashNotHex, .filerHeaderNotPath:
                (.unauthorized, "signature_malformed")
            case .anotherFilersKey: (.forbidden, "key_filer_mismatch")
            case .revokedKey: (.unauthorized, "key_revoked")
            case .unknownKey: (.unauthorized, "unknown_key")
            case .noHeaders, .signatureHeaderMissing: (.unauthorized, "signature_missing")
            case .garbageBearerToken: (.unauthorized, "token_invalid")
            }
        }
    }

    @Test("a refused credential stores nothing", arguments: Tamper.allCases)
    func refused(_ tamper: Tamper) async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let other = try await server.issueKey("120000")
        let revoked = try await server.issueKey("110000")
        try await server.store.revokeKey(id: revoked.id, actor: "test", at: server.clock.now())
        let body = TestReports.bytes(TestReports.valid(filer: "110000"))
        let otherBody = TestReports.bytes(TestReports.valid(filer: "110000", summary: "改过的内容"))

        let response = try await server.live { client in
            func set(_ name: String, _ value: String) -> (inout HTTPFields) -> Void {
                { $0[HTTPField.Name(name)!] = value }
            }
            typealias H = SigningScheme.Header
            let path = APIPath.versions(round: "2017", filer: "110000")
            switch tamper {
            case .bodyChanged:
                let headers = key.headers(method: "POST", path: path, round: "2017", baseVersion: 0, body: body)
                return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(bytes: otherBody))
            case .bodyAndHashChanged:
                var headers = key.headers(method: "POST", path: path, round: "2017", baseVersion: 0, body: body)
                headers[HTTPField.Name(H.contentSHA256)!] = Hex.encode(Crypto.sha256(otherBody))
                return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(bytes: otherBody))
            case .baseVersionChanged: return try await client.upload(body, key: key, edit: set(H.baseVersion, "1"))
            case .signedAtChanged: return try await client.upload(body, key: key, edit: set(H.signedAt, "2017-12-20T02:00:01Z"))
            case .roundHeaderChanged: return try await client.upload(body, key: key, edit: set(H.round, "2018"))
            case .wrongSecret:
                return try await client.upload(body, key: TestKey(id: key.id, filer: key.filer, secret: Crypto.randomBytes(32)))
            case .anotherFilersKey: return try await client.upload(body, key: other, filer: "110000")
            case .revokedKey: return try await client.upload(body, key: revoked)
            case .unknownKey:
                return try await client.upload(body, key: TestKey(id: "110000-nosuchkey", filer: "110000", secret: key.secret))
            case .noHeaders: return try await client.execute(uri: path, method: .post, body: ByteBuffer(bytes: body))
            case .signatureHeaderMissing:
                return try await client.upload(body, key: key) { $0[HTTPField.Name(H.signature)!] = nil }
            case .badScheme: return try await client.upload(body, key: key, edit: set(H.scheme, "ZICHA-HMAC-SHA1-0"))
            case .badSignedAt: return try await client.upload(body, key: key, edit: set(H.signedAt, "20 Dec 2017"))
            case .negativeBase: return try await client.upload(body, key: key, edit: set(H.baseVersion, "-1"))
            case .hashNotHex:
                return try await client.upload(body, key: key, edit: set(H.contentSHA256, String(repeating: "z", count: 64)))
            case .filerHeaderNotPath: return try await client.upload(body, key: key, edit: set(H.filer, "120000"))
            case .garbageBearerToken:
                return try await client.execute(
                    uri: path, method: .post, headers: [.authorization: "Bearer zr_not-a-token"], body: ByteBuffer(bytes: body))
            }
        }
        #expect(response.status == tamper.expected.status)
        let error = try #require(response.error)
        #expect(error.error == tamper.expected.code)
        #expect(!error.message.isEmpty && !error.messageEn.isEmpty)
        #expect(try await server.versionCount() == 0)
        #expect(try await server.store.latestVersion(round: "2017", filer: "110000") == 0)
    }

    @Test("the message says which header is missing")
    func namesMissingHeader() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let response = try await server.live { client in
            try await client.upload(Data("{}".utf8), key: key) { $0[HTTPField.Name(SigningScheme.Header.signedAt)!] = nil }
        }
        #expect(response.status == .unauthorized)
        #expect(response.error?.messageEn.contains(SigningScheme.Header.signedAt) == true)
    }

    @Test("a correctly signed upload is stored and verifiable against the stored bytes")
    func accepted() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let body = TestReports.bytes(TestReports.valid(filer: "110000"))
        let response = try await server.live { client in try await client.upload(body, key: key) }
        #expect(response.status == .created)
        let receipt = try response.decode(Receipt.self)
        #expect(
            receipt
                == Receipt(
                    filer: "110000", round: "2017", version: 1, sha256: Hex.encode(Crypto.sha256(body)),
                    receivedAt: "2017-12-20T10:00:00+08:00", deadline: "2017-12-31", deadlineStatus: .onTime, errors: 0,
                    warnings: 0))
        let stored = try #require(try await server.store.reportBytes(round: "2017", filer: "110000", number: 1))
        #expect(stored == body)
        let record = try #require(try await server.store.version(round: "2017", filer: "110000", number: 1))
        #expect(SigningScheme.isValid(signatureHex: record.signature, for: record.signedFields, secret: key.secret))
        #expect(record.signedFields.contentSHA256 == Hex.encode(Crypto.sha256(stored)))
    }
}
