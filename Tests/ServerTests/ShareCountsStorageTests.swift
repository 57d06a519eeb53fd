import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// The summary's counts, stored once per version at upload by share id (`version_tallies`,
/// `version_share_tallies`).
@Suite("Stored share counts")
struct ShareCountsStorageTests {
    /// Every version's stored counts, read back by share id; nil where a version has none.
    static func storedCounts(_ db: Database) throws -> [(filer: String, bytes: Data, counts: ShareCounts?)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT v.id, v.filer_code, v.bytes, t.platforms, t.service_items FROM versions v
                LEFT JOIN version_tallies t ON t.version_id = v.id ORDER BY v.filer_code, v.version
                """
        ).map { row in
            let tallies = try Row.fetchAll(
                db, sql: "SELECT * FROM version_share_tallies WHERE version_id = ?", arguments: [row["id"] as Int64]
            ).map {
                StoredShareTally(
                    shareID: $0["share_id"], firstFound: $0["first_found"], afterRectification: $0["after_rectification"],
                    denominator: $0["denominator"])
            }
            let counts = (row["platforms"] as Int?).flatMap { platforms in
                ShareCounts(platforms: platforms, serviceItems: row["service_items"], stored: tallies)
            }
            return (filer: row["filer_code"], bytes: row["bytes"], counts: counts)
        }
    }

    @Test("every uploaded version stores the counts of its own bytes, one row per share id, and the summary is their sum")
    func storedCountsMatchBytes() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let (keys, national) = try await server.live { client in
            let keys = try await server.uploadSample(client)
            for filer in keys.keys.sorted() { _ = try await client.review(filer, version: 1, token: token, .accept) }
            let summary = try await client.asReviewer(.get, "/v1/rounds/2017/summary", token: token).decode(NationalSummary.self)
            return (keys, summary)
        }
        let stored = try await server.store.pool.read { db in try Self.storedCounts(db).map { ($0.filer, $0.bytes, $0.counts) } }
        #expect(stored.count == keys.count && stored.count == 32)
        var total = ShareCounts()
        for (filer, bytes, counts) in stored {
            let counts = try #require(counts, "filer \(filer)")
            #expect(counts == ShareCounts(report: try ReportDecoder.decode(bytes)), "filer \(filer)")
            total.merge(counts)
        }
        #expect(total.platforms == 201 && total.serviceItems == 865)
        #expect(national.shares == total.shares)
        let ids = try await server.store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT share_id FROM version_share_tallies ORDER BY share_id")
        }
        #expect(ids == ShareID.allCases.map(\.rawValue).sorted())
    }

    @Test("a version stored without counts is counted from its bytes")
    func missingCountsFallBackToBytes() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        var report = TestReports.valid(filer: "110000")
        report.platforms[0].checks.unifiedEntry?.evidence.integratedWithPortal = false
        try await Self.appendWithoutCounts(report, server: server)
        #expect(try await server.store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM version_tallies") } == 0)
        let summary = try await server.live { client in
            _ = try await client.review("110000", version: 1, token: token, .accept)
            return try await client.asReviewer(.get, "/v1/rounds/2017/summary", token: token).decode(NationalSummary.self)
        }
        let expected = NationalSummary.compute(
            round: "2017",
            inputs: [SummaryInput(filer: "110000", name: summary.perFiler.first?.name ?? "", version: 1, report: report)])
        #expect(summary == expected)
        #expect(summary.shares[0].afterRectification.numerator == 1)
    }

    @Test(
        "rows are read by share id: any order, unknown shares ignored, a share without a row (added later) counted from the bytes"
    )
    func rowsReadByName() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let report = TestReports.valid(filer: "110000")
        _ = try await server.addReviewer()
        try await Self.appendWithoutCounts(report, server: server)
        let expected = ShareCounts(report: report)
        let rows = expected.storedTallies
        // Stored in reverse order, with a share this build does not know in the middle.
        var odd = Array(rows.reversed())
        odd.insert(StoredShareTally(shareID: "someLaterShare", firstFound: 99, afterRectification: 99, denominator: 99), at: 5)
        #expect(ShareCounts(platforms: expected.platforms, serviceItems: expected.serviceItems, stored: odd) == expected)
        // A share missing (as for a version stored before that share was added): no guessing by position.
        let missing = rows.enumerated().filter { $0.offset != 5 }.map(\.element)
        #expect(ShareCounts(platforms: expected.platforms, serviceItems: expected.serviceItems, stored: missing) == nil)
        #expect(ShareCounts(platforms: -1, serviceItems: 0, stored: rows) == nil)
        // The same through the database: a version whose rows lack one share is counted from its bytes.
        try await server.store.pool.write { db in
            try db.execute(
                sql: "INSERT INTO version_tallies VALUES (1, ?, ?)", arguments: [expected.platforms, expected.serviceItems])
            for row in missing.reversed() {
                try db.execute(
                    sql: "INSERT INTO version_share_tallies VALUES (1, ?, 0, 0, 0)", arguments: [row.shareID])
            }
            try db.execute(
                sql:
                    "INSERT INTO review_decisions (version_id, decision, reviewer_id, decided_at) VALUES (1, 'accept', ?, '2017-12-21T09:00:00+08:00')",
                arguments: [try Int64.fetchOne(db, sql: "SELECT id FROM reviewers LIMIT 1") ?? 0])
        }
        let counts = try await server.store.acceptedShareCounts(round: "2017")
        #expect(counts.first?.counts == expected)
    }

    /// Appends version 1 of `report` for 110000 directly in the store, without counts.
    static func appendWithoutCounts(_ report: SelfInspectionReport, server: TestServer) async throws {
        let body = TestReports.bytes(report)
        let key = try await server.issueKey("110000")
        let fields = SigningScheme.Fields(
            method: "POST", path: APIPath.versions(round: "2017", filer: "110000"), filer: "110000", round: "2017",
            keyID: key.id, signedAt: "2017-12-20T02:00:00Z", baseVersion: 0, contentSHA256: Hex.encode(Crypto.sha256(body)))
        _ = try await server.store.appendVersion(
            NewVersion(
                round: "2017", filer: "110000", bytes: body, sha256: fields.contentSHA256,
                signature: SigningScheme.signature(for: fields, secret: key.secret), keyID: key.id, signedAt: fields.signedAt,
                baseVersion: 0, validation: ValidationResult(issues: [])),
            receivedAt: server.clock.now())
    }

    @Test("stored counts are immutable, like their version")
    func countsImmutable() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        try await server.live { client in
            let answer = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key)
            #expect(answer.status == .created)
        }
        let query =
            "SELECT group_concat(share_id || first_found || after_rectification || denominator) FROM version_share_tallies"
        let before = try await server.store.pool.read { try String.fetchOne($0, sql: query) }
        #expect(before != nil)
        for sql in [
            "UPDATE version_share_tallies SET first_found = 0", "DELETE FROM version_share_tallies",
            "UPDATE version_tallies SET platforms = 0", "DELETE FROM version_tallies",
        ] {
            await #expect(throws: DatabaseError.self) { try await server.store.pool.write { try $0.execute(sql: sql) } }
        }
        #expect(try await server.store.pool.read { try String.fetchOne($0, sql: query) } == before)
    }
}

/// `GET …/summary` writes its JSON by hand; it must say exactly what the encoder would.
@Suite("Summary JSON")
struct SummaryJSONTests {
    @Test("the hand-written summary JSON equals JSONEncoder's compact output byte for byte, escapes included")
    func sameBytesAsEncoder() throws {
        var inputs = SampleRound.reports(filers: SampleFiles.filers, preparedOn: SampleFiles.defaultPreparedOn).map { report in
            SummaryInput(filer: report.filer.code, name: report.filer.name, version: 1, report: report)
        }
        // Names that need escaping, and a filer with nothing counted (percent absent).
        inputs[0].name = "引号\"反斜杠\\换行\n制表\t响铃\u{07}删除\u{7F}/斜杠"
        inputs[1].report.platforms = []
        let summary = NationalSummary.compute(round: "2017", inputs: inputs)
        #expect(summary.perFiler[1].shares[0].firstFound.percent == nil)
        #expect(summary.shares.contains { $0.afterRectification.percent.map { $0 != $0.rounded() } ?? false })
        let written = Data(summary.compactJSON().readableBytesView)
        #expect(
            String(decoding: written, as: UTF8.self)
                == String(decoding: try ReportCoding.encode(summary, pretty: false), as: UTF8.self))
        #expect(try JSONDecoder().decode(NationalSummary.self, from: written) == summary)
    }
}
