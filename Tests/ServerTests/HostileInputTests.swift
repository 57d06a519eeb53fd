import Foundation
import Server
import Shared
import Testing

/// docs/SYSTEM.md "Bad input": hostile upload bodies and signature headers, sent byte for byte to a live
/// server. Each gets its status and a clear JSON error, stores nothing, and the server keeps serving.
@Suite("Hostile input: bodies and headers")
struct HostileInputTests {
    static let valid = [UInt8](TestReports.bytes(TestReports.valid(filer: "110000")))
    static let compact = [UInt8](try! ReportCoding.encode(TestReports.valid(filer: "110000"), pretty: false))

    /// `compact` with `old` replaced by `new` (once).
    static func replacing(_ old: String, with new: String) -> [UInt8] {
        let text = String(decoding: compact, as: UTF8.self)
        precondition(text.contains(old), "fixture lacks \(old)")
        return Array(text.replacingOccurrences(of: old, with: new).utf8)
    }

    static let megabyte = String(repeating: "政", count: 350_000)

    /// Body, expected status and error code.
    static let bodies: [(name: String, body: [UInt8], status: Int, code: String)] = [
        ("malformed", Array(#"{"round": "2017", "filer": "#.utf8), 400, "malformed_json"),
        ("truncated", Array(valid.prefix(valid.count / 2)), 400, "malformed_json"),
        ("trailing garbage", valid + Array("}}".utf8), 400, "malformed_json"),
        ("empty", [], 400, "malformed_json"),
        ("invalid UTF-8", invalidUTF8, 400, "malformed_json"),
        (
            "nested arrays 100,000 deep", [UInt8](repeating: 0x5B, count: 100_000) + [UInt8](repeating: 0x5D, count: 100_000),
            400, "malformed_json"
        ),
        (
            "nested objects 100,000 deep",
            Array(String(repeating: #"{"a":"#, count: 100_000).utf8) + [0x31] + [UInt8](repeating: 0x7D, count: 100_000), 400,
            "malformed_json"
        ),
        ("unclosed nesting 100,000 deep", [UInt8](repeating: 0x5B, count: 100_000), 400, "malformed_json"),
        ("duplicate key", replacing(#"{"filer":"#, with: #"{"summary":"第一个","filer":"#), 400, "malformed_json"),
        (
            "duplicate key, another filer",
            replacing(#"{"filer":{"#, with: #"{"filer":{"code":"120000","name":"天津市"},"filer":{"#), 400, "malformed_json"
        ),
        (
            "duplicate key spelled with an escape", replacing(#"{"filer":"#, with: #"{"summ\u0061ry":"x","filer":"#), 400,
            "malformed_json"
        ),
        (
            "duplicate key, KELVIN SIGN for K", replacing(#"{"filer":"#, with: #"{"Kx":1,"\u212Ax":2,"filer":"#), 400,
            "malformed_json"
        ),
        (
            "100,000 keys, the last repeating the first",
            replacing(#"{"filer":"#, with: #"{"x":{"# + (0..<100_000).map { #""k\#($0)":0,"# }.joined() + #""k0":1},"filer":"#),
            400, "malformed_json"
        ),
        (
            "wrong type: string for a boolean", replacing(#""unifiedPlatform":true"#, with: #""unifiedPlatform":"yes""#), 400,
            "decode_failed"
        ),
        (
            "wrong type: object for an array", replacing(#""serviceItems":["#, with: #""serviceItems":{},"x":["#), 400,
            "decode_failed"
        ),
        ("a fraction for an integer", replacing(#""copies":1"#, with: #""copies":1.5"#), 400, "malformed_json"),
        ("an exponent for an integer", replacing(#""copies":1"#, with: #""copies":1e400"#), 400, "malformed_json"),
        (
            "wrong type: 20-digit integer", replacing(#""copies":1"#, with: #""copies":99999999999999999999"#), 400,
            "decode_failed"
        ),
        ("not an object", Array("null".utf8), 400, "decode_failed"),
        ("an array", Array("[]".utf8), 400, "decode_failed"),
        ("unknown enum value", replacing(#""level":"province""#, with: #""level":"galaxy""#), 400, "decode_failed"),
        (
            "unknown enum value, a megabyte long", replacing(#""level":"province""#, with: #""level":"\#(megabyte)""#), 400,
            "decode_failed"
        ),
        ("filer code a megabyte long", replacing(#""code":"110000""#, with: #""code":"\#(megabyte)""#), 422, "report_mismatch"),
        ("round a megabyte long", replacing(#""round":"2017""#, with: #""round":"\#(megabyte)""#), 422, "report_mismatch"),
        (
            "SQL in the round field", replacing(#""round":"2017""#, with: #""round":"2017'; DROP TABLE versions; --""#), 422,
            "report_mismatch"
        ),
    ]

    /// Invalid UTF-8 inside a string value: 0xC3 0x28 is a broken two-byte sequence.
    static let invalidUTF8: [UInt8] = {
        let marker = Array("已完成自查整改".utf8)
        var bytes = compact
        let range = bytes.firstRange(of: marker)!
        bytes.replaceSubrange(range, with: [0xC3, 0x28, 0xFF])
        return bytes
    }()

    @Test("malformed, truncated, deep, duplicate-keyed, mistyped and oversized report bodies are refused")
    func refusedBodies() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.hostile { harness in
            for (name, body, status, code) in Self.bodies {
                let before = try await harness.rows()
                let response = try await harness.upload(body)
                try await harness.expectRefused(response, status: status, code: code, before: before, name)
            }
        }
    }

    /// A header edit and the code it must get (all 401).
    static let headerEdits: [(name: String, code: String, edit: @Sendable (inout [(String, String)]) -> Void)] = {
        typealias H = SigningScheme.Header
        func set(_ name: String, _ value: String) -> @Sendable (inout [(String, String)]) -> Void {
            { headers in headers = headers.map { $0.0 == name ? ($0.0, value) : $0 } }
        }
        func repeated(_ name: String, _ value: String? = nil) -> @Sendable (inout [(String, String)]) -> Void {
            { headers in
                let original = headers.first { $0.0 == name }!
                headers.append((name, value ?? original.1))
            }
        }
        var edits: [(String, String, @Sendable (inout [(String, String)]) -> Void)] = [
            ("no signature headers", "signature_missing", { $0 = [] })
        ]
        for name in H.all {
            edits.append(("\(name) missing", "signature_missing", { $0.removeAll { $0.0 == name } }))
            edits.append(("\(name) empty", "signature_missing", set(name, "")))
        }
        edits += [
            (
                "signature repeated, another value", "signature_malformed",
                repeated(H.signature, String(repeating: "a", count: 64))
            ),
            ("signature repeated, same value", "signature_malformed", repeated(H.signature)),
            ("filer repeated", "signature_malformed", repeated(H.filer)),
            ("key id repeated", "signature_malformed", repeated(H.keyID)),
            ("round repeated", "signature_malformed", repeated(H.round)),
            ("signature not hex", "signature_malformed", set(H.signature, String(repeating: "zz", count: 32))),
            ("signature upper-case hex", "signature_malformed", set(H.signature, String(repeating: "AB", count: 32))),
            ("signature 63 digits", "signature_malformed", set(H.signature, String(repeating: "a", count: 63))),
            ("signature 65 digits", "signature_malformed", set(H.signature, String(repeating: "a", count: 65))),
            ("signature base64", "signature_malformed", set(H.signature, Data(repeating: 7, count: 32).base64EncodedString())),
            ("content hash not hex", "signature_malformed", set(H.contentSHA256, String(repeating: "g", count: 64))),
            ("scheme unknown", "signature_malformed", set(H.scheme, "ZICHA-HMAC-SHA1-0")),
            ("key id with SQL", "signature_malformed", set(H.keyID, "x' OR '1'='1")),
            ("key id 10,000 long", "signature_malformed", set(H.keyID, String(repeating: "k", count: 10_000))),
            ("base version negative", "signature_malformed", set(H.baseVersion, "-1")),
            ("base version exponent", "signature_malformed", set(H.baseVersion, "1e3")),
            ("base version hex", "signature_malformed", set(H.baseVersion, "0x1")),
            ("base version 30 digits", "signature_malformed", set(H.baseVersion, String(repeating: "9", count: 30))),
            ("filer not the path's", "signature_malformed", set(H.filer, "120000")),
            ("unknown key", "unknown_key", set(H.keyID, "110000-nosuchkey")),
            ("signature of other fields", "signature_invalid", set(H.signature, String(repeating: "0", count: 64))),
        ]
        for stamp in [
            "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2017-02-30T00:00:00Z",
            "2017-13-01T00:00:00Z", "2017-12-20T25:00:00Z", "2017-12-20T02:00:00+08:00", "2017-12-20 02:00:00Z",
            "-2017-12-20T02:00:0Z", "99999999999999999999", "2017-12-20T02:00:00.5Z", "now",
        ] {
            edits.append(("signed at \(stamp)", "signature_malformed", set(H.signedAt, stamp)))
        }
        return edits
    }()

    @Test("missing, repeated and malformed signature headers, non-hex signatures and absurd timestamps get 401")
    func refusedHeaders() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.hostile { harness in
            let path = APIPath.versions(round: "2017", filer: "110000")
            for (name, code, edit) in Self.headerEdits {
                let before = try await harness.rows()
                let head = harness.signedHead("POST", path, body: Self.valid, edit: edit)
                let response = try await LoopbackSocket.exchange(port: harness.port, head: head, body: Self.valid)
                try await harness.expectRefused(response, status: 401, code: code, before: before, name)
            }
        }
    }

    @Test("absurd signing times are refused even when the signature covers them")
    func absurdTimestampsSigned() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.hostile { harness in
            let path = APIPath.versions(round: "2017", filer: "110000")
            for stamp in ["9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "2017-02-30T00:00:00Z", "2017-12-20T24:00:00Z"] {
                let before = try await harness.rows()
                let head = harness.signedHead("POST", path, body: Self.valid, signedAt: stamp)
                let response = try await LoopbackSocket.exchange(port: harness.port, head: head, body: Self.valid)
                try await harness.expectRefused(
                    response, status: 401, code: "signature_malformed", before: before, "signed \(stamp)")
            }
        }
    }

    @Test("bad bearer tokens get 401 token_invalid")
    func refusedTokens() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.hostile { harness in
            for authorization in [
                "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer zr_' OR '1'='1", "bearer \(harness.token)",
                "Bearer \(String(repeating: "x", count: 20_000))", "Bearer \(harness.token)x",
            ] {
                let before = try await harness.rows()
                let response = try await harness.asReviewer("GET", "/v1/rounds/2017/filers", authorization: authorization)
                try await harness.expectRefused(
                    response, status: 401, code: "token_invalid", before: before, "Authorization: \(authorization.prefix(40))")
            }
        }
    }
}
