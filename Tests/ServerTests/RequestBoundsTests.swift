import Foundation
import GRDB
import Server
import Shared
import Testing

/// A request must never stop the server: numbers from a query are bounded before any arithmetic,
/// and a signed path is served only in its one canonical spelling, so that every stored
/// signature verifies against the documented path.
@Suite("Request bounds and canonical paths")
struct RequestBoundsTests {
    @Test(
        "a huge, negative or malformed dashboard page is a 400 page, also through sign-in's next=, and the real server keeps running"
    )
    func dashboardPageBounded() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let process = try await ServerProcess.start(db: server.databasePath)
        defer { Task { await process.stop() } }
        var session = try await RawSession.signIn(port: process.port, token: token)
        for page in ["9223372036854775807", "92233720368547758", "99999999999999999999", "-1", "0", "1e3", "%2D1", "10001"] {
            let response = try await session.get("/web/rounds/2017?page=\(page)")
            #expect(response.status == 400, "page=\(page)")
            #expect(response.text.contains("page"), "page=\(page)")
            #expect(process.process.isRunning, "page=\(page) stopped the server")
        }
        // The lure: a sign-in link whose next= carries the page.
        let lure = try await RawSession.signIn(
            port: process.port, token: token, next: "/web/rounds/2017?page=9223372036854775807")
        #expect(lure.location == "/web/rounds/2017?page=9223372036854775807")
        var followed = lure
        #expect(try await followed.get(lure.location ?? "").status == 400)
        #expect(try await session.get("/web/rounds/2017?page=1").status == 200)
        #expect(try await session.get("/web/rounds/2017?page=10000").status == 200)
        #expect(process.process.isRunning)
    }

    /// Uploads signed over a path that routes to the upload endpoint but is not its canonical form.
    static let nonCanonical = [
        "//v1/rounds/2017/filers/110000/versions",
        "/v1/rounds/2017/filers/110000/versions/",
        "/v1/rounds/2017/filers/110000//versions",
        "/v1//rounds/2017/filers/110000/versions",
        "/v1/rounds/2017/filers/%31%31%30%30%30%30/versions",
    ]

    @Test(
        "an upload signed over a non-canonical path is refused with 404 non_canonical_path before its signature is checked, and nothing is stored"
    )
    func nonCanonicalUploadsRefused() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.hostile { harness in
            for path in Self.nonCanonical {
                let before = try await harness.rows()
                let body = HostilePathTests.valid
                let head = harness.signedHead("POST", path, body: body)
                let response = try await LoopbackSocket.exchange(port: harness.port, head: head, body: body)
                try await harness.expectRefused(response, status: 404, code: "non_canonical_path", before: before, path)
                // Refused before the signature: a bad signature gets the same answer.
                let unsigned = try await LoopbackSocket.exchange(
                    port: harness.port, head: "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close", body: body)
                #expect(unsigned.status == 404, "\(path)")
            }
            // The canonical path works, and what it stores verifies against the documented path.
            let stored = try await harness.upload(HostilePathTests.valid)
            #expect(stored.status == 201)
        }
        let stored = try await server.store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT key_id, signed_at, base_version, sha256, signature FROM versions").map {
                (
                    key: $0[0] as String, signedAt: $0[1] as String, base: $0[2] as Int, sha: $0[3] as String,
                    signature: $0[4] as String
                )
            }
        }
        let row = try #require(stored)
        let key = try #require(try await server.store.key(id: row.key))
        let fields = SigningScheme.Fields(
            method: "POST", path: APIPath.versions(round: "2017", filer: "110000"), filer: "110000", round: "2017",
            keyID: row.key, signedAt: row.signedAt, baseVersion: row.base, contentSHA256: row.sha)
        #expect(SigningScheme.isValid(signatureHex: row.signature, for: fields, secret: key.secret))
    }

    @Test(
        "a malformed Transfer-Encoding (xchunked, gzip, a list, or beside Content-Length) is a 400, never a 500, and stores nothing"
    )
    func malformedFramingRefused() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.hostile { harness in
            let body = HostilePathTests.valid
            let chunked = Array("\(String(body.count, radix: 16))\r\n".utf8) + body + Array("\r\n0\r\n\r\n".utf8)
            let path = APIPath.versions(round: "2017", filer: "110000")
            for framing in [
                "Transfer-Encoding: xchunked", "Transfer-Encoding: gzip", "Transfer-Encoding: gzip, chunked",
                "Transfer-Encoding: chunked\r\nContent-Length: \(chunked.count)",
            ] {
                let before = try await harness.rows()
                let head = harness.signedHead("POST", path, body: body) + "\r\n" + framing
                let response = try await LoopbackSocket.exchange(port: harness.port, head: head, body: chunked)
                // NIO's parser refuses some framings itself with a bare 400; the rest get ours.
                #expect(response.status == 400, "\(framing)")
                if framing.hasSuffix("xchunked") || response.headers["content-type"]?.hasPrefix("application/json") == true {
                    #expect(response.text.contains("malformed_framing"), "\(framing)")
                }
                #expect(try await harness.rows() == before, "\(framing)")
            }
            // Plain chunked framing still works.
            let head = harness.signedHead("POST", path, body: body) + "\r\nTransfer-Encoding: chunked"
            let stored = try await LoopbackSocket.exchange(port: harness.port, head: head, body: chunked)
            #expect(stored.status == 201)
        }
    }

    @Test("canonical paths: one slash between non-empty segments of safe bytes, no dot segments, no escapes")
    func canonicalForm() {
        #expect(APIPath.isCanonical(APIPath.versions(round: "2017", filer: "bm07")))
        #expect(APIPath.isCanonical("/v1/rounds/2017.r-1_a/filers"))
        for path in Self.nonCanonical + [
            "/v1/rounds/./2017/filers/110000/versions", "", "/", "v1/rounds", "/v1/rounds/..", "/v1/rounds/...", "/v1/ro unds",
            "/v1/rounds?x=1",
        ] {
            #expect(!APIPath.isCanonical(path), "\(path)")
        }
        #expect(!Identifier.isRoundOrKeyID(".."))
        #expect(!Identifier.isRoundOrKeyID(".hidden"))
        #expect(Identifier.isRoundOrKeyID("2017"))
    }

    @Test("whole numbers from paths and queries: canonical digits within bounds, nothing else")
    func wholeNumbers() {
        #expect(Identifier.positiveNumber("1") == 1)
        #expect(Identifier.positiveNumber("999999999999999999") == nil)
        #expect(Identifier.positiveNumber("999999999999999") == 999_999_999_999_999)
        for text in ["", "0", "01", "-1", "+1", "1e2", " 1", "1 ", "١", "9223372036854775807", "18446744073709551616"] {
            #expect(Identifier.positiveNumber(text) == nil, "\(text)")
        }
        #expect(Identifier.versionNumber("999999999") == 999_999_999)
        #expect(Identifier.versionNumber("1000000000") == nil)
    }
}

