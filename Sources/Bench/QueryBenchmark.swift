import Foundation
import GRDB
import Shared

/// The reviewers' roster query and the national summary over a round of 10,000 filers with 5
/// versions each, seeded by SQL into a database the real `zicha-server` created (its own
/// schema), then asked over loopback.
enum QueryBenchmark {
    static func run(_ arguments: [String]) {
        let filers = BenchArguments.integer("--filers", in: arguments, default: 10_000)
        BenchArguments.measuring("queries") {
            try measure(filers: filers, keep: arguments.contains("--keep"))
        }
    }

    static func measure(filers: Int, keep: Bool) throws {
        let directory = try ServerUnderTest.scratchDirectory()
        // --keep leaves the seeded database for profiling (EXPLAIN QUERY PLAN, perf).
        defer { if keep { print("  kept \(directory.path)") } else { try? FileManager.default.removeItem(at: directory) } }
        let server = try ServerUnderTest(db: directory.appendingPathComponent("queries.sqlite").path)
        let token = "zr_" + Hex.encode(Crypto.randomBytes(32))
        let clock = ContinuousClock()
        var latestSize = 0
        let seeding = try clock.measure { latestSize = try seed(path: server.db, filers: filers, token: token) }
        let size = (try? FileManager.default.attributesOfItem(atPath: server.db)[.size] as? Int) ?? 0
        print(
            "queries: round `bench`, \(filers) filers × 5 versions (latest: 1 platform, 5 service items, \(latestSize) bytes); "
                + String(
                    format: "seeded by SQL in %.1f s, database %.0f MB", Double(seeding.components.seconds), Double(size) / 1e6))

        try server.start()
        defer { server.stop() }
        let bearer = [("Authorization", "Bearer \(token)")]
        func get(_ path: String, times: Int) throws -> LoadDriver.Result {
            try LoadDriver.run(
                port: server.port,
                work: [Array(repeating: LoadDriver.Request(method: "GET", path: path, headers: bearer, body: []), count: times)])
        }
        for (label, path) in [
            ("roster, first page of 50", "/v1/rounds/bench/filers"),
            ("roster, late and returned", "/v1/rounds/bench/filers?deadline=late&review=returned"),
            ("roster, page 150 of 200", "/v1/rounds/bench/filers?page=150"),
        ] {
            print("  \(label): \(try get(path, times: 100).summary)")
        }
        let connection = try HTTPConnection(port: server.port)
        var samples: [Duration] = []
        var bytes = 0
        for _ in 0..<5 {
            samples.append(
                try clock.measure {
                    bytes = try connection.request("GET", "/v1/rounds/bench/summary", headers: bearer).body.count
                })
        }
        print(
            String(
                format: "  national summary: first %.0f ms, median of 5 %.0f ms (%.1f MB of JSON)",
                Machine.medianMilliseconds([samples[0]]),
                Machine.medianMilliseconds(samples), Double(bytes) / 1e6))
        if let memory = server.peakMemoryMB { print(String(format: "  server peak memory (VmHWM): %.1f MB", memory)) }
    }

