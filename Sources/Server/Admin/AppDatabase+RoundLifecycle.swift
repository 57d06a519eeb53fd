import Foundation
import GRDB
import Shared

/// What an administrator does to a round after creating it: extend its deadline, reopen it,
/// archive it, put filers on its roster or take them off. Every change is audited.
extension AppDatabase {
    /// Moves the round's deadline to a later day, for everyone; `reason` is kept in the audit log.
    package func extendDeadline(round id: String, to deadline: Day, reason: String, actor: String, at: Date) async throws {
        let now = ChinaTime.format(at)
        try await pool.write { db in
            let round = try Self.existingRound(db, id)
            guard deadline > round.deadline else { throw StoreError.deadlineNotLater(id, current: round.deadline) }
            try db.execute(sql: "UPDATE rounds SET deadline = ? WHERE id = ?", arguments: [deadline.description, id])
            try db.appendAudit(
                time: now, actor: actor, action: "round.extend", subject: id,
                details: ["from": round.deadline.description, "to": deadline.description, "reason": reason])
        }
    }

    /// Grants one filer of the round a later deadline than everyone's, as an approved exception:
    /// later than the round's deadline and than any day it was granted before; audited with the
    /// reason. Its first version received by that day counts as 延期后按时, apart from on time.
    package func extendDeadline(
        round id: String, filer code: String, to deadline: Day, reason: String, actor: String, at: Date
    ) async throws {
        let now = ChinaTime.format(at)
        try await pool.write { db in
            _ = try Self.existingRound(db, id)
            let onRoster = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM roster WHERE round_id = ? AND filer_code = ?)", arguments: [id, code])
            guard onRoster == true else { throw StoreError.notOnRoster(id, code) }
            let current = try Self.filerDeadline(db, round: id, filer: code)
            guard let current, deadline > current.effective else {
                throw StoreError.extensionNotLater(id, code, current: current?.effective ?? deadline)
            }
            try db.execute(
                sql: """
                    INSERT INTO deadline_extensions (round_id, filer_code, deadline, reason, granted_at, granted_by)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (round_id, filer_code) DO UPDATE SET
                        deadline = excluded.deadline, reason = excluded.reason,
                        granted_at = excluded.granted_at, granted_by = excluded.granted_by
                    """,
                arguments: [id, code, deadline.description, reason, now, actor])
            try db.appendAudit(
                time: now, actor: actor, action: "round.extend.filer", subject: "\(id)/\(code)",
                details: ["from": current.effective.description, "to": deadline.description, "reason": reason])
        }
    }

    /// Opens a closed round to uploads again (not an archived one: unarchiving is not offered).
    package func reopenRound(id: String, reason: String, actor: String, at: Date) async throws {
        let now = ChinaTime.format(at)
        try await pool.write { db in
            let round = try Self.existingRound(db, id)
            guard round.archivedAt == nil else { throw StoreError.roundArchived(id) }
            guard round.isClosed else { throw StoreError.roundNotClosed(id) }
            try db.execute(sql: "UPDATE rounds SET closed_at = NULL WHERE id = ?", arguments: [id])
            try db.appendAudit(time: now, actor: actor, action: "round.reopen", subject: id, details: ["reason": reason])
        }
    }

    /// Closes the round if open and marks it archived: kept, never offered by default.
    package func archiveRound(id: String, actor: String, at: Date) async throws {
        let now = ChinaTime.format(at)
        try await pool.write { db in
            let round = try Self.existingRound(db, id)
            guard round.archivedAt == nil else { throw StoreError.roundArchived(id) }
            try db.execute(
                sql: "UPDATE rounds SET archived_at = ?, closed_at = COALESCE(closed_at, ?) WHERE id = ?",
                arguments: [now, now, id])
            try db.appendAudit(time: now, actor: actor, action: "round.archive", subject: id)
        }
    }

    /// Puts known filers on the round's roster; a code already there or unknown refuses them all.
    package func addToRoster(round id: String, codes: [String], actor: String, at: Date) async throws {
        let now = ChinaTime.format(at)
        try await pool.write { db in
            _ = try Self.existingRound(db, id)
            let known = try Set(String.fetchAll(db, sql: "SELECT code FROM filers"))
            let unknown = codes.filter { !known.contains($0) }
            guard unknown.isEmpty else { throw StoreError.unknownFilers(unknown) }
            let onRoster = try Set(String.fetchAll(db, sql: "SELECT filer_code FROM roster WHERE round_id = ?", arguments: [id]))
            let already = codes.filter(onRoster.contains)
            guard already.isEmpty else { throw StoreError.alreadyOnRoster(id, already) }
            for code in Array(Set(codes)).sorted() {
                try db.execute(sql: "INSERT INTO roster (round_id, filer_code) VALUES (?, ?)", arguments: [id, code])
                try db.appendAudit(time: now, actor: actor, action: "round.roster.add", subject: id, details: ["filer": code])
            }
        }
    }

    /// Takes a filer off the round's roster, unless it has filed there: its versions are kept, so
    /// it stays on the roster they belong to.
    package func removeFromRoster(round id: String, code: String, actor: String, at: Date) async throws {
        let now = ChinaTime.format(at)
        try await pool.write { db in
            _ = try Self.existingRound(db, id)
            let filed =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM versions WHERE round_id = ? AND filer_code = ?", arguments: [id, code]) ?? 0
            guard filed == 0 else { throw StoreError.filerHasFiled(id, code, versions: filed) }
            try db.execute(sql: "DELETE FROM roster WHERE round_id = ? AND filer_code = ?", arguments: [id, code])
            guard db.changesCount == 1 else { throw StoreError.notOnRoster(id, code) }
            try db.appendAudit(time: now, actor: actor, action: "round.roster.remove", subject: id, details: ["filer": code])
        }
    }

    private static func existingRound(_ db: Database, _ id: String) throws -> RoundRecord {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM rounds WHERE id = ?", arguments: [id]) else {
            throw StoreError.unknownRound(id)
        }
        return roundRecord(row)
    }
}
