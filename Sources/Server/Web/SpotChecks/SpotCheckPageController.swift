import Foundation
import Hummingbird
import Shared

/// `/web/rounds/{round}/spot-checks`: draw a sample, record findings, resolve follow-ups; every
/// action goes through `SpotCheckService`, like the JSON API.
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
        let messages = PageMessages(query: request.uri.queryParameters.get("notice"))
        return await renderer.page(
            .spotChecks, try await page(round: round, context: context, form: Self.defaultForm, messages: messages))
    }

    @Sendable func draw(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (form, reviewer, _) = try await context.form(request)
        let round = try await context.round(in: store)
        let submitted = SpotCheckPage.DrawForm(
            seed: form["seed"] ?? "", province: form["province"] ?? "", city: form["city"] ?? "", county: form["county"] ?? "",
            department: form["department"] ?? "")
        return try await acting(round: round, context: context, form: submitted, done: .drawn) {
            guard let seed = Int64(submitted.seed) else {
                throw ReviewError.invalidRequest("随机种子应为整数 / the seed must be an integer")
            }
            var counts: [String: Int] = [:]
            for level in PlatformLevel.allCases {
                guard let text = form[level.rawValue] else { continue }
                guard let count = Int(text) else { throw SpotCheckError.invalidCounts("\(level.rawValue)=\(text)") }
                counts[level.rawValue] = count
            }
            _ = try await service.draw(round: round, request: SpotCheckRequest(seed: seed, counts: counts), reviewer: reviewer)
        }
    }

    @Sendable func recordFinding(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (form, reviewer, _) = try await context.form(request)
        let round = try await context.round(in: store)
        return try await acting(round: round, context: context, form: Self.defaultForm, done: .recorded) {
            let (check, item) = try ids(context)
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
        }
    }

    @Sendable func resolve(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (_, reviewer, _) = try await context.form(request)
        let round = try await context.round(in: store)
        return try await acting(round: round, context: context, form: Self.defaultForm, done: .resolved) {
            let (check, item) = try ids(context)
            let text = context.parameters.get("indicator") ?? ""
            guard let indicator = IndicatorID(rawValue: text) else { throw SpotCheckError.unknownFinding(text) }
            _ = try await service.resolve(round: round.id, spotCheck: check, item: item, indicator: indicator, reviewer: reviewer)
        }
    }

    /// Runs `action`; redirects to the page with a notice, or shows the page again with the
    /// refusal (and its status) when the service refuses.
    private func acting(
        round: RoundRecord, context: WebRequestContext, form: SpotCheckPage.DrawForm, done: WebNotice,
        _ action: () async throws -> Void
    ) async throws -> Response {
        do {
            try await action()
            return WebRenderer.redirect(done.after(WebPaths.spotChecks(round.id)))
        } catch let error as any APIError {
            let model = try await page(
                round: round, context: context, form: form, messages: PageMessages(refusal: error))
            return await renderer.page(.spotChecks, model, status: error.status)
        }
    }

    private func ids(_ context: WebRequestContext) throws -> (Int64, Int64) {
        func id(_ name: String, _ unknown: (String) -> SpotCheckError) throws -> Int64 {
            let text = context.parameters.get(name) ?? ""
            guard text.utf8.count <= 18, let value = Int64(text), value >= 1 else { throw unknown(text) }
            return value
        }
        return (try id("spotCheck", SpotCheckError.unknownSpotCheck), try id("item", SpotCheckError.unknownItem))
    }

    private func page(
        round: RoundRecord, context: WebRequestContext, form: SpotCheckPage.DrawForm, messages: PageMessages
    ) async throws -> SpotCheckPage {
        let signedIn = try context.signedIn()
        let names = Dictionary(uniqueKeysWithValues: try await store.filers().map { ($0.code, $0.name) })
        return SpotCheckPage(
            chrome: Chrome(title: "抽查 \(round.id)", signedIn: signedIn, round: round.id, active: "spotChecks"),
            round: round.id, csrf: signedIn.session.csrfToken, today: ChinaTime.day(of: clock.now()).description,
            list: try await service.list(round: round.id, followUp: nil), names: names, form: form, messages: messages)
    }
}
