import Foundation
import Shared

/// `audit verify` for attachments: the row is bound like every other (`AuditContent`); the file's
/// bytes are not in the database, so each stored file is read again and its SHA-256 compared with
/// the digest its event recorded. A file stored by several filers (or inspectors) is read once.
enum AttachmentAudit {
    /// The events that store a file: a filer's attachment, an inspector's on a finding.
    static let storingActions: Set<String> = ["attachment.store", "finding.attachment.store"]

    static func verify(events: [AuditEvent], store: AttachmentStore) -> [AuditContent.Mismatch] {
        var checked: [String: String?] = [:]
        var mismatches: [AuditContent.Mismatch] = []
        for event in events where storingActions.contains(event.action) {
            guard let data = event.details.data(using: .utf8),
                let details = try? JSONDecoder().decode([String: String].self, from: data),
                let sha256 = details["sha256"], Identifier.isSHA256(sha256)
            else { continue }
            let found: String?
            if let cached = checked[sha256] {
                found = cached
            } else {
                found = store.rehash(sha256)
                checked[sha256] = found
            }
            guard found != sha256 else { continue }
            mismatches.append(
                AuditContent.Mismatch(
                    seq: event.seq, action: event.action, subject: event.subject, row: "attachments/\(sha256)",
                    reason: found == nil
                        ? "佐证材料文件已删除 / the attachment file is gone"
                        : "佐证材料文件已被改动 / the attachment file was altered (SHA-256 \(found ?? ""))"))
        }
        return mismatches
    }
}
