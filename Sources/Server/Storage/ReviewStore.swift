import Foundation
import Shared

/// What the General Office's reviewers store and query: review decisions, the roster by
/// deadline status, spot checks and publications. Part of `FilingStore`; every write appends its
/// audit event in the same transaction, with the reviewer as actor (`reviewer:NAME`).
package protocol ReviewStore: Sendable {
    // MARK: - Review

    /// Appends `decision` on version `number` if it is the filer's latest, in one transaction
    /// with its audit event. A return must carry a comment and a due date (the caller checks).
    func appendReview(
        round: String, filer: String, number: Int, decision: ReviewDecision, comment: String?, dueOn: Day?,
        reviewer: ReviewerRecord, at: Date
    ) async throws -> ReviewOutcome

    /// Per filer of the round, the exact bytes of its latest version, by filer code.
    func latestReports(round: String) async throws -> [StoredReport]

    /// Per filer of the round, the summary's counts of its highest version whose latest decision
    /// is `accept`, by filer code: the counts stored at upload, in one query of small rows.
    func acceptedShareCounts(round: String) async throws -> [FilerCounts]

    // MARK: - Roster

    /// One page of a round's roster with the deadline status and review state computed in SQL
    /// (two queries in one read transaction), and the totals over the whole roster.
    func rosterPage(_ query: RosterQuery) async throws -> RosterQueryResult

    // MARK: - Spot checks

    /// Stores a draw and its items, audited with the seed, the strata and a hash of the sample.
    func recordSpotCheck(
        round: String, seed: Int64, strata: [SpotCheckStratum], items: [DrawnPlatform], reviewer: ReviewerRecord,
        at: Date
    ) async throws -> Int64

    /// The round's draws, oldest first, with items and findings; follow-up states as of `today`.
    func spotChecks(round: String, today: Day) async throws -> [SpotCheck]

    /// Records the finding on one indicator of a sampled platform (at most one per indicator).
    func recordFinding(
        round: String, spotCheck: Int64, item: Int64, finding: FindingRequest, dueOn: Day?, reviewer: ReviewerRecord,
        at: Date
    ) async throws -> FindingOutcome

    /// Marks a discrepancy's follow-up resolved.
    func resolveFinding(
        round: String, spotCheck: Int64, item: Int64, indicator: IndicatorID, reviewer: ReviewerRecord, at: Date
    ) async throws -> FindingOutcome

    // MARK: - Publications

    /// Appends a publication whose snapshot `render` writes given the new publication's id.
    func appendPublication(
        round: String, reviewer: ReviewerRecord, at: Date, render: @Sendable (Int64) throws -> Data
    ) async throws -> Int64

    /// The stored snapshot of publication `id` of the round, or of the latest when `id` is nil.
    func publicationSnapshot(round: String, id: Int64?) async throws -> Data?

    /// The round's publications, oldest first.
    func publications(round: String) async throws -> [PublicationInfo]
}

/// What became of a review decision.
package enum ReviewOutcome: Sendable, Equatable {
    case recorded(ReviewRecord)
    /// No such version.
    case unknownVersion
    /// Only the latest version can be decided.
    case notLatest(currentVersion: Int)
}

/// One version's stored bytes.
package struct StoredReport: Sendable {
    package var filer: String
    package var name: String
    package var versionID: Int64
    package var version: Int
    package var bytes: Data
}

/// A platform chosen by a draw.
package struct DrawnPlatform: Sendable, Equatable {
    package var versionID: Int64
    package var platformID: String
    package var level: PlatformLevel

    package init(versionID: Int64, platformID: String, level: PlatformLevel) {
        self.versionID = versionID
        self.platformID = platformID
        self.level = level
    }
}

/// What became of a finding or its resolution.
package enum FindingOutcome: Sendable, Equatable {
    case recorded(SpotCheckFinding)
    /// No such item in that draw of that round (or no such finding to resolve).
    case unknown
    /// A finding on that indicator of that platform exists already.
    case exists
    /// Only a discrepancy has a follow-up to resolve.
    case notDiscrepancy
    case alreadyResolved
}

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
