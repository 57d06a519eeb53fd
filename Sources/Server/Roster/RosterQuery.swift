import Foundation
import Shared

/// The roster query: filters, page, and the day and deadline the statuses are computed against.
package struct RosterQuery: Sendable, Equatable {
    package var round: String
    package var deadline: Day
    /// The server's CST day: decides `pending`/`missing` and overdue follow-ups.
    package var today: Day
    package var deadlineStatus: DeadlineStatus?
    package var review: RosterReviewFilter?
    /// Nil for every matching row.
    package var limit: Int?
    package var offset: Int

    package init(
        round: String, deadline: Day, today: Day, deadlineStatus: DeadlineStatus? = nil, review: RosterReviewFilter? = nil,
        limit: Int? = nil, offset: Int = 0
    ) {
        self.round = round
        self.deadline = deadline
        self.today = today
        self.deadlineStatus = deadlineStatus
        self.review = review
        self.limit = limit
        self.offset = offset
    }
}

/// The roster query's answer.
package struct RosterQueryResult: Sendable, Equatable {
    package var entries: [RosterEntry]
    /// Rows matching the filters, all pages.
    package var matched: Int
    package var totals: RosterTotals
}
