import Shared

// Wire types of published result snapshots (API.md, "Public endpoints"). Nothing here may
// carry report bytes, reviewers' comments or names, hashes, signatures or key ids.

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
}

/// One publication of a round, as `GET /public/v1/rounds/{round}/publications` lists them.
package struct PublicationInfo: Codable, Sendable, Equatable {
    package var id: Int64
    package var round: String
    package var publishedAt: String
}
