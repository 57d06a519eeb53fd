import Foundation
import GRDB
import Shared

/// Filers' contacts: added and removed by the administrator, each change audited and the row it
/// created bound into its event (`AuditContent`).
extension AppDatabase {
    /// Adds `contact` to `filer`; the address must not be an active contact of that filer already.
    package func addContact(filer: String, _ contact: ContactInput, actor: String, at: Date) async throws -> FilerContact {
        let now = ChinaTime.format(at)
        return try await pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM filers WHERE code = ?", arguments: [filer]) != nil else {
                throw ContactError.unknownFiler(filer)
            }
            guard
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM filer_contacts WHERE filer_code = ? AND email = ? AND removed_at IS NULL",
                    arguments: [filer, contact.email]) == nil
            else { throw ContactError.emailTaken(filer: filer, email: contact.email) }
            try db.execute(
                sql: """
                    INSERT INTO filer_contacts (filer_code, name, role, email, phone, added_at) VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [filer, contact.name, contact.role, contact.email, contact.phone, now])
            let id = db.lastInsertedRowID
            let details = try AuditContent.binding(db, table: "filer_contacts", id: id, into: ["email": contact.email])
            try db.appendAudit(time: now, actor: actor, action: "filer.contact.add", subject: filer, details: details)
            return FilerContact(
                id: id, filer: filer, name: contact.name, role: contact.role, email: contact.email, phone: contact.phone,
                addedAt: now)
        }
    }

    /// Removes the active contact of `filer` with `email` (the row stays, marked removed).
    package func removeContact(filer: String, email: String, actor: String, at: Date) async throws {
        let now = ChinaTime.format(at)
        try await pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM filers WHERE code = ?", arguments: [filer]) != nil else {
                throw ContactError.unknownFiler(filer)
            }
            guard
                let id = try Int64.fetchOne(
                    db, sql: "SELECT id FROM filer_contacts WHERE filer_code = ? AND email = ? AND removed_at IS NULL",
                    arguments: [filer, email])
            else { throw ContactError.unknownContact(filer: filer, email: email) }
            try db.execute(sql: "UPDATE filer_contacts SET removed_at = ? WHERE id = ?", arguments: [now, id])
            try db.appendAudit(
                time: now, actor: actor, action: "filer.contact.remove", subject: filer,
                details: ["email": email, "row": "filer_contacts/\(id)"])
        }
    }

    /// The active contacts of `filer`, in the order they were added.
    package func contacts(filer: String) async throws -> [FilerContact] {
        try await contacts(filers: [filer])[filer] ?? []
    }

    /// The active contacts of each of `filers` (all filers when nil), by filer code.
    package func contacts(filers: [String]?) async throws -> [String: [FilerContact]] {
        try await pool.read { db in
            var sql = "SELECT * FROM filer_contacts WHERE removed_at IS NULL"
            var arguments = StatementArguments()
            if let filers {
                sql += " AND filer_code IN (\(databaseQuestionMarks(count: max(filers.count, 1))))"
                arguments = StatementArguments(filers.isEmpty ? [""] : filers)
            }
            let rows = try Row.fetchAll(db, sql: sql + " ORDER BY filer_code, id", arguments: arguments)
            return Dictionary(grouping: rows.map(Self.contact), by: \.filer)
        }
    }

    static func contact(_ row: Row) -> FilerContact {
        FilerContact(
            id: row["id"], filer: row["filer_code"], name: row["name"], role: row["role"], email: row["email"],
            phone: row["phone"], addedAt: row["added_at"])
    }
}
