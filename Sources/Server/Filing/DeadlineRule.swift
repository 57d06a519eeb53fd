import Foundation
import Shared

/// The deadline one filer is held to in a round: the round's, or a later day granted to that
/// filer alone as an approved exception (`round extend ROUND --filer CODE`).
package struct FilerDeadline: Sendable, Equatable {
    /// The round's deadline, the same for every filer.
    package var round: Day
    /// The day granted to this filer, if any (later than the round's when it was granted).
    package var extended: Day?

    package init(round: Day, extended: Day? = nil) {
        self.round = round
        self.extended = extended
    }

    /// The last day this filer files on time: the later of the two, since a round-wide extension
    /// may since have passed a filer's own.
    package var effective: Day { extended.map { max($0, round) } ?? round }
}

/// A filer's standing against its deadline (the end of the deadline day, CST).
package enum DeadlineRule {
    /// `onTime`/`onTimeExtended`/`late` from the receive time of the filer's first version;
    /// without one, `pending` until its deadline day has ended in CST and `missing` after.
    package static func status(deadline: FilerDeadline, firstReceivedAt: String?, now: Date) -> DeadlineStatus {
        if let firstReceivedAt { return status(deadline: deadline, firstReceivedAt: firstReceivedAt) }
        return ChinaTime.day(of: now) <= deadline.effective ? .pending : .missing
    }

    /// `onTime` when the first version arrived on or before the round's deadline day (CST),
    /// `onTimeExtended` when after it but by the filer's extended day, else `late`.
    package static func status(deadline: FilerDeadline, firstReceivedAt: String) -> DeadlineStatus {
        guard let day = ChinaTime.day(ofStamp: firstReceivedAt) else { return .late }
        if day <= deadline.round { return .onTime }
        return day <= deadline.effective ? .onTimeExtended : .late
    }
}
