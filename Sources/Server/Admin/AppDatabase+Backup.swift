import Foundation
import GRDB

/// Online backup: a consistent copy of the database while the server keeps writing.
extension AppDatabase {
    /// What a finished backup holds, checked on the copy itself.
    package struct BackupSummary: Sendable, Equatable {
        package var versions: Int
        package var auditEvents: Int
        /// The hash of the copy's last audit event.
        package var auditHead: String
        /// Attachment files copied to `PATH.attachments/`.
        package var attachments: Int = 0
    }

    /// Why a backup was not written.
    package struct BackupFailure: Error, CustomStringConvertible {
        package var description: String
    }

    /// Copies this database to a new file at `path` with SQLite's online backup, in one step
    /// inside one read transaction (a WAL reader blocks no writer, and sees one snapshot), then
    /// checks the copy (`PRAGMA integrity_check`, the audit chain) and only then gives it its
    /// name: a file at `path` is always a complete, verified copy.
    package func backup(to path: String) throws -> BackupSummary {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: path) else {
            throw BackupFailure(description: "\(path) 已存在，不覆盖 / already exists; not overwritten")
        }
        let partial = path + ".partial-\(UUID().uuidString)"
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? manager.removeItem(atPath: partial + suffix) }
        }
        let destination = try DatabaseQueue(path: partial)
        try pool.backup(to: destination)
        let integrity = try destination.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        guard integrity == ["ok"] else {
            throw BackupFailure(description: "副本完整性检查失败 / the copy fails integrity_check: \(integrity.prefix(3))")
        }
        // The files the copy names, beside it, before the copy gets its name.
        let attachments = try AttachmentBackup.copy(
            listedIn: destination, from: attachmentFiles, to: AttachmentBackup.directory(forBackup: path))
        try destination.close()
        try manager.moveItem(atPath: partial, toPath: path)

        let copy = try DatabaseQueue(path: path)
        defer { try? copy.close() }
        return try copy.read { db in
            let events = try Row.fetchAll(db, sql: "SELECT * FROM audit_events ORDER BY seq").map {
                AuditEvent(
                    seq: $0["seq"], time: $0["time"], actor: $0["actor"], action: $0["action"], subject: $0["subject"],
                    details: $0["details"], prevHash: $0["prev_hash"], hash: $0["hash"])
            }
            let verification = AuditChain.verify(events)
            if let broken = verification.broken {
                throw BackupFailure(description: "副本审计链断裂 / the copy's audit chain is broken at \(broken.seq): \(broken.reason)")
            }
            return BackupSummary(
                versions: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM versions") ?? 0, auditEvents: verification.events,
                auditHead: verification.head, attachments: attachments)
        }
    }
}
