import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Server
import Shared
import Testing

/// docs/SYSTEM.md "Audit chain": each event binds the SHA-256 of the row it created, so editing a
/// stored version, decision, finding or publication is caught by `audit verify` and named.
@Suite("Audit of content")
struct AuditContentTests {
    /// A version, a return with a comment, a finding and a publication, each with its event.
    private func populated() async throws -> (TestServer, ReviewerRecord) {
        let server = try TestServer()
        let key = try await server.issueKey("110000")
        let reviewer = try await server.store.addReviewer(
            name: "甲", tokenSHA256: String(repeating: "a", count: 64), actor: "admin:test", at: server.clock.now())
        let status = try await server.live { client in
            try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key).status
        }
        #expect(status == .created)
        let now = server.clock.now()
        _ = try await server.store.appendReview(
            round: "2017", filer: "110000", number: 1, decision: .return, comment: "请补充整改材料", dueOn: Day("2018-01-15"),
            reviewer: reviewer, at: now)
        let (check, _) = try await server.store.recordSpotCheck(
            round: "2017", seed: 1, strata: [], items: [DrawnPlatform(versionID: 1, platformID: "p1", level: .province)],
            reviewer: reviewer, at: now)
        _ = try await server.store.recordFinding(
            round: "2017", spotCheck: check, item: 1,
            finding: FindingRequest(indicator: .search, outcome: .discrepancy, notes: "搜索无结果", dueOn: "2018-01-20"),
            dueOn: Day("2018-01-20"), reviewer: reviewer, at: now)
        _ = try await server.store.appendPublication(round: "2017", reviewer: reviewer, at: now) { _ in Data("{}".utf8) }
        return (server, reviewer)
    }

    @Test("an untouched database verifies, and every created row is bound to its event")
    func intact() async throws {
        let (server, _) = try await populated()
        defer { server.remove() }
        let result = try await server.store.verifyAudit()
        #expect(result.broken == nil && result.content.isEmpty)
        let bound = try await server.store.pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT json_extract(details, '$.row') FROM audit_events WHERE details LIKE '%contentSHA256%'")
        }
        #expect(Set(bound) == ["versions/1", "review_decisions/1", "spot_check_findings/1", "publications/1"])
    }

    @Test("editing a stored version (bytes and hash), a review comment, a finding's notes or a snapshot is caught and named")
    func editsCaught() async throws {
        for (table, trigger, edit, row) in [
            (
                "versions", "versions_no_update",
                "UPDATE versions SET bytes = CAST('{}' AS BLOB), sha256 = '\(String(repeating: "0", count: 64))'", "versions/1"
            ),
            (
                "review_decisions", "review_decisions_no_update", "UPDATE review_decisions SET comment = '已通过'",
                "review_decisions/1"
            ),
            ("spot_check_findings", nil, "UPDATE spot_check_findings SET notes = '一致'", "spot_check_findings/1"),
            ("publications", "publications_no_update", "UPDATE publications SET snapshot = '{\"x\":1}'", "publications/1"),
        ] as [(String, String?, String, String)] {
            let (server, _) = try await populated()
            defer { server.remove() }
            try await server.store.pool.write { db in
                if let trigger { try db.execute(sql: "DROP TRIGGER \(trigger)") }
                try db.execute(sql: edit)
            }
            let result = try await server.store.verifyAudit()
            // The chain itself is intact: only the content check sees the edit.
            #expect(result.broken == nil, "\(table)")
            #expect(result.content.map(\.row) == [row], "\(table)")
            #expect(result.content.first?.reason.contains("edited") == true, "\(table)")
        }
    }

    @Test("a resolved finding still verifies: resolving is an event of its own")
    func resolvingIsNotAnEdit() async throws {
        let (server, reviewer) = try await populated()
        defer { server.remove() }
        _ = try await server.store.resolveFinding(
            round: "2017", spotCheck: 1, item: 1, indicator: .search, note: "已整改", reviewer: reviewer, at: server.clock.now())
        #expect(try await server.store.verifyAudit().content.isEmpty)
    }

    @Test("the real binary's audit verify exits 2 naming the edited version, and 0 on an untouched database")
    func binaryNamesTheEdit() async throws {
        let (server, _) = try await populated()
        defer { server.remove() }
        let intact = try await ServerBinary.run(["audit", "verify", "--db", server.databasePath])
        #expect(intact.status == 0)
        try await server.store.pool.write { db in
            try db.execute(sql: "DROP TRIGGER versions_no_update")
            try db.execute(sql: "UPDATE versions SET bytes = CAST('{}' AS BLOB)")
        }
        let edited = try await ServerBinary.run(["audit", "verify", "--db", server.databasePath])
        #expect(edited.status == 2)
        #expect(edited.stderr.contains("versions/1") && edited.stderr.contains("2017/110000/1"), "\(edited.stderr)")
    }

    @Test("a version stored before rows were bound is still checked by the bytes' SHA-256 its event recorded")
    func legacyVersionEventsChecked() async throws {
        let workspace = try Workspace(prefix: "zicha-audit")
        defer { workspace.remove() }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/released-v1.sqlite")
        let path = workspace.path("released.sqlite")
        try FileManager.default.copyItem(at: fixture, to: URL(fileURLWithPath: path))
        let database = try AppDatabase(path: path)
        #expect(try await database.verifyAudit().content.isEmpty)
        try await database.pool.write { db in
            try db.execute(sql: "DROP TRIGGER versions_no_update")
            try db.execute(sql: "UPDATE versions SET bytes = CAST('{}' AS BLOB), sha256 = '\(String(repeating: "1", count: 64))'")
        }
        #expect(try await database.verifyAudit().content.map(\.row) == ["versions/1"])
    }
}
