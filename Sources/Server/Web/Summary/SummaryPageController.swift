import Foundation
import Hummingbird
import Shared

/// `/web/rounds/{round}/summary`: the national summary as a chart and tables, the way to the
/// publication preview (`PublishPageController`) and the earlier publications as pages.
struct SummaryPageController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock
    let renderer: WebRenderer

    /// Routes on the signed-in `web` group.
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("rounds/:round/summary", use: show)
    }

    /// A publication as the summary page lists it: its public page and its JSON.
    struct Publication: Sendable {
        var id: Int64
        var publishedAt: String
        var href: String
        var json: String
    }

    struct Page: WebPageModel {
        var chrome: Chrome
        var round: String
        var csrf: String
        var messages: PageMessages
        var shares: SharesView
        var previewHref: String
        var publications: [Publication]
        var hasPublications: Bool
    }

    private var results: ResultsService { ResultsService(store: store, clock: clock) }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        let round = try await context.round(in: store)
        let messages = PageMessages(noticeOf: request)
        return await renderer.page(.summary, try await page(round: round, context: context, messages: messages))
    }

    private func page(round: RoundRecord, context: WebRequestContext, messages: PageMessages) async throws -> Page {
        let signedIn = try context.signedIn()
        let publications = try await store.publications(round: round.id)
        return Page(
            chrome: Chrome(title: "全国汇总 \(round.id)", signedIn: signedIn, round: round.id, active: "summary"),
            round: round.id, csrf: signedIn.session.csrfToken, messages: messages,
            shares: SharesView(try await results.nationalSummary(round: round.id).summary),
            previewHref: WebPaths.publish(round.id),
            publications: publications.reversed().map {
                Publication(
                    id: $0.id, publishedAt: ReadableTime.of($0.publishedAt), href: WebPaths.publication(round.id, $0.id),
                    json: PublicController.publicationPath(round: round.id, id: $0.id))
            },
            hasPublications: !publications.isEmpty)
    }
}
