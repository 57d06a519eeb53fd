import Foundation
import GRDB
import Shared

/// Signed uploads of a typical report (2 platforms, 50 service items) end to end over loopback
/// against the real `zicha-server`, with 1, 8 and 64 clients; the floor for the same bytes
/// (SHA-256 + HMAC + one SQLite insert in its own transaction, WAL, synchronous=FULL); the
/// framework's ceiling (`GET /healthz`); the server's peak memory.
enum IngestBenchmark {
    /// Uploads per client in each run, by client count.
    static let plan: [(clients: Int, uploads: Int)] = [(1, 200), (8, 60), (64, 20)]

    /// `--clients N` runs only the uploads with N clients, without the in-process stages: a
    /// window for a profiler attached to the whole machine.
    static func run(_ arguments: [String]) {
        let only = BenchArguments.integer("--clients", in: arguments, default: 0)
        BenchArguments.measuring("ingest") {
            try measure(only: only > 0 ? only : nil)
        }
    }

    static func measure(only: Int? = nil) throws {
        let plan = only.map { [(clients: $0, uploads: max(1, 1_280 / $0))] } ?? Self.plan
        let directory = try ServerUnderTest.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try ServerUnderTest(db: directory.appendingPathComponent("ingest.sqlite").path)
        let listed = try JSONDecoder().decode(
            [[String: String?]].self, from: Data(try server.admin(["filer", "list", "--format", "json"]).utf8))
        let filers = listed.compactMap { row -> (code: String, name: String)? in
            guard let code = row["code"] ?? nil, let name = row["name"] ?? nil else { return nil }
            return (code, name)
        }
        let keys = try filers.prefix(64).map { try server.issueKey($0.code, in: directory) }
        let names = Dictionary(uniqueKeysWithValues: filers.map { ($0.code, $0.name) })
        let sample = ReportDecoder.encode(TypicalReport.make(filer: keys[0].filer, name: names[keys[0].filer]!))
        let check = validate(
            try ReportDecoder.decode(sample),
            context: ValidationContext(
                roundID: "2017", deadline: Day("2017-12-31"), roster: Set(keys.map(\.filer)), signingFiler: keys[0].filer))
        print(
            "ingest: typical report of \(sample.count) bytes (2 platforms, 50 service items), \(check.count { $0.severity == .error }) validation errors"
        )

        let floor = try Floor.measure(body: [UInt8](sample), key: keys[0], directory: directory)
        print(
            String(
                format: "  floor (SHA-256 + HMAC + 1 SQLite insert, WAL, synchronous=FULL): median %.3f ms = %.0f/s", floor,
                1_000 / floor))

        // Not measured at all with `--clients`: the profiler's window is the uploads alone.
        if only == nil { try IngestBreakdown.printStages(body: sample, filer: keys[0].filer) }

        try server.start()
        defer { server.stop() }
        var next = [Int](repeating: 0, count: keys.count)  // each filer's latest version
        for (clients, uploads) in plan {
            var work: [[LoadDriver.Request]] = []
            for client in 0..<clients {
                let key = keys[client]
                work.append(
                    (0..<uploads).map { i in
                        defer { next[client] += 1 }
                        return upload(key: key, name: names[key.filer]!, base: next[client], tag: "\(clients)-\(i)")
                    })
            }
            let cpuBefore = server.cpuMilliseconds
            let result = try LoadDriver.run(port: server.port, work: work)
            let perUpload = 1_000 / result.rate
            // The server's own CPU per upload, whatever the load driver and the machine's other work took.
            var serverCPU: Double?
            if let before = cpuBefore, let after = server.cpuMilliseconds {
                serverCPU = (after - before) / Double(clients * uploads)
            }
            print(
                "  upload, \(clients) client\(clients == 1 ? "" : "s"): \(result.summary)"
                    + String(
                        format: "\n      cost %.3f ms per upload = %.1f× the floor; latency p50 = %.1f× the floor", perUpload,
                        perUpload / floor, result.percentile(0.5) / floor)
                    + (serverCPU.map { String(format: "; server CPU %.2f ms per upload = %.1f× the floor", $0, $0 / floor) } ?? "")
            )
            if clients == 64, let memory = server.peakMemoryMB {
                print(String(format: "  server peak memory (VmHWM) after the 64-client run: %.1f MB", memory))
            }
        }
        for clients in [1, 64] where only == nil {
            let health = LoadDriver.Request(method: "GET", path: "/healthz", headers: [], body: [])
            let result = try LoadDriver.run(
                port: server.port, work: Array(repeating: Array(repeating: health, count: 12_800 / clients), count: clients))
            print("  ceiling GET /healthz, \(clients) client\(clients == 1 ? "" : "s"): \(result.summary)")
        }
    }

    /// A signed upload of a fresh typical report amending `base`.
    static func upload(key: KeyFile, name: String, base: Int, tag: String) -> LoadDriver.Request {
        upload(
            key: key, body: [UInt8](ReportDecoder.encode(TypicalReport.make(filer: key.filer, name: name, tag: tag))), base: base)
    }

    /// A signed upload of `body` amending `base`.
    static func upload(key: KeyFile, body: [UInt8], base: Int) -> LoadDriver.Request {
        let fields = SigningScheme.Fields(
            method: "POST", path: APIPath.versions(round: "2017", filer: key.filer), filer: key.filer, round: "2017",
            keyID: key.keyId,
            signedAt: SigningScheme.timestamp(Date()), baseVersion: base, contentSHA256: Hex.encode(Crypto.sha256(body)))
        let signature = SigningScheme.signature(for: fields, secret: key.secretBytes ?? [])
        return LoadDriver.Request(
            method: "POST", path: fields.path,
            headers: fields.headers(signature: signature).map { ($0.name, $0.value) } + [("Content-Type", "application/json")],
            body: body)
    }

    /// The least any durable signed ingest must do per upload, measured in this process.
    enum Floor {
        static func measure(body: [UInt8], key: KeyFile, directory: URL, runs: Int = 200) throws -> Double {
            var configuration = Configuration()
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            let pool = try DatabasePool(path: directory.appendingPathComponent("floor.sqlite").path, configuration: configuration)
            try pool.write { db in
                try db.execute(
                    sql:
                        "CREATE TABLE blobs (id INTEGER PRIMARY KEY, bytes BLOB NOT NULL, sha256 TEXT NOT NULL, signature TEXT NOT NULL) STRICT"
                )
            }
            let secret = key.secretBytes ?? []
            var samples: [Duration] = []
            let clock = ContinuousClock()
            for i in 0..<runs {
                samples.append(
                    try clock.measure {
                        let sha = Hex.encode(Crypto.sha256(body))
                        let fields = SigningScheme.Fields(
                            method: "POST", path: "/v1/rounds/2017/filers/\(key.filer)/versions", filer: key.filer, round: "2017",
                            keyID: key.keyId, signedAt: "2017-12-20T02:00:00Z", baseVersion: i, contentSHA256: sha)
                        let signature = SigningScheme.signature(for: fields, secret: secret)
                        _ = SigningScheme.isValid(signatureHex: signature, for: fields, secret: secret)
                        try pool.write { db in
                            try db.execute(
                                sql: "INSERT INTO blobs (bytes, sha256, signature) VALUES (?, ?, ?)",
                                arguments: [Data(body), sha, signature])
                        }
                    })
            }
            return Machine.medianMilliseconds(samples)
        }
    }
}