    /// Filers 700000…, each on the roster of round `bench` with one key and versions 1…5
    /// (10% late); version 4 returned, version 5 accepted (60%), returned (20%) or undecided.
    /// Returns the size of a latest version's bytes.
    static func seed(path: String, filers: Int, token: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        let template = ReportDecoder.encode(TypicalReport.make(filer: "799999", name: "基准单位", platforms: 1, items: 5))
        let earlier = ReportDecoder.encode(TypicalReport.make(filer: "799999", name: "基准单位", platforms: 1, items: 1))
        let validation = #"{"errors":0,"issues":[],"warnings":0}"#
        // As an upload does: each version is stored with its summary counts (the code does not change them).
        let counts = [1, 5].map { items in
            ShareCounts(report: TypicalReport.make(filer: "799999", name: "基准单位", platforms: 1, items: items))
        }
        try queue.write { db in
            let now = "2017-12-01T09:00:00+08:00"
            try db.execute(
                sql: "INSERT INTO rounds (id, title, deadline, created_at) VALUES ('bench', '基准轮次', '2017-12-31', ?)",
                arguments: [now])
            try db.execute(
                sql: "INSERT INTO reviewers (name, token_sha256, state, created_at) VALUES ('基准', ?, 'active', ?)",
                arguments: [Hex.encode(Crypto.sha256(Array(token.utf8))), now])
            let reviewer = db.lastInsertedRowID
            let filer = try db.makeStatement(sql: "INSERT INTO filers (code, name, kind, created_at) VALUES (?, ?, 'region', ?)")
            let roster = try db.makeStatement(sql: "INSERT INTO roster (round_id, filer_code) VALUES ('bench', ?)")
            let key = try db.makeStatement(
                sql: "INSERT INTO keys (id, filer_code, secret, state, created_at) VALUES (?, ?, ?, 'active', ?)")
            let version = try db.makeStatement(
                sql: """
                    INSERT INTO versions (round_id, filer_code, version, bytes, sha256, signature, key_id, signed_at, base_version,
                        received_at, validation) VALUES ('bench', ?, ?, ?, ?, ?, ?, '2017-12-20T02:00:00Z', ?, ?, ?)
                    """)
            let tallies = try db.makeStatement(
                sql: "INSERT INTO version_tallies (version_id, platforms, service_items) VALUES (?, ?, ?)")
            let shareTallies = try db.makeStatement(
                sql: """
                    INSERT INTO version_share_tallies (version_id, share_id, first_found, after_rectification, denominator)
                    VALUES (?, ?, ?, ?, ?)
                    """)
            let decision = try db.makeStatement(
                sql:
                    "INSERT INTO review_decisions (version_id, decision, comment, due_on, reviewer_id, decided_at) VALUES (?, ?, ?, ?, ?, ?)"
            )
            for i in 0..<filers {
                let code = String(700_000 + i)
                let secret = Crypto.randomBytes(32)
                try filer.execute(arguments: [code, "基准单位\(i)", now])
                try roster.execute(arguments: [code])
                try key.execute(arguments: ["k\(code)", code, Data(secret), now])
                for number in 1...5 {
                    let source = number == 5 ? template : earlier
                    let bytes = Data(String(decoding: source, as: UTF8.self).replacingOccurrences(of: "799999", with: code).utf8)
                    let sha = Hex.encode(Crypto.sha256(bytes))
                    let fields = SigningScheme.Fields(
                        method: "POST", path: APIPath.versions(round: "bench", filer: code), filer: code, round: "bench",
                        keyID: "k\(code)",
                        signedAt: "2017-12-20T02:00:00Z", baseVersion: number - 1, contentSHA256: sha)
                    // One in ten filers is late: its first version came after the deadline.
                    let received = String(
                        format: "%@-%02dT%02d:%02d:%02d+08:00", i % 10 == 0 ? "2018-01" : "2017-12",
                        (i % 10 == 0 ? 1 : 20) + number,
                        9 + i % 8, i % 60, number)
                    try version.execute(arguments: [
                        code, number, bytes, sha, SigningScheme.signature(for: fields, secret: secret), "k\(code)", number - 1,
                        received,
                        validation,
                    ])
                    let id = db.lastInsertedRowID
                    let stored = number == 5 ? counts[1] : counts[0]
                    try tallies.execute(arguments: [id, stored.platforms, stored.serviceItems])
                    for tally in stored.storedTallies {
                        try shareTallies.execute(arguments: [
                            id, tally.shareID, tally.firstFound, tally.afterRectification, tally.denominator,
                        ])
                    }
                    if number == 4 || (number == 5 && i % 10 >= 6 && i % 10 < 8) {
                        try decision.execute(arguments: [id, "return", "请补充整改材料", "2018-01-15", reviewer, received])
                    } else if number == 5 && i % 10 < 6 {
                        try decision.execute(arguments: [id, "accept", nil, nil, reviewer, received])
                    }
                }
            }
        }
        try queue.close()
        return template.count
    }

}
