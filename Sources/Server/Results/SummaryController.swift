import Foundation
import Hummingbird
import Shared

/// `GET /v1/rounds/{round}/summary` (the national summary over each filer's latest accepted
/// version) and `POST /v1/rounds/{round}/publish` (freeze the round's results for the public).
/// Reviewers only.
package struct SummaryController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock

    /// Adds the routes to a group at `v1/rounds/:round` guarded by `AuthMiddleware`.
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.get("summary", use: summary)
        group.post("publish", use: publish)
    }

    @Sendable func summary(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        _ = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.text(.round))
        let summary = try await ResultsService(store: store, clock: clock).nationalSummary(round: round.id).summary
        // Written by hand: Foundation's encoder took most of a second and hundreds of MB here.
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: summary.compactJSON()))
    }

    @Sendable func publish(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let reviewer = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.text(.round))
        let (id, rendered) = try await ResultsService(store: store, clock: clock).publish(round: round, reviewer: reviewer)
        // The answer is exactly what the public endpoint will serve.
        return Response(
            status: .created,
            headers: [
                .contentType: "application/json; charset=utf-8",
                .location: PublicController.publicationPath(round: round.id, id: id),
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: rendered)))
    }
}
