import Foundation
import Hummingbird
import Shared

/// `/web/rounds/{round}/summary`: the national summary as a chart and tables, and the publish
/// button; both go through `ResultsService`, like the JSON API.
struct SummaryPageController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock
    let renderer: WebRenderer

    /// Routes on the signed-in `web` group.
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("rounds/:round/summary", use: show)
        group.post("rounds/:round/publish", use: publish)
    }

    struct Page: WebPageModel {
        var chrome: Chrome
        var round: String
        var csrf: String
        var messages: PageMessages
        var shares: SharesView
        var publications: [PublicationInfo]
        var hasPublications: Bool
    }

    private var results: ResultsService { ResultsService(store: store, clock: clock) }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        let round = try await context.round(in: store)
        let messages = PageMessages(query: request.uri.queryParameters.get("notice"))
        return await renderer.page(.summary, try await page(round: round, context: context, messages: messages))
    }

    @Sendable func publish(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (_, reviewer, _) = try await context.form(request)
        let round = try await context.round(in: store)
        _ = try await results.publish(round: round, reviewer: reviewer)
        return WebRenderer.redirect(WebNotice.published.after(WebPaths.summary(round.id)))
    }

    private func page(round: RoundRecord, context: WebRequestContext, messages: PageMessages) async throws -> Page {
        let signedIn = try context.signedIn()
        let publications = try await store.publications(round: round.id)
        return Page(
            chrome: Chrome(title: "全国汇总 \(round.id)", signedIn: signedIn, round: round.id, active: "summary"),
            round: round.id, csrf: signedIn.session.csrfToken, messages: messages,
            shares: SharesView(try await results.nationalSummary(round: round.id).summary),
            publications: publications.reversed(), hasPublications: !publications.isEmpty)
    }
}
