import Foundation
import GRDB
import Shared

/// The pinned comments of a decision, bound into the decision's audit event beside its row
/// (`commentsSHA256`): `zicha-comments-1`, then per comment in order its path, label and text as
/// `<UTF-8 byte count>:<text>` lines, hashed with SHA-256.
extension AuditContent {
    static func commentsHash(_ db: Database, decisionID: Int64) throws -> String {
        let rows = try Row.fetchAll(
            db, sql: "SELECT path, label, text FROM review_comments WHERE decision_id = ? ORDER BY position",
            arguments: [decisionID])
        var text = "zicha-comments-1\n"
        for row in rows {
            for column in ["path", "label", "text"] {
                let value: String = row[column]
                text += "\(value.utf8.count):\(value)\n"
            }
        }
        return Hex.encode(Crypto.sha256(Array(text.utf8)))
    }

    /// Whether the comments an event of decision row `row` (`review_decisions/ID`) bound are
    /// still those stored; nil when the event bound none.
    static func commentsMismatch(_ db: Database, row: String, details: [String: String]) throws -> String? {
        guard let recorded = details["commentsSHA256"] else { return nil }
        let parts = row.split(separator: "/")
        guard parts.count == 2, parts[0] == "review_decisions", let id = Int64(parts[1]) else { return nil }
        guard try commentsHash(db, decisionID: id) != recorded else { return nil }
        return "定位意见已被改动或删除 / the pinned comments were edited or deleted"
    }
}
