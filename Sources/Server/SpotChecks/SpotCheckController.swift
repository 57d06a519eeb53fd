import Foundation
import Hummingbird
import Shared

/// `/v1/rounds/{round}/spot-checks`: reproducible stratified draws of filed platforms, the
/// findings per sampled platform and indicator, and their follow-ups (reviewers only).
package struct SpotCheckController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock

    private var service: SpotCheckService { SpotCheckService(store: store, clock: clock) }

    /// Adds the routes to a group at `v1/rounds/:round/spot-checks` guarded by `AuthMiddleware`.
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.post(use: draw)
        group.get(use: list)
        group.get(":spotCheck", use: show)
        group.post(":spotCheck/items/:item/findings", use: recordFinding)
        group.post(":spotCheck/items/:item/findings/:indicator/resolve", use: resolve)
    }

    @Sendable func draw(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let reviewer = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.text(.round))
        let body = try await RequestJSON.decode(SpotCheckRequest.self, from: request)
        let (check, created) = try await service.draw(round: round, request: body, reviewer: reviewer)
        // The same seed and counts again: the batch already drawn, nothing new stored.
        return JSONResponse.make(check, status: created ? .created : .ok)
    }

    @Sendable func list(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        _ = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.text(.round))
        var state: FollowUpState?
        if let text = request.uri.queryParameters.get("followUp") {
            guard let value = FollowUpState(rawValue: text) else {
                throw ReviewError.invalidQuery(
                    parameter: "followUp", value: text, expected: FollowUpState.allCases.map(\.rawValue).joined(separator: "|"))
            }
            state = value
        }
        return JSONResponse.make(try await service.list(round: round.id, followUp: state))
    }

    @Sendable func show(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        _ = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.text(.round))
        let id = try Self.id(context.parameters, .spotCheck, unknown: SpotCheckError.unknownSpotCheck)
        return JSONResponse.make(try await service.spotCheck(round: round.id, id: id))
    }

    @Sendable func recordFinding(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let reviewer = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.text(.round))
        let checkID = try Self.id(context.parameters, .spotCheck, unknown: SpotCheckError.unknownSpotCheck)
        let itemID = try Self.id(context.parameters, .item, unknown: SpotCheckError.unknownItem)
        let finding = try await RequestJSON.decode(FindingRequest.self, from: request)
        let recorded = try await service.recordFinding(
            round: round.id, spotCheck: checkID, item: itemID, finding: finding, reviewer: reviewer)
        return JSONResponse.make(recorded, status: .created)
    }

    @Sendable func resolve(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let reviewer = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.text(.round))
        let checkID = try Self.id(context.parameters, .spotCheck, unknown: SpotCheckError.unknownSpotCheck)
        let itemID = try Self.id(context.parameters, .item, unknown: SpotCheckError.unknownItem)
        let text = context.parameters.text(.indicator)
        guard let indicator = IndicatorID(rawValue: text) else { throw SpotCheckError.unknownFinding(text) }
        let note = try ResolveRequest.note(in: try await AuthMiddleware.collect(request.body, limit: RequestJSON.limit))
        let resolved = try await service.resolve(
            round: round.id, spotCheck: checkID, item: itemID, indicator: indicator, note: note, reviewer: reviewer)
        return JSONResponse.make(resolved)
    }

    // MARK: - Helpers

    private static func id(_ parameters: Parameters, _ name: PathParameter, unknown: (String) -> SpotCheckError) throws -> Int64 {
        guard let id = parameters.number(name) else { throw unknown(parameters.text(name)) }
        return id
    }
}
