import Foundation
import GRDB
import Hummingbird
import Shared

/// A reviewer's reminder that cannot be sent.
package enum RemindError: APIError, Equatable {
    /// The filer has filed and has no return waiting: there is nothing to chase.
    case nothingToRemind(String)

    package var status: HTTPResponse.Status { .conflict }

    package var body: APIErrorBody {
        switch self {
        case .nothingToRemind(let filer):
            APIErrorBody(
                error: "nothing_to_remind", message: "\(filer) 已报送，且没有待整改的退回，无需催报",
                messageEn: "\(filer) has filed and has no return to act on: there is nothing to remind it of.")
        }
    }
}

extension AppDatabase {
    /// A reviewer's reminder now, to `filer` or (nil) to every filer of the round that has not
    /// filed or whose return is past its due date: one notice each (e-mailed to its contacts by
    /// the scheduler) and one audit event, in one transaction. Returns the filers reminded.
    package func remindNow(round: RoundRecord, filer: String?, reviewer: ReviewerRecord, at date: Date) async throws -> [String] {
        let now = ChinaTime.format(date)
        let today = ChinaTime.day(of: date)
        return try await pool.write { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT f.code, f.name, fi.decision, fi.due_on, fi.filer_code IS NOT NULL AS filed
                    FROM roster ro JOIN filers f ON f.code = ro.filer_code
                    LEFT JOIN filings fi ON fi.round_id = ro.round_id AND fi.filer_code = ro.filer_code
                    WHERE ro.round_id = ? AND (? IS NULL OR ro.filer_code = ?) ORDER BY f.code
                    """,
                arguments: [round.id, filer, filer])
            var reminded: [String] = []
            for row in rows {
                let code: String = row["code"]
                let names = NoticeText.Names(round: round.title, filer: row["name"])
                let text: (subject: String, body: String)
                let dueOn: String
                if !(row["filed"] as Bool) {
                    dueOn = round.deadline.description
                    text = NoticeText.reminder(names, toFile: true, dueOn: dueOn)
                } else if row["decision"] as String? == ReviewDecision.return.rawValue, let due = row["due_on"] as String?,
                    filer != nil || (Day(due).map { $0 < today } ?? false)
                {
                    // One filer: any standing return; everyone: the overdue ones.
                    dueOn = due
                    text = NoticeText.reminder(names, toFile: false, dueOn: due)
                } else {
                    continue
                }
                try db.insertNotice(
                    NoticeDraft(
                        key: "manual/\(round.id)/\(code)/\(now)", round: round.id, filer: code, kind: .reminder,
                        subject: text.subject, body: text.body, dueOn: dueOn, actor: "reviewer:\(reviewer.name)"),
                    at: now)
                reminded.append(code)
            }
            if let filer, reminded.isEmpty { throw RemindError.nothingToRemind(filer) }
            try db.appendAudit(
                time: now, actor: "reviewer:\(reviewer.name)", action: "notice.remind",
                subject: filer.map { "\(round.id)/\($0)" } ?? round.id,
                details: ["filers": reminded.joined(separator: ","), "count": String(reminded.count)])
            return reminded
        }
    }
}