/// A reviewer's browser session over raw sockets against the real binary: cookies and CSRF by hand.
struct RawSession {
    let port: Int
    var cookie: String
    var location: String?

    /// Signs in through the form with `token`, optionally asking to go to `next` afterwards.
    static func signIn(port: Int, token: String, next: String? = nil) async throws -> RawSession {
        let form = try await LoopbackSocket.exchange(
            port: port, head: "GET /web/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close")
        let csrf = try #require(form.text.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1)
        let preSession = try #require(form.headers["set-cookie"]?.split(separator: ";").first.map(String.init))
        var fields = "csrf=\(csrf)&token=\(token)"
        if let next { fields += "&next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }
        let answer = try await LoopbackSocket.exchange(
            port: port,
            head: "POST /web/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nCookie: \(preSession)"
                + "\r\nContent-Type: application/x-www-form-urlencoded",
            body: Array(fields.utf8))
        #expect(answer.status == 303)
        let session = try #require(
            answer.setCookies.first { $0.hasPrefix("zicha_session=") }?.split(separator: ";").first.map(String.init))
        return RawSession(port: port, cookie: session, location: answer.headers["location"])
    }

    mutating func get(_ path: String) async throws -> LoopbackSocket.Response {
        try await LoopbackSocket.exchange(
            port: port, head: "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nCookie: \(cookie)")
    }
}
