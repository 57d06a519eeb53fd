import Foundation
import GRDB
import Shared

/// What putting a file on a finding did.
enum FindingAttachmentOutcome: Sendable, Equatable {
    case created(FindingAttachment)
    /// The same bytes were already on this finding.
    case existing(FindingAttachment)
    /// No such finding (draw, item or indicator not recorded) in the round.
    case unknownFinding
}

extension AppDatabase {
    /// Puts `new` on its finding: the file first, into the store the filers' attachments use
    /// (durable before the row names it), then the row and its audit event in one transaction.
    func storeFindingAttachment(_ new: NewFindingAttachment, reviewer: ReviewerRecord, at date: Date) async throws
        -> FindingAttachmentOutcome
    {
        guard let findingID = try await pool.read({ db in try Self.findingID(db, new) }) else { return .unknownFinding }
        if let existing = try await pool.read({ db in try Self.findingAttachment(db, finding: findingID, sha256: new.sha256) }) {
            return .existing(existing)
        }
        try attachmentFiles.write(new.data, sha256: new.sha256)
        let now = ChinaTime.format(date)
        return try await pool.write { db in
            if let existing = try Self.findingAttachment(db, finding: findingID, sha256: new.sha256) {
                return .existing(existing)
            }
            try db.execute(
                sql: """
                    INSERT INTO finding_attachments (finding_id, sha256, name, media_type, bytes, reviewer_id, stored_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [findingID, new.sha256, new.name, new.type.mediaType, new.data.count, reviewer.id, now])
            try db.appendAudit(
                time: now, actor: "reviewer:\(reviewer.name)", action: "finding.attachment.store",
                subject:
                    "\(new.place.round)/spot-checks/\(new.place.spotCheck)/items/\(new.place.item)/\(new.place.indicator.rawValue)/\(new.sha256)",
                details: try AuditContent.binding(
                    db, table: "finding_attachments", id: db.lastInsertedRowID,
                    into: ["sha256": new.sha256, "bytes": String(new.data.count), "mediaType": new.type.mediaType]))
            guard let stored = try Self.findingAttachment(db, finding: findingID, sha256: new.sha256) else {
                throw DatabaseError(message: "inserted finding attachment not found")
            }
            return .created(stored)
        }
    }

    /// The file `sha256` on the finding at `place`.
    func findingAttachment(at place: FindingPlace, sha256: String) async throws -> FindingAttachment? {
        try await pool.read { db in
            try Row.fetchOne(
                db,
                sql: Self.findingAttachmentSelect + """
                     JOIN spot_check_findings f ON f.id = a.finding_id JOIN spot_check_items i ON i.id = f.item_id
                     JOIN spot_checks s ON s.id = i.spot_check_id
                    WHERE s.round_id = ? AND s.id = ? AND i.id = ? AND f.indicator = ? AND a.sha256 = ?
                    """,
                arguments: [place.round, place.spotCheck, place.item, place.indicator.rawValue, sha256]
            ).map(Self.findingAttachment)
        }
    }

    /// Every file on the findings of `round`, by finding id, in the order stored.
    static func findingAttachments(_ db: Database, round: String) throws -> [Int64: [FindingAttachment]] {
        var byFinding: [Int64: [FindingAttachment]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: findingAttachmentSelect + """
                 JOIN spot_check_findings f ON f.id = a.finding_id JOIN spot_check_items i ON i.id = f.item_id
                 JOIN spot_checks s ON s.id = i.spot_check_id WHERE s.round_id = ? ORDER BY a.id
                """, arguments: [round])
        {
            byFinding[row["finding_id"], default: []].append(findingAttachment(row))
        }
        return byFinding
    }

    private static let findingAttachmentSelect = """
        SELECT a.finding_id, a.sha256, a.name, a.media_type, a.bytes, a.stored_at, r.name AS reviewer
        FROM finding_attachments a JOIN reviewers r ON r.id = a.reviewer_id
        """

    private static func findingID(_ db: Database, _ new: NewFindingAttachment) throws -> Int64? {
        try Int64.fetchOne(
            db,
            sql: """
                SELECT f.id FROM spot_check_findings f JOIN spot_check_items i ON i.id = f.item_id
                JOIN spot_checks s ON s.id = i.spot_check_id
                WHERE s.round_id = ? AND s.id = ? AND i.id = ? AND f.indicator = ?
                """,
            arguments: [new.place.round, new.place.spotCheck, new.place.item, new.place.indicator.rawValue])
    }

    private static func findingAttachment(_ db: Database, finding: Int64, sha256: String) throws -> FindingAttachment? {
        try Row.fetchOne(
            db, sql: findingAttachmentSelect + " WHERE a.finding_id = ? AND a.sha256 = ?", arguments: [finding, sha256]
        )
        .map(findingAttachment)
    }

    private static func findingAttachment(_ row: Row) -> FindingAttachment {
        FindingAttachment(
            sha256: row["sha256"], name: row["name"], mediaType: row["media_type"], bytes: row["bytes"],
            storedBy: row["reviewer"], storedAt: row["stored_at"])
    }
}
