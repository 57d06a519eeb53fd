import Foundation
import GRDB
import Shared

/// One attachment a filer stored for a round (the wire type of its receipt).
package typealias AttachmentRecord = AttachmentReceipt

/// An attachment to store: the verified body and the signed request that carried it.
package struct NewAttachment: Sendable {
    package var round: String
    package var filer: String
    package var sha256: String
    package var type: AttachmentType
    package var data: Data
    package var keyID: String
    package var signature: String
    package var signedAt: String
}

/// What storing an attachment did.
package enum AttachmentOutcome: Sendable, Equatable {
    case created(AttachmentRecord)
    /// This filer had already stored these bytes in this round.
    case existing(AttachmentRecord)
    /// Storing it would take the filer's total in the round past `limit`; `used` is stored already.
    case overQuota(used: Int, limit: Int)
}

extension AppDatabase {
    /// The files beside this database.
    package var attachmentFiles: AttachmentStore { AttachmentStore(databasePath: pool.path) }

    /// Stores `new`: the file first (durable before the row names it), then, in one transaction,
    /// the quota check, the row and its audit event. The same bytes again are `existing`.
    package func storeAttachment(_ new: NewAttachment, maxTotalBytes: Int, at date: Date) async throws -> AttachmentOutcome {
        if let existing = try await attachment(round: new.round, filer: new.filer, sha256: new.sha256) {
            return .existing(existing)
        }
        let used = try await attachmentBytes(round: new.round, filer: new.filer)
        if used + new.data.count > maxTotalBytes { return .overQuota(used: used, limit: maxTotalBytes) }
        try attachmentFiles.write(new.data, sha256: new.sha256)
        let now = ChinaTime.format(date)
        do {
            return try await pool.write { db in
                if let existing = try Self.attachment(db, round: new.round, filer: new.filer, sha256: new.sha256) {
                    return .existing(existing)
                }
                // Checked again inside the write transaction: concurrent uploads cannot pass the quota together.
                let used = try Self.attachmentBytes(db, round: new.round, filer: new.filer)
                if used + new.data.count > maxTotalBytes { return .overQuota(used: used, limit: maxTotalBytes) }
                try db.execute(
                    sql: """
                        INSERT INTO attachments (round_id, filer_code, sha256, media_type, bytes, key_id, signature, signed_at,
                            stored_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        new.round, new.filer, new.sha256, new.type.mediaType, new.data.count, new.keyID, new.signature,
                        new.signedAt, now,
                    ])
                let id = db.lastInsertedRowID
                try db.appendAudit(
                    time: now, actor: "filer:\(new.filer)", action: "attachment.store",
                    subject: "\(new.round)/\(new.filer)/\(new.sha256)",
                    details: try AuditContent.binding(
                        db, table: "attachments", id: id,
                        into: ["sha256": new.sha256, "bytes": String(new.data.count), "mediaType": new.type.mediaType]))
                guard let stored = try Self.attachment(db, round: new.round, filer: new.filer, sha256: new.sha256) else {
                    throw DatabaseError(message: "inserted attachment not found")
                }
                return .created(stored)
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            // The same upload, stored by a concurrent request in between.
            guard let existing = try await attachment(round: new.round, filer: new.filer, sha256: new.sha256) else { throw error }
            return .existing(existing)
        }
    }

    /// The attachment `sha256` as stored by `filer` in `round`, if it did.
    package func attachment(round: String, filer: String, sha256: String) async throws -> AttachmentRecord? {
        try await pool.read { db in try Self.attachment(db, round: round, filer: filer, sha256: sha256) }
    }

    /// Bytes stored by `filer` in `round`, each file counted once.
    package func attachmentBytes(round: String, filer: String) async throws -> Int {
        try await pool.read { db in try Self.attachmentBytes(db, round: round, filer: filer) }
    }

    /// Of `digests`, those `filer` has not stored in `round`, in the order given.
    package func missingAttachments(round: String, filer: String, digests: [String]) async throws -> [String] {
        guard !digests.isEmpty else { return [] }
        let stored = try await pool.read { db in
            try String.fetchSet(
                db,
                sql: """
                    SELECT sha256 FROM attachments WHERE round_id = ? AND filer_code = ?
                    AND sha256 IN (SELECT value FROM json_each(?))
                    """,
                arguments: [round, filer, String(decoding: try JSONEncoder().encode(digests), as: UTF8.self)])
        }
        return digests.filter { !stored.contains($0) }
    }

    static func attachment(_ db: Database, round: String, filer: String, sha256: String) throws -> AttachmentRecord? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT round_id, filer_code, sha256, media_type, bytes, stored_at FROM attachments
                WHERE round_id = ? AND filer_code = ? AND sha256 = ?
                """,
            arguments: [round, filer, sha256]
        ).map(Self.attachmentRecord)
    }

    /// Every attachment `filer` stored in `round`, oldest first.
    package func attachments(round: String, filer: String) async throws -> [AttachmentRecord] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT round_id, filer_code, sha256, media_type, bytes, stored_at FROM attachments
                    WHERE round_id = ? AND filer_code = ? ORDER BY id
                    """,
                arguments: [round, filer]
            ).map(Self.attachmentRecord)
        }
    }

    static func attachmentRecord(_ row: Row) -> AttachmentRecord {
        AttachmentRecord(
            round: row["round_id"], filer: row["filer_code"], sha256: row["sha256"], mediaType: row["media_type"],
            bytes: row["bytes"], storedAt: row["stored_at"])
    }

    static func attachmentBytes(_ db: Database, round: String, filer: String) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COALESCE(SUM(bytes), 0) FROM attachments WHERE round_id = ? AND filer_code = ?",
            arguments: [round, filer]) ?? 0
    }
}
