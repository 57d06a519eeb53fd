import Foundation
import Shared

/// The national summary and publication, as both the JSON API and the reviewer pages use them.
package struct ResultsService: Sendable {
    let store: AppDatabase
    let clock: any ServerClock

    /// The summary over each filer's latest accepted version, and that version's number by filer.
    package func nationalSummary(round: String) async throws -> (summary: NationalSummary, accepted: [String: Int]) {
        // Counts were computed once per version at upload; this only sums small rows.
        let filers = try await store.acceptedShareCounts(round: round)
        return (
            NationalSummary(round: round, filers: filers),
            Dictionary(uniqueKeysWithValues: filers.map { ($0.filer, $0.version) })
        )
    }

    /// Freezes the round's results as a new publication; returns its id and the stored snapshot
    /// (exactly what the public endpoint serves).
    package func publish(round: RoundRecord, reviewer: ReviewerRecord) async throws -> (id: Int64, snapshot: Data) {
        let now = clock.now()
        let (summary, accepted) = try await nationalSummary(round: round.id)
        let roster = try await store.rosterPage(
            RosterQuery(round: round.id, deadline: round.deadline, today: ChinaTime.day(of: now)))
        let spotChecks = Self.spotCheckOutcomes(try await store.spotChecks(round: round.id, today: ChinaTime.day(of: now)))
        let filers = roster.entries.map { entry in
            PublishedFiler(
                filer: entry.filer, name: entry.name, deadlineStatus: entry.deadlineStatus, latestVersion: entry.latestVersion,
                reviewOutcome: entry.reviewState, acceptedVersion: accepted[entry.filer], spotCheck: spotChecks[entry.filer])
        }
        let publishedAt = ChinaTime.format(now)
        let id = try await store.appendPublication(round: round.id, reviewer: reviewer, at: now) { id in
            try ReportCoding.encode(
                PublicationSnapshot(
                    id: id, round: round.id, title: round.title, deadline: round.deadline.description,
                    publishedAt: publishedAt, totals: roster.totals, filers: filers, summary: summary))
        }
        guard let rendered = try await store.publicationSnapshot(round: round.id, id: id) else {
            throw GenericAPIError.internalError
        }
        return (id, rendered)
    }

    /// Per filer: how many of its platforms were sampled, and the findings on them.
    static func spotCheckOutcomes(_ checks: [SpotCheck]) -> [String: PublishedSpotCheck] {
        var outcomes: [String: PublishedSpotCheck] = [:]
        for item in checks.flatMap(\.items) {
            var outcome =
                outcomes[item.filer] ?? PublishedSpotCheck(platformsChecked: 0, confirmed: 0, discrepancies: 0, resolved: 0)
            outcome.platformsChecked += 1
            outcome.confirmed += item.findings.count { $0.outcome == .confirmed }
            outcome.discrepancies += item.findings.count { $0.outcome == .discrepancy }
            outcome.resolved += item.findings.count { $0.followUp == .resolved }
            outcomes[item.filer] = outcome
        }
        return outcomes
    }
}
