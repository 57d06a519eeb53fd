import Foundation
import GRDB
import Shared

extension AppDatabase {
    /// Sets how many working days before the round's deadline (and follow-up due dates) filers
    /// are reminded, audited as `round.reminders`.
    package func setReminderDays(round: String, days: [Int], actor: String, at date: Date) async throws {
        let now = ChinaTime.format(date)
        let json = "[" + days.map(String.init).joined(separator: ",") + "]"
        try await pool.write { db in
            try db.execute(sql: "UPDATE rounds SET reminder_days = ? WHERE id = ?", arguments: [json, round])
            guard db.changesCount == 1 else { throw StoreError.unknownRound(round) }
            try db.appendAudit(time: now, actor: actor, action: "round.reminders", subject: round, details: ["days": json])
        }
    }

    /// The round's reminder days (`[5, 1]` by default).
    package func reminderDays(round: String) async throws -> [Int]? {
        try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT reminder_days FROM rounds WHERE id = ?", arguments: [round]).map {
                ReminderRule.days(fromJSON: $0)
            }
        }
    }
}
