import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// The summary's counts, stored once per version at upload (schema `version_share_counts`).
@Suite("Stored share counts")
struct ShareCountsStorageTests {
    @Test("every uploaded version stores the counts of its own bytes, and the summary is their sum")
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
        let stored = try await server.store.pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT v.filer_code, v.bytes, c.counts FROM versions v
                    LEFT JOIN version_share_counts c ON c.version_id = v.id ORDER BY v.filer_code
                    """
            ).map { (filer: $0["filer_code"] as String, bytes: $0["bytes"] as Data, counts: $0["counts"] as String?) }
        }
        #expect(stored.count == keys.count && stored.count == 32)
        var total = ShareCounts()
        for row in stored {
            let counts = try JSONDecoder().decode(ShareCounts.self, from: Data(try #require(row.counts).utf8))
            #expect(counts == ShareCounts(report: try ReportDecoder.decode(row.bytes)), "filer \(row.filer)")
            total.merge(counts)
        }
        #expect(total.platforms == 201 && total.serviceItems == 865)
        #expect(national.shares == total.shares)
    }

    @Test("a version stored without counts is counted from its bytes")
    func missingCountsFallBackToBytes() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        var report = TestReports.valid(filer: "110000")
        report.platforms[0].checks.unifiedEntry?.evidence.integratedWithPortal = false
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
        #expect(try await server.store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM version_share_counts") } == 0)
        let summary = try await server.live { client in
            _ = try await client.review("110000", version: 1, token: token, .accept)
            return try await client.asReviewer(.get, "/v1/rounds/2017/summary", token: token).decode(NationalSummary.self)
        }
        let expected = NationalSummary.compute(
            round: "2017", inputs: [SummaryInput(filer: "110000", name: summary.perFiler.first?.name ?? "", version: 1, report: report)])
        #expect(summary == expected)
        #expect(summary.shares[0].afterRectification.numerator == 1)
    }

    @Test("a database made before the counts table gets it, with the counts of every version's bytes, when opened")
    func countsMigration() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let keys = try await server.live { client in try await server.uploadSample(client) }
        let before = try await server.store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT version_id, counts FROM version_share_counts ORDER BY version_id").map { "\($0)" }
        }
        try await server.store.pool.write { db in
            try db.execute(sql: "DROP TABLE version_share_counts; DELETE FROM grdb_migrations WHERE identifier = 'version-share-counts'")
        }
        let reopened = try AppDatabase(path: server.databasePath)
        let after = try await reopened.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT version_id, counts FROM version_share_counts ORDER BY version_id").map { "\($0)" }
        }
        #expect(before.count == keys.count && after == before)
        await #expect(throws: DatabaseError.self) {
            try await reopened.pool.write { try $0.execute(sql: "DELETE FROM version_share_counts") }
        }
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
        let before = try await server.store.pool.read { try String.fetchOne($0, sql: "SELECT counts FROM version_share_counts") }
        #expect(before != nil)
        for sql in ["UPDATE version_share_counts SET counts = '{}'", "DELETE FROM version_share_counts"] {
            await #expect(throws: DatabaseError.self) { try await server.store.pool.write { try $0.execute(sql: sql) } }
        }
        #expect(try await server.store.pool.read { try String.fetchOne($0, sql: "SELECT counts FROM version_share_counts") } == before)
    }

    @Test("stored counts read back by the fast scanner equal JSONDecoder's, whatever the spacing and key order")
    func scannerAgreesWithDecoder() throws {
        let report = SampleRound.reports(filers: SampleFiles.filers, preparedOn: SampleFiles.defaultPreparedOn)[3]
        let counts = ShareCounts(report: report)
        let compact = String(decoding: try ReportCoding.encode(counts, pretty: false), as: UTF8.self)
        let pretty = String(decoding: try JSONEncoder().encode(counts), as: UTF8.self)
        #expect(try ShareCounts.decodeStored(compact) == counts)
        #expect(try ShareCounts.decodeStored(pretty) == counts)
        #expect(try ShareCounts.decodeStored(String(decoding: try ReportCoding.encode(counts), as: UTF8.self)) == counts)
        // What the scanner does not take, the decoder judges: an extra key is ignored, a bad shape refused.
        let extra = compact.replacingOccurrences(of: "{", with: #"{"note":"x","#)
        #expect(try ShareCounts.decodeStored(extra) == counts)
        for bad in [compact.replacingOccurrences(of: #""platforms":"#, with: #""platforms":-"#), "{}", "", "[1]",
            compact.replacingOccurrences(of: "]", with: ",1]")] {
            #expect(throws: DecodingError.self) { try ShareCounts.decodeStored(bad) }
        }
    }

    @Test("counts of the wrong shape are refused when read back, not trapped on")
    func malformedCountsRefused() throws {
        var good = try JSONSerialization.jsonObject(with: JSONEncoder().encode(ShareCounts())) as? [String: Any] ?? [:]
        #expect(throws: Never.self) { try JSONDecoder().decode(ShareCounts.self, from: JSONSerialization.data(withJSONObject: good)) }
        good["after"] = [1, 2, 3]
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ShareCounts.self, from: JSONSerialization.data(withJSONObject: good)) }
        good["after"] = [Int](repeating: -1, count: 11)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ShareCounts.self, from: JSONSerialization.data(withJSONObject: good)) }
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
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: try ReportCoding.encode(summary, pretty: false), as: UTF8.self))
        #expect(try JSONDecoder().decode(NationalSummary.self, from: written) == summary)
    }
}
