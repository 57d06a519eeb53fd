import Foundation
import Server
import Shared
import Testing

/// docs/SYSTEM.md "Bad input": hostile paths, 100 MB bodies, reviewers' bodies, and strings that look
/// like SQL, which must be stored byte for byte and do nothing.
@Suite("Hostile input: paths, huge bodies, reviewers, SQL")
struct HostilePathTests {
    static let valid = HostileInputTests.valid

    /// Signed uploads and reads whose path names a round, filer or version that is no such thing.
    static let paths: [(name: String, method: String, path: String, round: String, filer: String, status: Int, code: String)] = [
        ("round ..", "POST", "/v1/rounds/../filers/110000/versions", "..", "110000", 404, "non_canonical_path"),
        ("round %2e%2e", "POST", "/v1/rounds/%2e%2e/filers/110000/versions", "%2e%2e", "110000", 404, "non_canonical_path"),
        (
            "round %2E%2E%2F", "POST", "/v1/rounds/%2E%2E%2F/filers/110000/versions", "%2E%2E%2F", "110000", 404,
            "non_canonical_path"
        ),
        ("round with %00", "POST", "/v1/rounds/2017%00/filers/110000/versions", "2017%00", "110000", 404, "non_canonical_path"),
        (
            "round with SQL", "POST", "/v1/rounds/2017'%20OR%20'1'='1/filers/110000/versions", "2017'%20OR%20'1'='1", "110000",
            404, "non_canonical_path"
        ),
        ("unknown round", "POST", "/v1/rounds/2099/filers/110000/versions", "2099", "110000", 404, "unknown_round"),
        ("filer ..", "POST", "/v1/rounds/2017/filers/../versions", "2017", "..", 404, "non_canonical_path"),
        ("filer %2e%2e", "GET", "/v1/rounds/2017/filers/%2e%2e/versions", "2017", "%2e%2e", 404, "non_canonical_path"),
        ("filer with %00", "GET", "/v1/rounds/2017/filers/110000%00/versions", "2017", "110000%00", 404, "non_canonical_path"),
        ("unknown filer", "POST", "/v1/rounds/2017/filers/999999/versions", "2017", "999999", 404, "unknown_filer"),
        ("version ..", "GET", "/v1/rounds/2017/filers/110000/versions/../report", "2017", "110000", 404, "non_canonical_path"),
        ("version %2e%2e", "GET", "/v1/rounds/2017/filers/110000/versions/%2e%2e", "2017", "110000", 404, "non_canonical_path"),
        (
            "version 1%00", "GET", "/v1/rounds/2017/filers/110000/versions/1%00/report", "2017", "110000", 404,
            "non_canonical_path"
        ),
        ("version -1", "GET", "/v1/rounds/2017/filers/110000/versions/-1", "2017", "110000", 404, "unknown_version"),
        (
            "version 2^64", "GET", "/v1/rounds/2017/filers/110000/versions/18446744073709551616", "2017", "110000", 404,
            "unknown_version"
        ),
        (
            "traversal past the routes", "GET", "/v1/rounds/2017/filers/110000/versions/1/../../../../../../etc/passwd", "2017",
            "110000", 404, "not_found"
        ),
        ("traversal from the root", "GET", "/../../etc/passwd", "2017", "110000", 404, "not_found"),
        ("encoded traversal", "GET", "/v1/%2e%2e/%2e%2e/etc/passwd", "2017", "110000", 404, "not_found"),
    ]

