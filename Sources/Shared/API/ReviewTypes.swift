// Wire types of the reviewers' and the public endpoints (API.md, "Reviewer endpoints" and
// "Public endpoints"): review decisions, the roster by deadline status, spot checks and
// publications. Encoded with `ReportCoding` like every other wire type.

// MARK: - Review

/// `POST /v1/rounds/{round}/filers/{filer}/versions/{n}/review`. A return needs `comment` and
/// `dueOn` (`YYYY-MM-DD`, the follow-up date); an accept may carry a comment.
package struct ReviewRequest: Codable, Sendable, Equatable {
    package var decision: ReviewDecision
    package var comment: String?
    package var dueOn: String?

    package init(decision: ReviewDecision, comment: String? = nil, dueOn: String? = nil) {
        self.decision = decision
        self.comment = comment
        self.dueOn = dueOn
    }
}

// MARK: - Roster by deadline status

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
    package var late: Int
    package var missing: Int
    /// Filers whose latest version is in each review state (filers with nothing filed in none).
    package var received: Int
    package var accepted: Int
    package var returned: Int
    /// Among `returned`: those past their follow-up date.
    package var followUpOverdue: Int

    package init(
        filers: Int = 0, pending: Int = 0, onTime: Int = 0, late: Int = 0, missing: Int = 0, received: Int = 0,
        accepted: Int = 0, returned: Int = 0, followUpOverdue: Int = 0
    ) {
        self.filers = filers
        self.pending = pending
        self.onTime = onTime
        self.late = late
        self.missing = missing
        self.received = received
        self.accepted = accepted
        self.returned = returned
        self.followUpOverdue = followUpOverdue
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

// MARK: - Spot checks

/// `POST /v1/rounds/{round}/spot-checks`: `counts` maps a platform level (`province`, `city`,
/// `county`, `department`) to how many of its platforms to draw.
package struct SpotCheckRequest: Codable, Sendable, Equatable {
    package var seed: Int64
    package var counts: [String: Int]

    package init(seed: Int64, counts: [String: Int]) {
        self.seed = seed
        self.counts = counts
    }
}

/// One level of a draw: how many were asked for, how many platforms there were, how many drawn.
package struct SpotCheckStratum: Codable, Sendable, Equatable {
    package var level: PlatformLevel
    package var requested: Int
    package var available: Int
    package var drawn: Int

    package init(level: PlatformLevel, requested: Int, available: Int, drawn: Int) {
        self.level = level
        self.requested = requested
        self.available = available
        self.drawn = drawn
    }
}

/// What the office found checking one indicator of a sampled platform.
package enum SpotCheckOutcome: String, Codable, Sendable, CaseIterable {
    case confirmed, discrepancy
}

/// Where a discrepancy's follow-up stands (server clock, CST day).
package enum FollowUpState: String, Codable, Sendable, CaseIterable {
    /// Not resolved; the due date has not passed.
    case open
    /// Not resolved and the due date has passed.
    case overdue
    case resolved
}

/// `POST /v1/rounds/{round}/spot-checks/{id}/items/{item}/findings`. A discrepancy needs notes
/// and a follow-up `dueOn`.
package struct FindingRequest: Codable, Sendable, Equatable {
    package var indicator: IndicatorID
    package var outcome: SpotCheckOutcome
    package var notes: String?
    package var dueOn: String?

    package init(indicator: IndicatorID, outcome: SpotCheckOutcome, notes: String? = nil, dueOn: String? = nil) {
        self.indicator = indicator
        self.outcome = outcome
        self.notes = notes
        self.dueOn = dueOn
    }
}

/// One recorded finding.
package struct SpotCheckFinding: Codable, Sendable, Equatable {
    package var indicator: IndicatorID
    package var outcome: SpotCheckOutcome
    package var notes: String?
    package var dueOn: String?
    package var resolvedAt: String?
    /// For discrepancies only.
    package var followUp: FollowUpState?
    package var recordedBy: String
    package var recordedAt: String

    package init(
        indicator: IndicatorID, outcome: SpotCheckOutcome, notes: String?, dueOn: String?, resolvedAt: String?,
        followUp: FollowUpState?, recordedBy: String, recordedAt: String
    ) {
        self.indicator = indicator
        self.outcome = outcome
        self.notes = notes
        self.dueOn = dueOn
        self.resolvedAt = resolvedAt
        self.followUp = followUp
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}

/// One sampled platform of a filer's version.
package struct SpotCheckItem: Codable, Sendable, Equatable {
    package var id: Int64
    package var filer: String
    package var version: Int
    package var platformId: String
    package var level: PlatformLevel
    package var findings: [SpotCheckFinding]

    package init(id: Int64, filer: String, version: Int, platformId: String, level: PlatformLevel, findings: [SpotCheckFinding]) {
        self.id = id
        self.filer = filer
        self.version = version
        self.platformId = platformId
        self.level = level
        self.findings = findings
    }
}

/// A stored draw with its items (ordered by level, filer, platform id) and their findings.
package struct SpotCheck: Codable, Sendable, Equatable {
    package var id: Int64
    package var round: String
    package var seed: Int64
    package var counts: [String: Int]
    package var strata: [SpotCheckStratum]
    package var drawnAt: String
    package var drawnBy: String
    package var items: [SpotCheckItem]
    /// Set when a level had fewer platforms than asked for (all of them were taken).
    package var message: String?
    package var messageEn: String?

    package init(
        id: Int64, round: String, seed: Int64, counts: [String: Int], strata: [SpotCheckStratum], drawnAt: String,
        drawnBy: String, items: [SpotCheckItem], message: String?, messageEn: String?
    ) {
        self.id = id
        self.round = round
        self.seed = seed
        self.counts = counts
        self.strata = strata
        self.drawnAt = drawnAt
        self.drawnBy = drawnBy
        self.items = items
        self.message = message
        self.messageEn = messageEn
    }
}

/// One discrepancy and its follow-up, as `GET .../spot-checks?followUp=` lists them.
package struct SpotCheckFollowUp: Codable, Sendable, Equatable {
    package var spotCheckId: Int64
    package var itemId: Int64
    package var filer: String
    package var version: Int
    package var platformId: String
    package var level: PlatformLevel
    package var indicator: IndicatorID
    package var notes: String?
    package var dueOn: String
    package var resolvedAt: String?
    package var state: FollowUpState

    package init(
        spotCheckId: Int64, itemId: Int64, filer: String, version: Int, platformId: String, level: PlatformLevel,
        indicator: IndicatorID, notes: String?, dueOn: String, resolvedAt: String?, state: FollowUpState
    ) {
        self.spotCheckId = spotCheckId
        self.itemId = itemId
        self.filer = filer
        self.version = version
        self.platformId = platformId
        self.level = level
        self.indicator = indicator
        self.notes = notes
        self.dueOn = dueOn
        self.resolvedAt = resolvedAt
        self.state = state
    }
}

/// `GET /v1/rounds/{round}/spot-checks`: every draw, and the discrepancies' follow-ups
/// (only those in the `followUp=` state when given).
package struct SpotCheckList: Codable, Sendable, Equatable {
    package var round: String
    package var asOf: String
    package var spotChecks: [SpotCheck]
    package var followUps: [SpotCheckFollowUp]

    package init(round: String, asOf: String, spotChecks: [SpotCheck], followUps: [SpotCheckFollowUp]) {
        self.round = round
        self.asOf = asOf
        self.spotChecks = spotChecks
        self.followUps = followUps
    }
}

// MARK: - Publication

/// A filer's spot-check outcome as published.
package struct PublishedSpotCheck: Codable, Sendable, Equatable {
    package var platformsChecked: Int
    package var confirmed: Int
    package var discrepancies: Int
    package var resolved: Int

    package init(platformsChecked: Int, confirmed: Int, discrepancies: Int, resolved: Int) {
        self.platformsChecked = platformsChecked
        self.confirmed = confirmed
        self.discrepancies = discrepancies
        self.resolved = resolved
    }
}

/// One filer's results as published: no report bytes, comments, keys or signatures.
package struct PublishedFiler: Codable, Sendable, Equatable {
    package var filer: String
    package var name: String
    package var deadlineStatus: DeadlineStatus
    package var latestVersion: Int
    /// The latest version's review state when published (nil when nothing was filed).
    package var reviewOutcome: ReviewState?
    /// The version the national summary counted (nil when none was accepted).
    package var acceptedVersion: Int?
    /// Nil when none of the filer's platforms was sampled.
    package var spotCheck: PublishedSpotCheck?

    package init(
        filer: String, name: String, deadlineStatus: DeadlineStatus, latestVersion: Int, reviewOutcome: ReviewState?,
        acceptedVersion: Int?, spotCheck: PublishedSpotCheck?
    ) {
        self.filer = filer
        self.name = name
        self.deadlineStatus = deadlineStatus
        self.latestVersion = latestVersion
        self.reviewOutcome = reviewOutcome
        self.acceptedVersion = acceptedVersion
        self.spotCheck = spotCheck
    }
}

/// A frozen snapshot of a round's results (`GET /public/v1/rounds/{round}`).
package struct PublicationSnapshot: Codable, Sendable, Equatable {
    package var id: Int64
    package var round: String
    package var title: String
    package var deadline: String
    package var publishedAt: String
    package var totals: RosterTotals
    package var filers: [PublishedFiler]
    package var summary: NationalSummary

    package init(
        id: Int64, round: String, title: String, deadline: String, publishedAt: String, totals: RosterTotals,
        filers: [PublishedFiler], summary: NationalSummary
    ) {
        self.id = id
        self.round = round
        self.title = title
        self.deadline = deadline
        self.publishedAt = publishedAt
        self.totals = totals
        self.filers = filers
        self.summary = summary
    }
}

/// One publication of a round, as `GET /public/v1/rounds/{round}/publications` lists them.
package struct PublicationInfo: Codable, Sendable, Equatable {
    package var id: Int64
    package var round: String
    package var publishedAt: String

    package init(id: Int64, round: String, publishedAt: String) {
        self.id = id
        self.round = round
        self.publishedAt = publishedAt
    }
}
