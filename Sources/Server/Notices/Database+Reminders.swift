import Foundation
import GRDB
import Shared

/// The reminders the scheduler writes: before and after a round's deadline to filers that have
/// not filed, before and after the due date of a returned filing or an open spot-check discrepancy.
extension Database {
    /// Writes every reminder due at `now` that is not written yet, in the caller's transaction;
    /// returns how many were new.
    func insertDueReminders(at now: Date, calendar: WorkdayCalendar = .official) throws -> Int {
        let today = ReminderRule.reminderDay(at: now)
        let stamp = ChinaTime.format(now)
        var drafts: [NoticeDraft] = []
        drafts += try deadlineReminders(today: today, calendar: calendar)
        drafts += try returnReminders(today: today, calendar: calendar)
        drafts += try discrepancyReminders(today: today, calendar: calendar)
        return try drafts.reduce(0) { count, draft in count + (try insertNotice(draft, at: stamp) == nil ? 0 : 1) }
    }

    private func deadlineReminders(today: Day, calendar: WorkdayCalendar) throws -> [NoticeDraft] {
        let rows = try Row.fetchAll(
            self,
            sql: """
                SELECT r.id, r.title, max(r.deadline, COALESCE(x.deadline, r.deadline)) AS deadline, r.reminder_days,
                    f.code, f.name
                FROM rounds r JOIN roster ro ON ro.round_id = r.id JOIN filers f ON f.code = ro.filer_code
                LEFT JOIN filings fi ON fi.round_id = r.id AND fi.filer_code = ro.filer_code
                LEFT JOIN deadline_extensions x ON x.round_id = r.id AND x.filer_code = ro.filer_code
                WHERE r.closed_at IS NULL AND fi.filer_code IS NULL
                """)
        return rows.compactMap { row in
            guard let deadline = Day(row["deadline"]),
                let stage = ReminderRule.stage(
                    target: deadline, days: ReminderRule.days(fromJSON: row["reminder_days"]), today: today, calendar: calendar)
            else { return nil }
            let round: String = row["id"]
            let filer: String = row["code"]
            let names = NoticeText.Names(round: row["title"], filer: row["name"])
            switch stage {
            case .before(let n):
                let text = NoticeText.deadlineReminder(names, workingDays: n, deadline: deadline.description)
                return NoticeDraft(
                    key: "deadline/\(round)/\(filer)/\(n)", round: round, filer: filer, kind: .deadlineReminder,
                    subject: text.subject, body: text.body, dueOn: deadline.description, actor: "system")
            case .after:
                let text = NoticeText.deadlinePassed(names, deadline: deadline.description)
                return NoticeDraft(
                    key: "deadline/\(round)/\(filer)/passed", round: round, filer: filer, kind: .deadlinePassed,
                    subject: text.subject, body: text.body, dueOn: deadline.description, actor: "system")
            }
        }
    }

    private func returnReminders(today: Day, calendar: WorkdayCalendar) throws -> [NoticeDraft] {
        // A return still standing: the latest version's latest decision, no newer version since.
        let rows = try Row.fetchAll(
            self,
            sql: """
                SELECT fi.round_id, fi.filer_code, fi.due_on, fi.latest_version, r.title, r.reminder_days, f.name,
                    d.id AS decision_id, d.decided_at
                FROM filings fi JOIN rounds r ON r.id = fi.round_id JOIN filers f ON f.code = fi.filer_code
                JOIN review_decisions d ON d.id = (SELECT MAX(id) FROM review_decisions WHERE version_id = fi.latest_version_id)
                WHERE fi.decision = 'return' AND fi.due_on IS NOT NULL AND r.closed_at IS NULL
                """)
        return rows.compactMap { row in
            guard let due = Day(row["due_on"]), let decided = ChinaTime.day(ofStamp: row["decided_at"]) else { return nil }
            let version: Int = row["latest_version"]
            let what = "第 \(version) 版报告的退回意见"
            return followUp(
                key: "followup/review/\(row["decision_id"] as Int64)", round: row["round_id"], filer: row["filer_code"],
                names: NoticeText.Names(round: row["title"], filer: row["name"]), what: what, due: due,
                since: decided, days: row["reminder_days"], version: version, today: today, calendar: calendar)
        }
    }

    private func discrepancyReminders(today: Day, calendar: WorkdayCalendar) throws -> [NoticeDraft] {
        let rows = try Row.fetchAll(
            self,
            sql: """
                SELECT fd.id, fd.indicator, fd.due_on, fd.recorded_at, i.platform_id, v.filer_code, v.version,
                    s.round_id, r.title, r.reminder_days, f.name
                FROM spot_check_findings fd JOIN spot_check_items i ON i.id = fd.item_id
                JOIN spot_checks s ON s.id = i.spot_check_id JOIN versions v ON v.id = i.version_id
                JOIN rounds r ON r.id = s.round_id JOIN filers f ON f.code = v.filer_code
                WHERE fd.outcome = 'discrepancy' AND fd.resolved_at IS NULL AND fd.due_on IS NOT NULL
                """)
        return rows.compactMap { row in
            guard let due = Day(row["due_on"]), let recorded = ChinaTime.day(ofStamp: row["recorded_at"]) else { return nil }
            let indicator = IndicatorID(rawValue: row["indicator"]).map { " · \($0.indicator.level2.zh)" } ?? ""
            let what = "抽查发现的不一致（平台 \(row["platform_id"] as String)\(indicator)）"
            return followUp(
                key: "followup/finding/\(row["id"] as Int64)", round: row["round_id"], filer: row["filer_code"],
                names: NoticeText.Names(round: row["title"], filer: row["name"]), what: what, due: due,
                since: recorded, days: row["reminder_days"], version: row["version"], today: today,
                calendar: calendar)
        }
    }

    private func followUp(
        key: String, round: String, filer: String, names: NoticeText.Names, what: String, due: Day, since: Day,
        days: String?, version: Int, today: Day, calendar: WorkdayCalendar
    ) -> NoticeDraft? {
        guard
            let stage = ReminderRule.stage(
                target: due, since: since, days: ReminderRule.days(fromJSON: days), today: today, calendar: calendar)
        else { return nil }
        switch stage {
        case .before(let n):
            let text = NoticeText.followUpReminder(names, what: what, dueOn: due.description)
            return NoticeDraft(
                key: "\(key)/\(n)", round: round, filer: filer, kind: .followUpReminder, subject: text.subject,
                body: text.body, version: version, dueOn: due.description, actor: "system")
        case .after:
            let text = NoticeText.followUpOverdue(names, what: what, dueOn: due.description)
            return NoticeDraft(
                key: "\(key)/overdue", round: round, filer: filer, kind: .followUpOverdue, subject: text.subject,
                body: text.body, version: version, dueOn: due.description, actor: "system")
        }
    }
}
