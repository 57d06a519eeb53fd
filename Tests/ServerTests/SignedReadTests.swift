import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// A signed read cannot be replayed later or altered: its signing time must be within 15 minutes
/// of the server's clock, and its query string is part of what is signed. Uploads keep their rule
/// (they may be signed offline).
@Suite("Signed reads: freshness and query")
struct SignedReadTests {
    static func read(_ path: String, key: TestKey, signedAt: Date, signedPath: String? = nil) -> (String, HTTPFields) {
        (
            path,
            key.headers(
                method: "GET", path: signedPath ?? path, round: "*", baseVersion: 0, body: Data(),
                signedAt: SigningScheme.timestamp(signedAt))
        )
    }

    @Test("a read signed more than 15 minutes before or after the server's clock is refused 401 signature_expired")
    func staleReadsRefused() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let now = server.clock.now()
        let path = APIPath.filerRounds(filer: "110000")
        let answers = try await server.live { client in
            var answers: [(Double, HTTPResponse.Status, String?)] = []
            for minutes: Double in [-16, -14.5, 0, 14.5, 16, -60 * 24 * 30] {
                let (uri, headers) = Self.read(path, key: key, signedAt: now.addingTimeInterval(minutes * 60))
                let answer = try await client.execute(uri: uri, method: .get, headers: headers)
                answers.append((minutes, answer.status, answer.error?.error))
            }
            return answers
        }
        for (minutes, status, code) in answers {
            if abs(minutes) <= 15 {
                #expect(status == .ok, "\(minutes) min")
            } else {
                #expect(status == .unauthorized && code == "signature_expired", "\(minutes) min")
            }
        }
    }

    @Test("the query string is signed: changing it after signing is 401 signature_invalid")
    func querySigned() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let now = server.clock.now()
        let base = APIPath.filerRounds(filer: "110000")
        let (signedStatus, alteredStatus, alteredCode) = try await server.live { client in
            let (uri, headers) = Self.read(base + "?a=1", key: key, signedAt: now)
            let signed = try await client.execute(uri: uri, method: .get, headers: headers)
            let (altered, alteredHeaders) = Self.read(base + "?a=2", key: key, signedAt: now, signedPath: base + "?a=1")
            let answer = try await client.execute(uri: altered, method: .get, headers: alteredHeaders)
            return (signed.status, answer.status, answer.error?.error)
        }
        #expect(signedStatus == .ok)
        #expect(alteredStatus == .unauthorized && alteredCode == "signature_invalid")
    }

    @Test("an upload signed a month before it is sent is still accepted (signed offline)")
    func oldUploadAccepted() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let body = TestReports.bytes(TestReports.valid(filer: "110000"))
        let path = APIPath.versions(round: "2017", filer: "110000")
        let headers = key.headers(
            method: "POST", path: path, round: "2017", baseVersion: 0, body: body, signedAt: "2017-11-20T02:00:00Z")
        let answer = try await server.live { client in
            try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(bytes: body)).status
        }
        #expect(answer == .created)
    }
}
