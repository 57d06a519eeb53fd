import Foundation
import Shared

/// A filer's standing against a round's deadline (the end of the deadline day, CST).
package enum DeadlineRule {
    /// `onTime`/`late` from the receive time of the filer's first version; without one,
    /// `pending` until the deadline day has ended in CST and `missing` after.
    package static func status(deadline: Day, firstReceivedAt: String?, now: Date) -> DeadlineStatus {
        if let firstReceivedAt { return status(deadline: deadline, firstReceivedAt: firstReceivedAt) }
        return ChinaTime.day(of: now) <= deadline ? .pending : .missing
    }

    /// `onTime` when the first version arrived on or before the deadline day (CST), else `late`.
    package static func status(deadline: Day, firstReceivedAt: String) -> DeadlineStatus {
        guard let day = ChinaTime.day(ofStamp: firstReceivedAt) else { return .late }
        return day <= deadline ? .onTime : .late
    }
}
