import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// Stress: 64 concurrent clients mixing uploads, amendments, reads and reviews for
/// `ZICHA_STRESS_SECONDS` (default 10; a full run is 30). The only error allowed is
/// the expected 409; afterwards every filer's versions run 1…n and every one verifies.
@Suite("64 concurrent clients")
struct StressTests {
    static var seconds: Int { ProcessInfo.processInfo.environment["ZICHA_STRESS_SECONDS"].flatMap(Int.init) ?? 10 }

    actor Tally {
        var statuses: [String: [Int: Int]] = [:]
        var unexpected: [String] = []
        var createdVersions = 0
        var createdReviews = 0

        func record(_ kind: String, _ status: Int, allowed: Set<Int>, detail: @autoclosure () -> String = "") {
            statuses[kind, default: [:]][status, default: 0] += 1
            if !allowed.contains(status) { unexpected.append("\(kind) \(status) \(detail().prefix(200))") }
            if status == 201 && kind.hasPrefix("upload") { createdVersions += 1 }
            if status == 201 && kind == "review" { createdReviews += 1 }
        }
    }

    @Test("uploads, amendments, reads and reviews at once: only 409s, versions contiguous and verified")
    func sixtyFourClients() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let codes = Array(BuiltInFilers.all.map(\.code).prefix(32))
        var keys: [String: TestKey] = [:]
        for code in codes { keys[code] = try await server.issueKey(code) }
        let token = ReviewerToken.generate()
        _ = try await server.store.addReviewer(
            name: "压力测试", tokenSHA256: ReviewerToken.hash(token), actor: "test", at: server.clock.now())
        let allKeys = keys
        let tally = Tally()
        let end = ContinuousClock.now + .seconds(Self.seconds)

        try await server.live { app in
            let port = try #require(app.port)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for client in 0..<64 {
                    group.addTask {
                        try await TestClient.withClient(
                            host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(60))
                        ) { connection in
                            var base = 0
                            var round = 0
                            while ContinuousClock.now < end {
                                round += 1
                                switch client {
                                case 0..<32:  // each filer's own clerk, amending its latest version
                                    let key = allKeys[codes[client]]!
                                    let answer = try await SignedUpload(key: key, baseVersion: base, tag: "\(client)-\(round)")
                                        .send(connection)
                                    await tally.record(
                                        "upload", answer.status, allowed: [201, 409],
                                        detail: String(decoding: answer.body, as: UTF8.self))
                                    base =
                                        answer.receipt?.version
                                        ?? (try? JSONDecoder().decode(APIErrorBody.self, from: answer.body))?.currentVersion
                                        ?? base
                                case 32..<40:  // a second clerk of the same office, racing the first
                                    let key = allKeys[codes[client - 32]]!
                                    let latest = try await Self.latest(key, connection, tally)
                                    let answer = try await SignedUpload(
                                        key: key, baseVersion: latest, tag: "second-\(client)-\(round)"
                                    ).send(connection)
                                    await tally.record(
                                        "upload (racing)", answer.status, allowed: [201, 409],
                                        detail: String(decoding: answer.body, as: UTF8.self))
                                case 40..<56:  // reads of versions, one version and its exact bytes
                                    try await Self.read(allKeys[codes.randomElement()!]!, connection, tally)
                                default:  // reviewers: roster, summary, decisions on the latest version
                                    try await Self.review(
                                        allKeys[codes.randomElement()!]!, token: token, round: round, connection, tally)
                                }
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
        }

        let unexpected = await tally.unexpected
        #expect(unexpected.isEmpty, "\(unexpected.count) unexpected answers, e.g. \(unexpected.prefix(3))")
        let statuses = await tally.statuses
        #expect(statuses["upload"]?[201, default: 0] ?? 0 > 0)
        #expect(statuses["review"]?[201, default: 0] ?? 0 > 0, "\(statuses)")
        let stored = try await StoredVersions.check(path: server.databasePath, keys: allKeys)
        #expect(stored.count == (await tally.createdVersions))
        #expect(try await server.count("review_decisions") == (await tally.createdReviews))
    }

    static func latest(_ key: TestKey, _ connection: TestClient, _ tally: Tally) async throws -> Int {
        let answer = try await key.get(APIPath.versions(round: "2017", filer: key.filer), with: connection)
        await tally.record("list", answer.status, allowed: [200])
        return (try? JSONDecoder().decode(VersionList.self, from: answer.body))?.versions.last?.receipt.version ?? 0
    }

    static func read(_ key: TestKey, _ connection: TestClient, _ tally: Tally) async throws {
        let latest = try await latest(key, connection, tally)
        guard latest > 0 else { return }
        let number = Int.random(in: 1...latest)
        let info = try await key.get(APIPath.version(round: "2017", filer: key.filer, version: number), with: connection)
        await tally.record("version", info.status, allowed: [200])
        let report = try await key.get(APIPath.report(round: "2017", filer: key.filer, version: number), with: connection)
        await tally.record("report", report.status, allowed: [200])
        if let version = try? JSONDecoder().decode(VersionInfo.self, from: info.body),
            Hex.encode(Crypto.sha256(report.body)) != version.receipt.sha256
        {
            await tally.record("report bytes", 0, allowed: [], detail: "\(key.filer) v\(number) bytes differ from its hash")
        }
    }

    static func review(_ key: TestKey, token: String, round: Int, _ connection: TestClient, _ tally: Tally) async throws {
        let bearer: HTTPFields = [.authorization: "Bearer \(token)"]
        switch round % 4 {
        case 0:
            let roster = try await connection.execute(
                TestClient.Request("/v1/rounds/2017/filers?perPage=100", method: .get, headers: bearer))
            await tally.record("roster", Int(roster.head.status.code), allowed: [200])
        case 1:
            let summary = try await connection.execute(
                TestClient.Request("/v1/rounds/2017/summary", method: .get, headers: bearer))
            await tally.record("summary", Int(summary.head.status.code), allowed: [200])
        default:
            var latest = try await latest(key, connection, tally)
            guard latest > 0 else { return }
            let decision =
                round % 4 == 2
                ? ReviewRequest(decision: .accept) : ReviewRequest(decision: .return, comment: "请补充", dueOn: "2018-01-31")
            var headers = bearer
            headers[.contentType] = "application/json"
            // 409: a newer version arrived between the read and the decision; the reviewer then
            // decides on the version the refusal names (as the page would show it), up to 10 times:
            // 32 clerks amend without pause, so on a loaded machine three tries can all be stale.
            for _ in 0..<10 {
                let response = try await connection.execute(
                    TestClient.Request(
                        APIPath.version(round: "2017", filer: key.filer, version: latest) + "/review", method: .post,
                        headers: headers, body: ByteBuffer(bytes: try ReportCoding.encode(decision, pretty: false))))
                let data = Data((response.body ?? ByteBuffer()).readableBytesView)
                let status = Int(response.head.status.code)
                await tally.record("review", status, allowed: [201, 409], detail: String(decoding: data, as: UTF8.self))
                guard status == 409, let current = (try? JSONDecoder().decode(APIErrorBody.self, from: data))?.currentVersion
                else { return }
                latest = current
            }
        }
    }
}
