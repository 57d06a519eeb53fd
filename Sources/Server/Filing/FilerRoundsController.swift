import Hummingbird
import Shared

/// `GET /v1/filers/{filer}/rounds`: the rounds whose roster holds the filer, newest first, each
/// with the filer's deadline status, the days left by the server's clock and its latest version's
/// review state, so that `zicha status` can pick the round that needs the clerk.
package struct FilerRoundsController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock

    /// Adds the route to a group at `v1/filers/:filer/rounds` guarded by `AuthMiddleware`.
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.get(use: list)
    }

    @Sendable func list(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let filer = try context.readableFiler(
            forbidden: "只能查看本单位的轮次", "You may list only your own office's rounds."
        ).filer
        guard try await store.filer(code: filer) != nil else { throw FilingError.unknownFiler(filer) }
        let now = clock.now()
        let today = ChinaTime.day(of: now)
        let filings = try await store.filings(ofFiler: filer)
        var infos: [RoundInfo] = []
        for round in try await store.rounds(forFiler: filer) {
            let filing = filings[round.id]
            let deadline = try await store.filerDeadline(in: round, filer: filer)
            var info = RoundInfo(
                id: round.id, title: round.title, deadline: deadline.effective.description, closed: round.isClosed,
                deadlineStatus: DeadlineRule.status(deadline: deadline, firstReceivedAt: filing?.firstReceivedAt, now: now),
                daysLeft: deadline.effective.daysSinceEpoch - today.daysSinceEpoch)
            info.latestVersion = filing?.latestVersion
            info.reviewState = filing?.reviewState
            info.followUpDueOn = filing?.dueOn
            infos.append(info)
        }
        return JSONResponse.make(infos)
    }
}
