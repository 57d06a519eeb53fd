import Foundation
import GRDB
import Shared

/// Versions, their receipts and reviews, and the audit chain.
extension AppDatabase {
    // MARK: - Writes

    /// Stores `version` as the next version (or answers a replay, the same bytes as the latest
    /// version, or a stale base) in one transaction.
    package func appendVersion(_ new: NewVersion, receivedAt: Date) async throws -> AppendOutcome {
        let now = ChinaTime.format(receivedAt)
        let validation = String(decoding: try ReportCoding.encode(new.validation, pretty: false), as: UTF8.self)
        do {
            // One write transaction: the writer is serialized, so the replay check, the latest
            // version and the insert see the same state — no gaps, no duplicates.
            return try await pool.write { db in
                if let receipt = try Self.receipt(db, signature: new.signature) { return .replayed(receipt) }
                // An identical upload stored since the snapshot the controller checked.
                let (latest, latestSHA256) = try Self.latestVersionAndHash(db, round: new.round, filer: new.filer)
                if latestSHA256 == new.sha256 { return .unchanged(version: latest) }
                guard new.baseVersion == latest else { return .stale(currentVersion: latest) }
                let number = latest + 1
                // Cached: preparing it compiles the triggers that keep `filings`, a tenth of an upload.
                try db.cachedStatement(
                    sql: """
                        INSERT INTO versions (round_id, filer_code, version, bytes, sha256, signature, key_id,
                            signed_at, base_version, received_at, validation)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(
                    arguments: [
                        new.round, new.filer, number, new.bytes, new.sha256, new.signature, new.keyID, new.signedAt,
                        new.baseVersion, now, validation,
                    ])
                let versionID = db.lastInsertedRowID
                if let shareCounts = new.shareCounts { try db.insertTallies(shareCounts, versionID: versionID) }
                try db.appendAudit(
                    time: now, actor: "filer:\(new.filer)", action: "version.create",
                    subject: "\(new.round)/\(new.filer)/\(number)",
                    details: try AuditContent.binding(
                        db, table: "versions", id: versionID,
                        into: ["sha256": new.sha256, "keyId": new.keyID, "warnings": String(new.validation.warnings)]))
                guard let receipt = try Self.receipt(db, signature: new.signature) else {
                    throw DatabaseError(message: "inserted version not found")
                }
                return .created(receipt)
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            // Backstop for a writer outside this process: the constraints decide, never a 500.
            if let receipt = try await receipt(signature: new.signature) { return .replayed(receipt) }
            return .stale(currentVersion: try await latestVersion(round: new.round, filer: new.filer))
        }
    }

    // MARK: - Reads

    /// The number of the latest version (0 for none).
    package func latestVersion(round: String, filer: String) async throws -> Int {
        try await pool.read { db in try Self.latestVersion(db, round: round, filer: filer) }
    }

    /// The receipt of the version stored with this signature, if any.
    package func receipt(signature: String) async throws -> Receipt? {
        try await pool.read { db in try Self.receipt(db, signature: signature) }
    }

    /// A filer's versions in a round, oldest first, with the receive time of the first.
    package func versions(round: String, filer: String) async throws -> [VersionRecord] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(Self.metadataColumns) FROM versions WHERE round_id = ? AND filer_code = ? ORDER BY version",
                arguments: [round, filer]
            ).map(Self.versionRecord)
        }
    }

    /// One version's metadata.
    package func version(round: String, filer: String, number: Int) async throws -> VersionRecord? {
        try await pool.read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT \(Self.metadataColumns) FROM versions WHERE round_id = ? AND filer_code = ? AND version = ?",
                arguments: [round, filer, number]
            ).map(Self.versionRecord)
        }
    }

    /// One version's exact stored bytes.
    package func reportBytes(round: String, filer: String, number: Int) async throws -> Data? {
        try await pool.read { db in
            try Data.fetchOne(
                db, sql: "SELECT bytes FROM versions WHERE round_id = ? AND filer_code = ? AND version = ?",
                arguments: [round, filer, number])
        }
    }

    /// Review decisions of the given versions, oldest first, keyed by version row id.
    package func reviews(versionIDs: [Int64]) async throws -> [Int64: [ReviewRecord]] {
        guard !versionIDs.isEmpty else { return [:] }
        return try await pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.version_id, d.decision, d.comment, d.due_on, d.decided_at, r.name
                    FROM review_decisions d JOIN reviewers r ON r.id = d.reviewer_id
                    WHERE d.version_id IN (SELECT value FROM json_each(?)) ORDER BY d.id
                    """,
                arguments: [String(decoding: try JSONEncoder().encode(versionIDs), as: UTF8.self)])
            var result: [Int64: [ReviewRecord]] = [:]
            for row in rows {
                guard let decision = ReviewDecision(rawValue: row["decision"]) else { continue }
                result[row["version_id"], default: []].append(
                    ReviewRecord(
                        decision: decision, comment: row["comment"], dueOn: row["due_on"], reviewer: row["name"],
                        decidedAt: row["decided_at"]))
            }
            return result
        }
    }

    /// Walks the audit chain.
    package func verifyAudit() async throws -> AuditChain.Verification {
        try await pool.read { db in
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM audit_events ORDER BY seq")
            var events: [AuditEvent] = []
            while let row = try cursor.next() {
                events.append(
                    AuditEvent(
                        seq: row["seq"], time: row["time"], actor: row["actor"], action: row["action"],
                        subject: row["subject"], details: row["details"], prevHash: row["prev_hash"], hash: row["hash"]))
            }
            var result = AuditChain.verify(events)
            result.content = try AuditContent.verify(db, events: events)
            // Attachments' bytes are files beside the database: each is hashed again.
            result.content += AttachmentAudit.verify(events: events, store: attachmentFiles)
            return result
        }
    }

    // MARK: - Rows

    static let metadataColumns = """
        id, round_id, filer_code, version, sha256, signature, key_id, signed_at, base_version, received_at, validation
        """

    static func latestVersion(_ db: Database, round: String, filer: String) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT MAX(version) FROM versions WHERE round_id = ? AND filer_code = ?", arguments: [round, filer]
        ) ?? 0
    }

    static func receipt(_ db: Database, signature: String) throws -> Receipt? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    // Named: the unique index on signature would be chosen, and the row read past its report's
                    // bytes (as below with the unique index on the version number).
                    sql: "SELECT \(metadataColumns) FROM versions INDEXED BY versions_receipt WHERE signature = ?"),
                arguments: [signature])
        else { return nil }
        let record = versionRecord(row)
        guard
            let deadline = try filerDeadline(db, round: record.round, filer: record.filer),
            let first = try String.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT received_at FROM versions INDEXED BY versions_latest
                        WHERE round_id = ? AND filer_code = ? AND version = 1
                        """),
                arguments: [record.round, record.filer])
        else { return nil }
        return record.receipt(deadline: deadline, firstReceivedAt: first)
    }

    static func versionRecord(_ row: Row) -> VersionRecord {
        let validationText: String = row["validation"]
        let validation =
            (try? ReportCoding.decoder().decode(ValidationResult.self, from: Data(validationText.utf8)))
            ?? ValidationResult(issues: [])
        return VersionRecord(
            id: row["id"], round: row["round_id"], filer: row["filer_code"], version: row["version"],
            sha256: row["sha256"], signature: row["signature"], keyID: row["key_id"], signedAt: row["signed_at"],
            baseVersion: row["base_version"], receivedAt: row["received_at"], validation: validation)
    }
}
