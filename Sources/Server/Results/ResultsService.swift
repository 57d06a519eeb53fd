import Foundation
import Shared

/// What a publication would freeze now: roster totals, per filer its results, and the national
/// summary. The reviewers' preview shows it; its digest ties the confirmation to what was shown.
package struct PublicationDraft: Codable, Sendable, Equatable {
    package var totals: RosterTotals
    package var filers: [PublishedFiler]
    package var summary: NationalSummary

    /// SHA-256 of the draft's JSON (sorted keys): the same results give the same digest.
    package var digest: String {
        Hex.encode(Crypto.sha256((try? ReportCoding.encode(self, pretty: false)) ?? Data()))
    }
}

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

    /// The results a publication at `now` would freeze.
    package func draft(round: RoundRecord, now: Date) async throws -> PublicationDraft {
        let (summary, accepted) = try await nationalSummary(round: round.id)
        let roster = try await store.rosterPage(
            RosterQuery(round: round.id, deadline: round.deadline, today: ChinaTime.day(of: now)))
        let spotChecks = Self.spotCheckOutcomes(try await store.spotChecks(round: round.id, today: ChinaTime.day(of: now)))
        let filers = roster.entries.map { entry in
            PublishedFiler(
                filer: entry.filer, name: entry.name, deadlineStatus: entry.deadlineStatus, latestVersion: entry.latestVersion,
                reviewOutcome: entry.reviewState, acceptedVersion: accepted[entry.filer], spotCheck: spotChecks[entry.filer])
        }
        return PublicationDraft(totals: roster.totals, filers: filers, summary: summary)
    }

    /// Freezes the round's results as a new publication; returns its id and the stored snapshot
    /// (exactly what the public endpoint serves). With `digest` (the reviewers' confirmation of a
    /// preview), results that differ from the previewed ones are refused (409) and nothing is stored.
    package func publish(
        round: RoundRecord, reviewer: ReviewerRecord, confirming digest: String? = nil
    ) async throws -> (id: Int64, snapshot: Data) {
        let now = clock.now()
        let draft = try await draft(round: round, now: now)
        if let digest, digest != draft.digest { throw PublicationError.previewOutdated(round.id) }
        let publishedAt = ChinaTime.format(now)
        let id = try await store.appendPublication(round: round.id, reviewer: reviewer, at: now) { id in
            try ReportCoding.encode(
                PublicationSnapshot(
                    id: id, round: round.id, title: round.title, deadline: round.deadline.description,
                    publishedAt: publishedAt, totals: draft.totals, filers: draft.filers, summary: draft.summary))
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
