import Foundation
import GRDB
import Shared

/// Backups of attachments: every file the backed-up database names (filers' and inspectors'), copied beside the copy
/// (`PATH.attachments/`, the same layout as `<db>.attachments/`, files 0600), each checked
/// against its digest after copying. Restoring is putting both in place.
enum AttachmentBackup {
    /// The folder of a backup at `path`.
    static func directory(forBackup path: String) -> String { path + ".attachments" }

    /// Copies the files of every digest in `copy`'s `attachments` table from `source` to a new folder
    /// at `destination`, named only when every copy matches its digest; returns how many.
    static func copy(listedIn copy: DatabaseQueue, from source: AttachmentStore, to destination: String) throws -> Int {
        let digests = try copy.read { db in
            try String.fetchAll(
                db, sql: "SELECT sha256 FROM attachments UNION SELECT sha256 FROM finding_attachments ORDER BY sha256")
        }
        guard !digests.isEmpty else { return 0 }
        let manager = FileManager.default
        guard !manager.fileExists(atPath: destination) else {
            throw AppDatabase.BackupFailure(description: "\(destination) 已存在，不覆盖 / already exists; not overwritten")
        }
        let partial = AttachmentStore(directory: destination + ".partial-\(UUID().uuidString)")
        defer { try? manager.removeItem(atPath: partial.directory) }
        for sha256 in digests {
            let folder = "\(partial.directory)/\(sha256.prefix(2))"
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try manager.copyItem(atPath: source.path(of: sha256), toPath: partial.path(of: sha256))
            chmod(partial.path(of: sha256), 0o600)
            guard partial.rehash(sha256) == sha256 else {
                throw AppDatabase.BackupFailure(
                    description: "佐证材料 \(sha256) 的副本与其摘要不符 / the copy of attachment \(sha256) does not match its digest")
            }
        }
        chmod(partial.directory, 0o700)
        try manager.moveItem(atPath: partial.directory, toPath: destination)
        return digests.count
    }
}
