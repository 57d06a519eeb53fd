import Foundation
import GRDB
import Shared

/// One notice as reviewers see it: when, why, and what became of its e-mails.
package struct NoticeLine: Sendable, Equatable {
    package var createdAt: String
    package var kind: NoticeKind
    package var subject: String
    /// `system` or `reviewer:NAME`.
    package var actor: String
    package var readAt: String?
    /// E-mails queued for it (one per contact), and how many were sent or failed for good.
    package var mails: Int
    package var sent: Int
    package var failed: Int
    /// The latest reason a try failed, while one is pending or failed.
    package var lastError: String?

    /// Whether it is a reminder (before or after a date, or a reviewer's), not a decision's notice.
    package var isReminder: Bool {
        [.deadlineReminder, .deadlinePassed, .followUpReminder, .followUpOverdue, .reminder].contains(kind)
    }
}

/// Per filer of a round: how often it was reminded, and its last notice and reminder.
package struct ChasingSummary: Sendable, Equatable {
    package var reminders = 0
    package var lastReminder: NoticeLine?
    package var lastNotice: NoticeLine?
}

extension AppDatabase {
    /// The notices of `round` (of one `filer` when given), oldest first, with their e-mails' states.
    package func noticeLines(round: String, filer: String? = nil) async throws -> [(filer: String, line: NoticeLine)] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT n.filer_code, n.kind, n.subject, n.actor, n.created_at, n.read_at, COUNT(d.id) AS mails,
                        COALESCE(SUM(d.state = 'sent'), 0) AS sent, COALESCE(SUM(d.state = 'failed'), 0) AS failed,
                        MAX(CASE WHEN d.state != 'sent' THEN d.last_error END) AS last_error
                    FROM notices n LEFT JOIN notice_deliveries d ON d.notice_id = n.id
                    WHERE n.round_id = ? AND (? IS NULL OR n.filer_code = ?)
                    GROUP BY n.id ORDER BY n.id
                    """,
                arguments: [round, filer, filer]
            ).map { row in
                (
                    row["filer_code"],
                    NoticeLine(
                        createdAt: row["created_at"], kind: NoticeKind(rawValue: row["kind"]) ?? .reminder,
                        subject: row["subject"], actor: row["actor"], readAt: row["read_at"], mails: row["mails"],
                        sent: row["sent"], failed: row["failed"], lastError: row["last_error"])
                )
            }
        }
    }

    /// Per filer of `round` that has notices, its `ChasingSummary`.
    package func chasingSummaries(round: String) async throws -> [String: ChasingSummary] {
        var summaries: [String: ChasingSummary] = [:]
        for (filer, line) in try await noticeLines(round: round) {
            var summary = summaries[filer] ?? ChasingSummary()
            summary.lastNotice = line
            if line.isReminder {
                summary.reminders += 1
                summary.lastReminder = line
            }
            summaries[filer] = summary
        }
        return summaries
    }
}
