import Foundation
import Hummingbird
import Shared

/// `/web/rounds/{round}/spot-checks`: draw a sample (the same seed and counts lead to the batch
/// already drawn), record single findings, resolve follow-ups with a note; every action goes
/// through `SpotCheckService`, like the JSON API. A sampled platform's page and a draw's
/// checklist are `SpotCheckItemController`'s.
struct SpotCheckPageController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock
    let renderer: WebRenderer

    /// Routes on the signed-in `web` group.
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("rounds/:round/spot-checks", use: show)
        group.post("rounds/:round/spot-checks", use: draw)
        group.post("rounds/:round/spot-checks/:spotCheck/items/:item/findings", use: recordFinding)
        group.post("rounds/:round/spot-checks/:spotCheck/items/:item/findings/:indicator/resolve", use: resolve)
    }

    static let defaultForm = SpotCheckPage.DrawForm(seed: "2017", province: "3", city: "3", county: "6", department: "0")

    private var service: SpotCheckService { SpotCheckService(store: store, clock: clock) }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        let round = try await context.round(in: store)
        let messages = PageMessages(noticeOf: request)
        return await renderer.page(
            .spotChecks, try await page(round: round, context: context, form: Self.defaultForm, messages: messages))
    }

    @Sendable func draw(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (form, reviewer, _) = try await context.form(request)
        let round = try await context.round(in: store)
        let submitted = SpotCheckPage.DrawForm(
            seed: form["seed"] ?? "", province: form["province"] ?? "", city: form["city"] ?? "", county: form["county"] ?? "",
            department: form["department"] ?? "")
        return try await acting(round: round, context: context, form: submitted) {
            guard let seed = Int64(submitted.seed) else {
                throw ReviewError.invalidRequest("随机种子应为整数 / the seed must be an integer")
            }
            var counts: [String: Int] = [:]
            for level in PlatformLevel.allCases {
                guard let text = form[level.rawValue] else { continue }
                guard let count = Int(text) else { throw SpotCheckError.invalidCounts("\(level.rawValue)=\(text)") }
                counts[level.rawValue] = count
            }
            let (check, created) = try await service.draw(
                round: round, request: SpotCheckRequest(seed: seed, counts: counts), reviewer: reviewer)
            let notice: WebNotice = created ? .drawn : .sameDraw
            return notice.after(WebPaths.spotChecks(round.id)) + WebPaths.drawAnchor(check.id)
        }
    }

    @Sendable func recordFinding(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (form, reviewer, _) = try await context.form(request)
        let round = try await context.round(in: store)
        return try await acting(round: round, context: context, form: Self.defaultForm) {
            let (check, item) = try Self.ids(context)
            guard let indicator = form["indicator"].flatMap(IndicatorID.init(rawValue:)) else {
                throw ReviewError.invalidRequest("请选择指标 / choose an indicator")
            }
            guard let outcome = form["outcome"].flatMap(SpotCheckOutcome.init(rawValue:)) else {
                throw ReviewError.invalidRequest("请选择核查结果 / choose confirmed or discrepancy")
            }
            // A follow-up date belongs to a discrepancy; a confirmation ignores the field.
            let finding = FindingRequest(
                indicator: indicator, outcome: outcome, notes: form["notes"], dueOn: outcome == .discrepancy ? form["dueOn"] : nil
            )
            _ = try await service.recordFinding(
                round: round.id, spotCheck: check, item: item, finding: finding, reviewer: reviewer)
            return WebNotice.recorded.after(WebPaths.spotChecks(round.id))
        }
    }

    @Sendable func resolve(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (form, reviewer, _) = try await context.form(request)
        let round = try await context.round(in: store)
        return try await acting(round: round, context: context, form: Self.defaultForm) {
            let (check, item) = try Self.ids(context)
            let text = context.parameters.get("indicator") ?? ""
            guard let indicator = IndicatorID(rawValue: text) else { throw SpotCheckError.unknownFinding(text) }
            _ = try await service.resolve(
                round: round.id, spotCheck: check, item: item, indicator: indicator, note: form["note"], reviewer: reviewer)
            return WebNotice.resolved.after(WebPaths.spotChecks(round.id))
        }
    }

    /// Runs `action`; redirects to where it says, or shows the page again with the refusal (and
    /// its status) when the service refuses.
    private func acting(
        round: RoundRecord, context: WebRequestContext, form: SpotCheckPage.DrawForm, _ action: () async throws -> String
    ) async throws -> Response {
        do {
            return WebRenderer.redirect(try await action())
        } catch let error as any APIError {
            return try await renderer.page(.spotChecks, refusal: error) {
                try await page(round: round, context: context, form: form, messages: $0)
            }
        }
    }

    /// The draw and item ids of the path (404 for anything that is not one).
    static func ids(_ context: WebRequestContext) throws -> (Int64, Int64) {
        (
            try context.id("spotCheck", or: SpotCheckError.unknownSpotCheck),
            try context.id("item", or: SpotCheckError.unknownItem)
        )
    }

    private func page(
        round: RoundRecord, context: WebRequestContext, form: SpotCheckPage.DrawForm, messages: PageMessages
    ) async throws -> SpotCheckPage {
        let signedIn = try context.signedIn()
        return SpotCheckPage(
            chrome: Chrome(title: "抽查 \(round.id)", signedIn: signedIn, round: round.id, active: "spotChecks"),
            round: round.id, csrf: signedIn.session.csrfToken, list: try await service.list(round: round.id, followUp: nil),
            names: try await store.filerNames(), form: form, messages: messages)
    }
}

extension AppDatabase {
    /// Every filer's name by code.
    func filerNames() async throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try await filers().map { ($0.code, $0.name) })
    }
}
