import Foundation
import GRDB
import Server
import Shared
import Testing

/// docs/SYSTEM.md "Audit chain": every state change is chained; edits and deletions are found.
@Suite("Audit chain")
struct AuditTests {
    /// A database with rounds, filers, keys, a reviewer and versions, all audited.
    private func populated() async throws -> TestServer {
        let server = try TestServer()
        let key = try await server.issueKey("110000")
        try await server.store.addFiler(
            code: "990000", name: "测试", nameEn: nil, kind: .region, actor: "admin:test", at: server.clock.now())
        try await server.store.createRound(
            id: "2018", title: "t", deadline: Day("2018-12-31")!, roster: ["990000"], actor: "admin:test", at: server.clock.now())
        try await server.store.closeRound(id: "2018", actor: "admin:test", at: server.clock.now())
        _ = try await server.store.addReviewer(
            name: "甲", tokenSHA256: String(repeating: "a", count: 64), actor: "admin:test", at: server.clock.now())
        try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key)
        }
        try await server.store.revokeKey(id: key.id, actor: "admin:test", at: server.clock.now())
        return server
    }

    /// The audit log as (action, actor, subject, details, hash).
    private func events(_ server: TestServer) async throws -> [[String]] {
        try await server.store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT action, actor, subject, details, hash FROM audit_events ORDER BY seq").map { row in
                (0..<5).map { row[$0] as String }
            }
        }
    }

    @Test("every kind of state change appends an event, and the chain verifies")
    func intact() async throws {
        let server = try await populated()
        defer { server.remove() }
        let rows = try await events(server)
        let actions = rows.map { $0[0] }
        // 73 built-in filers and round 2017 from the seed, then the changes above.
        #expect(actions.filter { $0 == "filer.add" }.count == 74)
        for action in ["round.create", "round.close", "key.issue", "key.revoke", "reviewer.add", "version.create"] {
            #expect(actions.contains(action), "\(action)")
        }
        let version = try #require(rows.first { $0[0] == "version.create" })
        #expect(version[1] == "filer:110000" && version[2] == "2017/110000/1")
        let verification = try await server.store.verifyAudit()
        #expect(verification.broken == nil)
        #expect(verification.events == rows.count)
        #expect(verification.head == rows.last?[4])
        // No key secret ever reaches the log.
        let secrets = try await server.store.pool.read { db in try Data.fetchAll(db, sql: "SELECT secret FROM keys") }
        for row in rows {
            for secret in secrets { #expect(!row[3].contains(Hex.encode(secret))) }
        }
    }

    @Test("rows cannot be edited or deleted while the triggers stand")
    func triggers() async throws {
        let server = try await populated()
        defer { server.remove() }
        await #expect(throws: DatabaseError.self) {
            try await server.store.pool.write { db in try db.execute(sql: "UPDATE audit_events SET actor = 'x' WHERE seq = 3") }
        }
        await #expect(throws: DatabaseError.self) {
            try await server.store.pool.write { db in try db.execute(sql: "DELETE FROM versions") }
        }
    }

    @Test("an edited row is named as the first broken event")
    func editedRow() async throws {
        let server = try await populated()
        defer { server.remove() }
        try await server.store.pool.write { db in
            try db.execute(sql: "DROP TRIGGER audit_events_no_update")
            try db.execute(sql: "UPDATE audit_events SET subject = '120000' WHERE seq = 5")
        }
        let broken = try #require(try await server.store.verifyAudit().broken)
        #expect(broken.seq == 5)
        #expect(broken.reason.contains("edited"))
    }

    @Test("a deleted row is found as a gap; a rewritten chain after it as a prev-hash mismatch")
    func deletedRow() async throws {
        let server = try await populated()
        defer { server.remove() }
        try await server.store.pool.write { db in
            try db.execute(sql: "DROP TRIGGER audit_events_no_delete")
            try db.execute(sql: "DROP TRIGGER audit_events_no_update")
            try db.execute(sql: "DELETE FROM audit_events WHERE seq = 10")
        }
        let gap = try #require(try await server.store.verifyAudit().broken)
        #expect(gap.seq == 11)
        #expect(gap.reason.contains("gap"))
        // Renumbering to hide the gap still breaks the chain at the first renumbered row.
        try await server.store.pool.write { db in
            try db.execute(sql: "UPDATE audit_events SET seq = seq - 1 WHERE seq > 10")
        }
        let renumbered = try #require(try await server.store.verifyAudit().broken)
        #expect(renumbered.seq == 10)
    }

    @Test("the hash binds every field")
    func hashBindsFields() {
        let base = AuditChain.hash(
            prevHash: AuditChain.genesis, seq: 1, time: "t", actor: "a", action: "b", subject: "c", details: "{}")
        #expect(
            base
                != AuditChain.hash(
                    prevHash: AuditChain.genesis, seq: 2, time: "t", actor: "a", action: "b", subject: "c", details: "{}"))
        #expect(
            base
                != AuditChain.hash(
                    prevHash: AuditChain.genesis, seq: 1, time: "t", actor: "ab", action: "", subject: "c", details: "{}"))
        #expect(
            base
                != AuditChain.hash(
                    prevHash: String(repeating: "1", count: 64), seq: 1, time: "t", actor: "a", action: "b", subject: "c",
                    details: "{}"))
    }
}
