import Foundation
import Shared

/// When a reminder about a target day (a round's deadline, a follow-up's due date) is due, by the
/// official working-day calendar (the same one as the 5-working-day rule of the form).
package enum ReminderRule {
    /// Which reminder of a target is due.
    package enum Stage: Sendable, Equatable {
        /// `workingDays` working days before the target day.
        case before(workingDays: Int)
        /// The target day has ended.
        case after
    }

    /// Reminders fire from 09:00 China Standard Time on their day: the day a reminder run at
    /// `now` counts as (before 09:00, still the day before).
    package static func reminderDay(at now: Date) -> Day {
        ChinaTime.day(of: now.addingTimeInterval(-9 * 3600))
    }

    /// The reminder of `target` due on `today`: `.after` in the `lateWindow` working days after
    /// the target day; before it, the nearest of `days` working days before it whose day has
    /// come, counting only reminder days after `since` when given (a return written after that
    /// day says its due date itself). Nil when none is due. The unique key of each stage keeps it
    /// from being sent twice; a server down over several reminder days sends only the latest, and
    /// one started long after a target says nothing of it (reviewers can remind at any time).
    package static func stage(
        target: Day, since: Day? = nil, days: [Int], today: Day, calendar: WorkdayCalendar = .official
    ) -> Stage? {
        if today > target {
            guard let end = try? calendar.addingWorkingDays(lateWindow, to: target), today <= end else { return nil }
            return .after
        }
        var nearest: Int?
        for n in days where n > 0 {
            guard let day = try? calendar.addingWorkingDays(-n, to: target), day <= today, since.map({ day > $0 }) ?? true
            else { continue }
            nearest = min(nearest ?? n, n)
        }
        return nearest.map { .before(workingDays: $0) }
    }

    /// Working days after a target during which its "passed" notice is still written.
    package static let lateWindow = 5

    /// The working days of a round's `reminder_days` column (`[5,1]`); the default when unreadable.
    package static func days(fromJSON text: String?) -> [Int] {
        guard let text, let days = try? JSONDecoder().decode([Int].self, from: Data(text.utf8)) else { return defaultDays }
        return days
    }

    /// Five working days and one working day before the target.
    package static let defaultDays = [5, 1]
}
