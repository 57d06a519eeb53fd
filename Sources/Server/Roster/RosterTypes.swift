import Shared

// Wire types of the roster by deadline and review status (API.md, "Reviewer endpoints").

/// The `review=` filter of the roster: a review state, or a returned filing past its follow-up date.
package enum RosterReviewFilter: String, Codable, Sendable, CaseIterable {
    case received, accepted, returned, followUpOverdue
}

/// One filer of a round as the reviewers' roster shows it.
package struct RosterEntry: Codable, Sendable, Equatable {
    package var filer: String
    package var name: String
    package var deadlineStatus: DeadlineStatus
    /// Server receive time of version 1 (nil when nothing is filed).
    package var firstReceivedAt: String?
    /// Server receive time of the latest version.
    package var latestReceivedAt: String?
    /// The latest version's number, 0 when nothing is filed.
    package var latestVersion: Int
    /// The latest version's review state (nil when nothing is filed).
    package var reviewState: ReviewState?
    /// The follow-up date of the decision that returned the latest version.
    package var followUpDueOn: String?
    /// Returned, the follow-up date has passed (server clock, CST day) and no newer version came.
    package var followUpOverdue: Bool
    /// Validation counts stored with the latest version.
    package var errors: Int
    package var warnings: Int

    package init(
        filer: String, name: String, deadlineStatus: DeadlineStatus, firstReceivedAt: String?, latestReceivedAt: String?,
        latestVersion: Int, reviewState: ReviewState?, followUpDueOn: String?, followUpOverdue: Bool, errors: Int,
        warnings: Int
    ) {
        self.filer = filer
        self.name = name
        self.deadlineStatus = deadlineStatus
        self.firstReceivedAt = firstReceivedAt
        self.latestReceivedAt = latestReceivedAt
        self.latestVersion = latestVersion
        self.reviewState = reviewState
        self.followUpDueOn = followUpDueOn
        self.followUpOverdue = followUpOverdue
        self.errors = errors
        self.warnings = warnings
    }
}

/// How many filers of the whole roster stand in each deadline status and review state.
package struct RosterTotals: Codable, Sendable, Equatable {
    package var filers: Int
    package var pending: Int
    package var onTime: Int
    /// First filed after the round's deadline but by a day granted to the filer alone (延期后按时).
    package var onTimeExtended: Int
    package var late: Int
    package var missing: Int
    /// Filers whose latest version is in each review state (filers with nothing filed in none).
    package var received: Int
    package var accepted: Int
    package var returned: Int
    /// Among `returned`: those past their follow-up date.
    package var followUpOverdue: Int

    package init(
        filers: Int = 0, pending: Int = 0, onTime: Int = 0, onTimeExtended: Int = 0, late: Int = 0, missing: Int = 0,
        received: Int = 0, accepted: Int = 0, returned: Int = 0, followUpOverdue: Int = 0
    ) {
        self.filers = filers
        self.pending = pending
        self.onTime = onTime
        self.onTimeExtended = onTimeExtended
        self.late = late
        self.missing = missing
        self.received = received
        self.accepted = accepted
        self.returned = returned
        self.followUpOverdue = followUpOverdue
    }
}

extension RosterTotals {
    /// The filers in one deadline status.
    package subscript(status status: DeadlineStatus) -> Int {
        get {
            switch status {
            case .pending: pending
            case .onTime: onTime
            case .onTimeExtended: onTimeExtended
            case .late: late
            case .missing: missing
            }
        }
        set {
            switch status {
            case .pending: pending = newValue
            case .onTime: onTime = newValue
            case .onTimeExtended: onTimeExtended = newValue
            case .late: late = newValue
            case .missing: missing = newValue
            }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case filers, pending, onTime, onTimeExtended, late, missing, received, accepted, returned, followUpOverdue
    }

    /// Publications frozen before per-filer extensions existed have no `onTimeExtended`: zero.
    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            filers: try c.decode(Int.self, forKey: .filers), pending: try c.decode(Int.self, forKey: .pending),
            onTime: try c.decode(Int.self, forKey: .onTime),
            onTimeExtended: try c.decodeIfPresent(Int.self, forKey: .onTimeExtended) ?? 0,
            late: try c.decode(Int.self, forKey: .late), missing: try c.decode(Int.self, forKey: .missing),
            received: try c.decode(Int.self, forKey: .received), accepted: try c.decode(Int.self, forKey: .accepted),
            returned: try c.decode(Int.self, forKey: .returned),
            followUpOverdue: try c.decode(Int.self, forKey: .followUpOverdue))
    }
}

/// `GET /v1/rounds/{round}/filers`: one page of the filtered roster, ordered by filer code.
package struct RosterPage: Codable, Sendable, Equatable {
    package var round: String
    package var deadline: String
    /// The server time the statuses were computed at.
    package var asOf: String
    package var page: Int
    package var perPage: Int
    /// Filers matching the filters (all pages).
    package var matched: Int
    package var totals: RosterTotals
    package var entries: [RosterEntry]

    package init(
        round: String, deadline: String, asOf: String, page: Int, perPage: Int, matched: Int, totals: RosterTotals,
        entries: [RosterEntry]
    ) {
        self.round = round
        self.deadline = deadline
        self.asOf = asOf
        self.page = page
        self.perPage = perPage
        self.matched = matched
        self.totals = totals
        self.entries = entries
    }
}