    @Test("`..`, `%2e%2e`, `%00`, SQL and unknown names in paths get 404 and store nothing")
    func refusedPaths() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.hostile { harness in
            for (name, method, path, round, filer, status, code) in Self.paths {
                let body = method == "POST" ? Self.valid : []
                let before = try await harness.rows()
                let head = harness.signedHead(method, path, round: round, filer: filer, body: body)
                let response = try await LoopbackSocket.exchange(port: harness.port, head: head, body: body)
                try await harness.expectRefused(response, status: status, code: code, before: before, name)
            }
            // Reviewers' paths and queries.
            for (name, path, status, code) in [
                ("roster filter with SQL", "/v1/rounds/2017/filers?deadline=%27%20OR%201%3D1--", 400, "invalid_query"),
                ("roster page with SQL", "/v1/rounds/2017/filers?page=1;DROP%20TABLE%20versions", 400, "invalid_query"),
                ("roster perPage huge", "/v1/rounds/2017/filers?perPage=99999999999999999999", 400, "invalid_query"),
                ("summary of round ..", "/v1/rounds/../summary", 404, "non_canonical_path"),
                ("summary of round with SQL", "/v1/rounds/2017'--/summary", 404, "non_canonical_path"),
                ("spot checks of round %00", "/v1/rounds/%00/spot-checks", 404, "non_canonical_path"),
            ] as [(String, String, Int, String)] {
                let before = try await harness.rows()
                try await harness.expectRefused(
                    try await harness.asReviewer("GET", path), status: status, code: code, before: before, name)
            }
        }
    }

    @Test("a 100 MB body declared with Content-Length gets 413 before it is sent")
    func hundredMegabytesDeclared() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.hostile { harness in
            let path = APIPath.versions(round: "2017", filer: "110000")
            let size = 100 * 1024 * 1024
            for signed in [true, false] {
                let before = try await harness.rows()
                let head =
                    signed
                    ? harness.signedHead("POST", path, body: [])
                    : "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close"
                let (sent, response) = try await onOwnThread { [port = harness.port] in
                    let socket = try LoopbackSocket(port: port)
                    socket.send(head + "\r\nContent-Length: \(size)\r\n\r\n")
                    let sent = socket.sendUntilAnswered([UInt8](repeating: 0x20, count: 1024 * 1024), times: 100)
                    return (sent, try socket.readResponse())
                }
                // The answer comes from the declared length, before the body.
                #expect(sent < 50 * 1024 * 1024, "the server read \(sent) bytes before answering")
                try await harness.expectRefused(
                    response, status: 413, code: "body_too_large", before: before, "Content-Length 100 MB, signed: \(signed)")
            }
        }
    }

    @Test("a 100 MB chunked body gets 413 once the limit is passed, long before its end")
    func hundredMegabytesChunked() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.hostile { harness in
            let before = try await harness.rows()
            let path = APIPath.versions(round: "2017", filer: "110000")
            let head = harness.signedHead("POST", path, body: []) + "\r\nTransfer-Encoding: chunked\r\n\r\n"
            let (sent, response) = try await onOwnThread { [port = harness.port] in
                let socket = try LoopbackSocket(port: port)
                socket.send(head)
                // 100 chunks of 1 MiB, until the server answers.
                let chunk = Array("100000\r\n".utf8) + [UInt8](repeating: 0x20, count: 0x100000) + Array("\r\n".utf8)
                let sent = socket.sendUntilAnswered(chunk, times: 100)
                return (sent, try socket.readResponse())
            }
            #expect(sent < 50 * 1024 * 1024, "the server read \(sent) bytes before answering")
            try await harness.expectRefused(response, status: 413, code: "body_too_large", before: before, "chunked 100 MB")
        }
    }

    @Test("reviewers' malformed, deep, duplicate-keyed, mistyped and oversized bodies store no decision")
    func refusedReviewerBodies() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.hostile { harness in
            #expect(try await harness.upload(Self.valid).status == 201)
            let review = "/v1/rounds/2017/filers/110000/versions/1/review"
            let deep = [UInt8](repeating: 0x5B, count: 30_000) + [UInt8](repeating: 0x5D, count: 30_000)
            for (name, body, status, code) in [
                ("malformed", Array(#"{"decision": "#.utf8), 400, "invalid_request"),
                ("empty", [], 400, "invalid_request"),
                ("nested 30,000 deep", deep, 400, "invalid_request"),
                ("nested 100,000 deep", [UInt8](repeating: 0x5B, count: 100_000), 413, "body_too_large"),
                ("duplicate decision", Array(#"{"decision":"return","decision":"accept"}"#.utf8), 400, "invalid_request"),
                ("unknown decision", Array(#"{"decision":"maybe"}"#.utf8), 400, "invalid_request"),
                ("decision a number", Array(#"{"decision":1}"#.utf8), 400, "invalid_request"),
                (
                    "invalid UTF-8",
                    Array(#"{"decision":"return","comment":""#.utf8) + [0xFF, 0xFE] + Array(#"","dueOn":"2018-01-31"}"#.utf8),
                    400, "invalid_request"
                ),
                (
                    "comment a megabyte long",
                    Array(#"{"decision":"return","comment":"\#(HostileInputTests.megabyte)","dueOn":"2018-01-31"}"#.utf8), 413,
                    "body_too_large"
                ),
            ] as [(String, [UInt8], Int, String)] {
                let before = try await harness.rows()
                let response = try await harness.asReviewer("POST", review, body: body)
                try await harness.expectRefused(response, status: status, code: code, before: before, name)
            }
            for (name, body) in [
                ("seed a string", #"{"seed":"1","counts":{"province":1}}"#),
                ("counts negative", #"{"seed":1,"counts":{"province":-1}}"#),
                ("unknown level", #"{"seed":1,"counts":{"galaxy":1}}"#),
                ("seed too big", #"{"seed":99999999999999999999,"counts":{"province":1}}"#),
            ] {
                let before = try await harness.rows()
                let response = try await harness.asReviewer("POST", "/v1/rounds/2017/spot-checks", body: Array(body.utf8))
                #expect([400, 422].contains(response.status), "\(name): \(response.text)")
                #expect(try await harness.rows() == before, "\(name)")
                #expect(await harness.healthy())
            }
        }
    }

    @Test("SQL-looking and megabyte strings are stored verbatim and come back byte for byte")
    func storedVerbatim() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.hostile { harness in
            let injection = #"'); DROP TABLE versions; -- " OR 1=1; /* \x00 */ SELECT * FROM keys; 表"#
            var report = TestReports.valid(filer: "110000", summary: injection)
            report.preparedBy.contact = "Robert'); DROP TABLE audit_events;--"
            let first = [UInt8](TestReports.bytes(report))
            report.summary = HostileInputTests.megabyte
            let second = [UInt8](TestReports.bytes(report))
            for (number, bytes) in [(1, first), (2, second)] {
                let response = try await harness.upload(bytes, baseVersion: number - 1)
                #expect(response.status == 201, "\(response.text.prefix(300))")
                let path = APIPath.report(round: "2017", filer: "110000", version: number)
                let read = try await LoopbackSocket.exchange(port: harness.port, head: harness.signedHead("GET", path, body: []))
                #expect(read.status == 200)
                #expect([UInt8](read.body) == bytes)
            }
            let comment = "退回'; DELETE FROM review_decisions; --"
            let returned = try await harness.asReviewer(
                "POST", "/v1/rounds/2017/filers/110000/versions/2/review",
                body: Array(try ReportCoding.encode(ReviewRequest(decision: .return, comment: comment, dueOn: "2018-01-31")))
            )
            #expect(returned.status == 201, "\(returned.text)")
            let rows = try await harness.rows()
            #expect(rows.counts["versions"] == 2)
            #expect(rows.counts["review_decisions"] == 1)
            let info = try JSONDecoder().decode(
                VersionInfo.self,
                from: try await harness.asReviewer("GET", APIPath.version(round: "2017", filer: "110000", version: 2)).body)
            #expect(info.reviews.first?.comment == comment)
            #expect(try await server.store.verifyAudit().broken == nil)
        }
    }
}
