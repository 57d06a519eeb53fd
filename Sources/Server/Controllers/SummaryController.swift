import Foundation
import Hummingbird
import Shared

/// `GET /v1/rounds/{round}/summary` (the national summary over each filer's latest accepted
/// version) and `POST /v1/rounds/{round}/publish` (freeze the round's results for the public).
/// Reviewers only.
package struct SummaryController: Sendable {
    let store: any FilingStore
    let clock: any ServerClock

    package init(store: any FilingStore, clock: any ServerClock) {
        self.store = store
        self.clock = clock
    }

    /// Adds the routes to a group at `v1/rounds/:round` guarded by `AuthMiddleware`.
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.get("summary", use: summary)
        group.post("publish", use: publish)
    }

    @Sendable func summary(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        _ = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.get("round") ?? "")
        return JSONResponse.make(try await nationalSummary(round: round.id).summary)
    }

    @Sendable func publish(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let reviewer = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.get("round") ?? "")
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
        // The answer is exactly what the public endpoint will serve.
        guard let rendered = try await store.publicationSnapshot(round: round.id, id: id) else {
            throw GenericAPIError.internalError
        }
        return Response(
            status: .created,
            headers: [
                .contentType: "application/json; charset=utf-8",
                .location: "/public/v1/rounds/\(round.id)/publications/\(id)",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: rendered)))
    }

    /// The summary over each filer's latest accepted version, and that version's number by filer.
    private func nationalSummary(round: String) async throws -> (summary: NationalSummary, accepted: [String: Int]) {
        var inputs: [SummaryInput] = []
        for stored in try await store.acceptedReports(round: round) {
            // Stored versions passed the decoder at upload.
            let report = try ReportDecoder.decode(stored.bytes)
            inputs.append(SummaryInput(filer: stored.filer, name: stored.name, version: stored.version, report: report))
        }
        return (
            NationalSummary.compute(round: round, inputs: inputs),
            Dictionary(uniqueKeysWithValues: inputs.map { ($0.filer, $0.version) })
        )
    }

    /// Per filer: how many of its platforms were sampled, and the findings on them.
    static func spotCheckOutcomes(_ checks: [SpotCheck]) -> [String: PublishedSpotCheck] {
        var outcomes: [String: PublishedSpotCheck] = [:]
        for item in checks.flatMap(\.items) {
            var outcome = outcomes[item.filer] ?? PublishedSpotCheck(platformsChecked: 0, confirmed: 0, discrepancies: 0, resolved: 0)
            outcome.platformsChecked += 1
            outcome.confirmed += item.findings.count { $0.outcome == .confirmed }
            outcome.discrepancies += item.findings.count { $0.outcome == .discrepancy }
            outcome.resolved += item.findings.count { $0.followUp == .resolved }
            outcomes[item.filer] = outcome
        }
        return outcomes
    }
}
