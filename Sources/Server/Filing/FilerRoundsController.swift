import Hummingbird
import Shared

/// `GET /v1/filers/{filer}/rounds`: the rounds whose roster holds the filer, newest first.
package struct FilerRoundsController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock

    /// Adds the route to a group at `v1/filers/:filer/rounds` guarded by `AuthMiddleware`.
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.get(use: list)
    }

    @Sendable func list(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let filer = context.parameters.text(.filer)
        guard let principal = context.principal, principal.mayRead(filer: filer) else {
            throw AuthError.forbidden(message: "只能查看本单位的轮次", messageEn: "You may list only your own office's rounds.")
        }
        guard try await store.filer(code: filer) != nil else { throw FilingError.unknownFiler(filer) }
        let now = clock.now()
        var infos: [RoundInfo] = []
        for round in try await store.rounds(forFiler: filer) {
            let first = try await store.version(round: round.id, filer: filer, number: 1)
            infos.append(
                RoundInfo(
                    id: round.id, title: round.title, deadline: round.deadline.description, closed: round.isClosed,
                    deadlineStatus: DeadlineRule.status(deadline: round.deadline, firstReceivedAt: first?.receivedAt, now: now)))
        }
        return JSONResponse.make(infos)
    }
}
