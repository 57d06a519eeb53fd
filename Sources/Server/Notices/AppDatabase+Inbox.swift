import Foundation
import GRDB
import Shared

/// A filer's inbox: its notices, newest first, and their read state.
extension AppDatabase {
    /// The notices of `filer` (only unread ones when `unreadOnly`), newest first; with
    /// `markReadAt`, the ones returned that were unread are marked read at that instant, in the
    /// same transaction (a second reading finds them read).
    package func notices(filer: String, unreadOnly: Bool, markReadAt: Date? = nil) async throws -> [NoticeInfo] {
        let sql = """
            SELECT id, kind, round_id, subject, body, details, created_at, read_at FROM notices
            WHERE filer_code = ? \(unreadOnly ? "AND read_at IS NULL" : "") ORDER BY id DESC
            """
        guard let markReadAt else {
            return try await pool.read { db in try Row.fetchAll(db, sql: sql, arguments: [filer]).map(Self.notice) }
        }
        let now = ChinaTime.format(markReadAt)
        return try await pool.write { db in
            let notices = try Row.fetchAll(db, sql: sql, arguments: [filer]).map(Self.notice)
            let unread = notices.filter { $0.readAt == nil }.map(\.id)
            if !unread.isEmpty {
                try db.execute(
                    sql: "UPDATE notices SET read_at = ? WHERE id IN (\(databaseQuestionMarks(count: unread.count)))",
                    arguments: StatementArguments([now as any DatabaseValueConvertible] + unread))
            }
            return notices
        }
    }

    static func notice(_ row: Row) -> NoticeInfo {
        let details = (row["details"] as String?).flatMap { try? JSONDecoder().decode(NoticeDetails.self, from: Data($0.utf8)) }
        return NoticeInfo(
            id: row["id"], kind: NoticeKind(rawValue: row["kind"]) ?? .reminder, round: row["round_id"], subject: row["subject"],
            body: row["body"], createdAt: row["created_at"], readAt: row["read_at"], version: details?.version,
            dueOn: details?.dueOn)
    }
}
