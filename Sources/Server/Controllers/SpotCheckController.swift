import Foundation
import Hummingbird
import Shared

/// `/v1/rounds/{round}/spot-checks`: reproducible stratified draws of filed platforms, the
/// findings per sampled platform and indicator, and their follow-ups (reviewers only).
package struct SpotCheckController: Sendable {
    let store: any FilingStore
    let clock: any ServerClock

    package init(store: any FilingStore, clock: any ServerClock) {
        self.store = store
        self.clock = clock
    }

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
        let round = try await store.requireRound(context.parameters.get("round") ?? "")
        let body = try await RequestJSON.decode(SpotCheckRequest.self, from: request)
        let counts = try Self.counts(body.counts)
        var population: [SpotCheckDraw.Candidate] = []
        for stored in try await store.latestReports(round: round.id) {
            // Stored versions passed the decoder at upload.
            let report = try ReportDecoder.decode(stored.bytes)
            population += report.platforms.map {
                SpotCheckDraw.Candidate(filer: stored.filer, versionID: stored.versionID, platformID: $0.id, level: $0.level)
            }
        }
        guard !population.isEmpty else { throw SpotCheckError.nothingFiled(round.id) }
        let (strata, drawn) = SpotCheckDraw.draw(seed: body.seed, counts: counts, population: population)
        let now = clock.now()
        let id = try await store.recordSpotCheck(
            round: round.id, seed: body.seed, strata: strata,
            items: drawn.map { DrawnPlatform(versionID: $0.versionID, platformID: $0.platformID, level: $0.level) },
            reviewer: reviewer, at: now)
        return JSONResponse.make(try await spotCheck(round: round.id, id: id, now: now), status: .created)
    }

    @Sendable func list(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        _ = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.get("round") ?? "")
        var state: FollowUpState?
        if let text = request.uri.queryParameters.get("followUp") {
            guard let value = FollowUpState(rawValue: text) else {
                throw ReviewError.invalidQuery(
                    parameter: "followUp", value: text, expected: FollowUpState.allCases.map(\.rawValue).joined(separator: "|"))
            }
            state = value
        }
        let now = clock.now()
        let checks = try await store.spotChecks(round: round.id, today: ChinaTime.day(of: now))
        let followUps = checks.flatMap { check in
            check.items.flatMap { item in
                item.findings.compactMap { finding -> SpotCheckFollowUp? in
                    guard let followUp = finding.followUp, let dueOn = finding.dueOn, state == nil || state == followUp else {
                        return nil
                    }
                    return SpotCheckFollowUp(
                        spotCheckId: check.id, itemId: item.id, filer: item.filer, version: item.version,
                        platformId: item.platformId, level: item.level, indicator: finding.indicator, notes: finding.notes,
                        dueOn: dueOn, resolvedAt: finding.resolvedAt, state: followUp)
                }
            }
        }
        return JSONResponse.make(
            SpotCheckList(round: round.id, asOf: ChinaTime.format(now), spotChecks: checks, followUps: followUps))
    }

    @Sendable func show(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        _ = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.get("round") ?? "")
        let id = try Self.id(context.parameters.get("spotCheck"), unknown: SpotCheckError.unknownSpotCheck)
        return JSONResponse.make(try await spotCheck(round: round.id, id: id, now: clock.now()))
    }

    @Sendable func recordFinding(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let reviewer = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.get("round") ?? "")
        let checkID = try Self.id(context.parameters.get("spotCheck"), unknown: SpotCheckError.unknownSpotCheck)
        let itemID = try Self.id(context.parameters.get("item"), unknown: SpotCheckError.unknownItem)
        var finding = try await RequestJSON.decode(FindingRequest.self, from: request)
        let now = clock.now()
        finding.notes = finding.notes?.trimmingCharacters(in: .whitespacesAndNewlines)
        if finding.notes?.isEmpty == true { finding.notes = nil }
        var dueOn: Day?
        switch finding.outcome {
        case .confirmed:
            guard finding.dueOn == nil else { throw ReviewError.dueOnNotApplicable }
        case .discrepancy:
            guard finding.notes != nil, let text = finding.dueOn else { throw SpotCheckError.notesRequired }
            dueOn = try DueDate.parse(text, today: ChinaTime.day(of: now))
        }
        let outcome = try await store.recordFinding(
            round: round.id, spotCheck: checkID, item: itemID, finding: finding, dueOn: dueOn, reviewer: reviewer, at: now)
        return try Self.respond(outcome, item: itemID, indicator: finding.indicator, status: .created)
    }

    @Sendable func resolve(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let reviewer = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.get("round") ?? "")
        let checkID = try Self.id(context.parameters.get("spotCheck"), unknown: SpotCheckError.unknownSpotCheck)
        let itemID = try Self.id(context.parameters.get("item"), unknown: SpotCheckError.unknownItem)
        let text = context.parameters.get("indicator") ?? ""
        guard let indicator = IndicatorID(rawValue: text) else { throw SpotCheckError.unknownFinding(text) }
        let outcome = try await store.resolveFinding(
            round: round.id, spotCheck: checkID, item: itemID, indicator: indicator, reviewer: reviewer, at: clock.now())
        return try Self.respond(outcome, item: itemID, indicator: indicator, status: .ok, unknownIsFinding: true)
    }

    // MARK: - Helpers

    private func spotCheck(round: String, id: Int64, now: Date) async throws -> SpotCheck {
        guard let check = try await store.spotChecks(round: round, today: ChinaTime.day(of: now)).first(where: { $0.id == id }) else {
            throw SpotCheckError.unknownSpotCheck(String(id))
        }
        return check
    }

    private static func respond(
        _ outcome: FindingOutcome, item: Int64, indicator: IndicatorID, status: HTTPResponse.Status,
        unknownIsFinding: Bool = false
    ) throws -> Response {
        switch outcome {
        case .recorded(let finding): return JSONResponse.make(finding, status: status)
        case .unknown:
            throw unknownIsFinding ? SpotCheckError.unknownFinding(indicator.rawValue) : SpotCheckError.unknownItem(String(item))
        case .exists: throw SpotCheckError.findingExists(indicator.rawValue)
        case .notDiscrepancy: throw SpotCheckError.notDiscrepancy(indicator.rawValue)
        case .alreadyResolved: throw SpotCheckError.alreadyResolved(indicator.rawValue)
        }
    }

    /// The requested count per level: known levels, non-negative, at least one above zero.
    static func counts(_ raw: [String: Int]) throws -> [PlatformLevel: Int] {
        var counts: [PlatformLevel: Int] = [:]
        for (key, value) in raw {
            guard let level = PlatformLevel(rawValue: key) else { throw SpotCheckError.invalidCounts("未知层级 / unknown level \(key)") }
            guard (0...100_000).contains(value) else { throw SpotCheckError.invalidCounts("\(key)=\(value)") }
            counts[level] = value
        }
        guard counts.values.contains(where: { $0 > 0 }) else { throw SpotCheckError.invalidCounts("全部为 0 / all zero") }
        return counts
    }

    private static func id(_ text: String?, unknown: (String) -> SpotCheckError) throws -> Int64 {
        let text = text ?? ""
        guard text.utf8.count <= 18, let id = Int64(text), id >= 1, String(id) == text else { throw unknown(text) }
        return id
    }
}
