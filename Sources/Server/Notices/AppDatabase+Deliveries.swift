import Foundation
import GRDB
import Shared

/// One e-mail waiting for the relay: a notice and one contact's address.
package struct PendingDelivery: Sendable, Equatable {
    package var id: Int64
    package var noticeID: Int64
    package var noticeKey: String
    package var email: String
    package var subject: String
    package var body: String
    package var attempts: Int
}

/// How often an e-mail is tried and how long the server waits between tries.
package struct DeliveryBackoff: Sendable, Equatable {
    /// The wait after the first failed try; doubled after each further one.
    package var first: Duration = .seconds(60)
    /// The longest wait between two tries.
    package var longest: Duration = .seconds(3600)
    /// Tries before the e-mail is given up as failed.
    package var attempts = 12

    package init(first: Duration = .seconds(60), longest: Duration = .seconds(3600), attempts: Int = 12) {
        self.first = first
        self.longest = longest
        self.attempts = attempts
    }

    /// The wait after the `attempt`th failed try (1 for the first).
    func wait(after attempt: Int) -> TimeInterval {
        let seconds = Double(first.components.seconds) * pow(2, Double(max(attempt - 1, 0)))
        return min(seconds, Double(longest.components.seconds))
    }
}

/// The e-mail outbox.
extension AppDatabase {
    /// Pending e-mails whose next try is due at `now`, oldest first, at most `limit`.
    package func dueDeliveries(at now: Date, limit: Int = 50) async throws -> [PendingDelivery] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.id, d.notice_id, n.key, d.email, n.subject, n.body, d.attempts
                    FROM notice_deliveries d JOIN notices n ON n.id = d.notice_id
                    WHERE d.state = 'pending' AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at, d.id LIMIT ?
                    """,
                arguments: [ChinaTime.format(now), limit]
            ).map { row in
                PendingDelivery(
                    id: row["id"], noticeID: row["notice_id"], noticeKey: row["key"], email: row["email"],
                    subject: row["subject"], body: row["body"], attempts: row["attempts"])
            }
        }
    }

    /// Records what became of one try of `delivery`: sent; or pending again after the backoff's
    /// wait; or failed with the reason when the relay refused it for good or the tries ran out.
    package func recordDelivery(_ delivery: PendingDelivery, result: MailResult, backoff: DeliveryBackoff, at now: Date)
        async throws
    {
        let attempts = delivery.attempts + 1
        let stamp = ChinaTime.format(now)
        try await pool.write { db in
            switch result {
            case .sent:
                try db.execute(
                    sql: "UPDATE notice_deliveries SET state = 'sent', attempts = ?, sent_at = ?, last_error = NULL WHERE id = ?",
                    arguments: [attempts, stamp, delivery.id])
            case .permanent(let reason):
                try db.execute(
                    sql: "UPDATE notice_deliveries SET state = 'failed', attempts = ?, last_error = ? WHERE id = ?",
                    arguments: [attempts, String(reason.prefix(500)), delivery.id])
            case .transient(let reason) where attempts >= backoff.attempts:
                try db.execute(
                    sql: "UPDATE notice_deliveries SET state = 'failed', attempts = ?, last_error = ? WHERE id = ?",
                    arguments: [
                        attempts, String("重试 \(attempts) 次仍未送达 / gave up after \(attempts) tries: \(reason)".prefix(500)),
                        delivery.id,
                    ])
            case .transient(let reason):
                let next = ChinaTime.format(now.addingTimeInterval(backoff.wait(after: attempts)))
                try db.execute(
                    sql: "UPDATE notice_deliveries SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                    arguments: [attempts, next, String(reason.prefix(500)), delivery.id])
            }
        }
    }
}
