import Foundation
import HTTPTypes
import Hummingbird
import Shared

/// `/v1/rounds/{round}/filers/{filer}/versions/{n}/review` and `.../diff`: a reviewer's decision
/// on a version, and the field-level changes between two versions.
package struct ReviewController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock

    /// At most this many changes are listed by the diff endpoint; `Zicha-Changes-Total` counts all.
    package static let diffLimit = 2_000
    static let changesTotal = HTTPField.Name("Zicha-Changes-Total")!

    /// Adds the routes to a group at `v1/rounds/:round/filers/:filer/versions/:version` guarded by `AuthMiddleware`.
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.post("review", use: review)
        group.get("diff", use: diff)
    }

    @Sendable func review(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let reviewer = try context.requireReviewer()
        let (roundID, filerCode) = (context.parameters.text(.round), context.parameters.text(.filer))
        let round = try await store.requireRound(roundID)
        _ = try await store.requireRosterFiler(filerCode, round: roundID)
        let number = try context.parameters.version()
        let decision = try await RequestJSON.decode(ReviewRequest.self, from: request)
        let info = try await ReviewService(store: store, clock: clock).decide(
            round: round, filer: filerCode, number: number, request: decision, reviewer: reviewer)
        return JSONResponse.make(info, status: .created)
    }

    @Sendable func diff(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let (roundID, filerCode) = (context.parameters.text(.round), context.parameters.text(.filer))
        guard let principal = context.principal, principal.mayRead(filer: filerCode) else {
            throw AuthError.forbidden(message: "只能查看本单位的报告", messageEn: "You may read only your own office's reports.")
        }
        _ = try await store.requireRound(roundID)
        _ = try await store.requireRosterFiler(filerCode, round: roundID)
        let number = try context.parameters.version()
        let from: Int
        if let text = request.uri.queryParameters.get("from") {
            guard let value = Identifier.versionNumber(text) else {
                throw ReviewError.invalidQuery(parameter: "from", value: text, expected: "版本号 / a version number")
            }
            from = value
        } else {
            guard number > 1 else { throw ReviewError.fromRequired }
            from = number - 1
        }
        let changes = try await ReviewService(store: store, clock: clock).diff(
            round: roundID, filer: filerCode, number: number, from: from)
        // Bounded: two large reports can differ in every field; the total says how many there are.
        var response = JSONResponse.make(Array(changes.prefix(Self.diffLimit)))
        response.headers[Self.changesTotal] = String(changes.count)
        return response
    }
}
