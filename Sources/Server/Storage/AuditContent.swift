import Foundation
import GRDB
import Shared

/// What an audit event created, bound into the chain: the event's details name the row
/// (`row`: `versions/12`) and the SHA-256 of its content (`contentSHA256`), computed here from the
/// row's columns. `audit verify` recomputes them, so a stored version, decision, finding or
/// publication edited after the fact is caught and named, not only an edited event.
///
/// The content of a row is `zicha-content-1`, the table, then each column as
/// `<UTF-8 byte count>:<text>` (bytes as lower-case hex of their SHA-256), one per line, in the
/// order of `columns` below. Columns that legitimately change later (a finding's `resolved_at`)
/// are left out; their change is an event of its own.
package enum AuditContent {
    /// The tables whose rows events bind, and the columns that make up their content.
    static let columns: [String: [String]] = [
        "versions": [
            "round_id", "filer_code", "version", "bytes", "sha256", "signature", "key_id", "signed_at", "base_version",
            "received_at", "validation",
        ],
        "review_decisions": ["version_id", "decision", "comment", "due_on", "reviewer_id", "decided_at"],
        "spot_check_findings": ["item_id", "indicator", "outcome", "notes", "due_on", "reviewer_id", "recorded_at"],
        "publications": ["round_id", "snapshot", "reviewer_id", "published_at"],
        // removed_at changes later; its change is an event of its own.
        "filer_contacts": ["filer_code", "name", "role", "email", "phone", "added_at"],
        // The file's bytes are checked apart, by rehashing it (`AttachmentAudit`).
        "attachments": [
            "round_id", "filer_code", "sha256", "media_type", "bytes", "key_id", "signature", "signed_at", "stored_at",
        ],
        "finding_attachments": ["finding_id", "sha256", "name", "media_type", "bytes", "reviewer_id", "stored_at"],
    ]

    /// The details that bind row `id` of `table` to its event, merged into `details`.
    static func binding(_ db: Database, table: String, id: Int64, into details: [String: String]) throws -> [String: String] {
        var details = details
        details["row"] = "\(table)/\(id)"
        details["contentSHA256"] = try hash(db, table: table, id: id)
        return details
    }

    /// The content hash of row `id` of `table`, or nil when there is no such row.
    static func hash(_ db: Database, table: String, id: Int64) throws -> String? {
        guard let names = columns[table] else { return nil }
        let list = names.joined(separator: ", ")
        // Table and column names come from the constant above, never from input.
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(list) FROM \(table) WHERE id = ?"), arguments: [id])
        else {
            return nil
        }
        var text = "zicha-content-1\n\(table)\n"
        for (index, _) in names.enumerated() {
            let value: String =
                switch row[index] as DatabaseValue {
                case let value where value.isNull: "null"
                case let value:
                    if let blob = Data.fromDatabaseValue(value), case .blob = value.storage {
                        Hex.encode(Crypto.sha256(blob))
                    } else {
                        String.fromDatabaseValue(value) ?? value.description
                    }
                }
            text += "\(value.utf8.count):\(value)\n"
        }
        return Hex.encode(Crypto.sha256(Array(text.utf8)))
    }

    /// A bound row that no longer matches its event.
    package struct Mismatch: Sendable, Equatable {
        /// The event that created the row.
        package var seq: Int64
        package var action: String
        package var subject: String
        /// `versions/12`.
        package var row: String
        package var reason: String
    }

    /// Every event that binds a row, checked against the row as stored now; legacy version events
    /// (before rows were bound) are checked by the SHA-256 of the bytes they recorded.
    static func verify(_ db: Database, events: [AuditEvent]) throws -> [Mismatch] {
        var mismatches: [Mismatch] = []
        for event in events {
            guard let data = event.details.data(using: .utf8),
                let details = try? JSONDecoder().decode([String: String].self, from: data)
            else { continue }
            func mismatch(_ row: String, _ reason: String) {
                mismatches.append(
                    Mismatch(seq: event.seq, action: event.action, subject: event.subject, row: row, reason: reason))
            }
            if let row = details["row"], let recorded = details["contentSHA256"] {
                let parts = row.split(separator: "/")
                guard parts.count == 2, let id = Int64(parts[1]) else { continue }
                switch try hash(db, table: String(parts[0]), id: id) {
                case nil: mismatch(row, "行已删除 / the row is gone")
                case recorded?:
                    if let reason = try commentsMismatch(db, row: row, details: details) { mismatch(row, reason) }
                case _?: mismatch(row, "行内容已被改动 / the row was edited after the event")
                }
            } else if event.action == "version.create", let sha256 = details["sha256"] {
                let path = event.subject.split(separator: "/").map(String.init)
                guard path.count == 3,
                    let row = try Row.fetchOne(
                        db, sql: "SELECT id, bytes FROM versions WHERE round_id = ? AND filer_code = ? AND version = ?",
                        arguments: [path[0], path[1], path[2]])
                else {
                    mismatch("versions/?", "版本已删除 / the version is gone")
                    continue
                }
                if Hex.encode(Crypto.sha256(row["bytes"] as Data)) != sha256 {
                    mismatch("versions/\(row["id"] as Int64)", "报告字节已被改动 / the report bytes were edited")
                }
            }
        }
        return mismatches
    }
}
