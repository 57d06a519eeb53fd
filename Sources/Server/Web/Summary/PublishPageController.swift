import Foundation
import Hummingbird
import Shared

/// `/web/rounds/{round}/publish`: publishing with care. GET shows the preview (the snapshot the
/// public would see and what changed since the last publication); POST publishes only with the
/// confirmation box ticked, the preview's digest (results changed since: 409, shown again) and
/// the session's CSRF token (403). A refused confirmation stores nothing.
struct PublishPageController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock
    let renderer: WebRenderer

    /// The value of the confirmation box.
    static let confirmed = "yes"

    /// Routes on the signed-in `web` group.
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("rounds/:round/publish", use: preview)
        group.post("rounds/:round/publish", use: publish)
    }

    private var results: ResultsService { ResultsService(store: store, clock: clock) }

    @Sendable func preview(_ request: Request, context: WebRequestContext) async throws -> Response {
        let round = try await context.round(in: store)
        return await renderer.page(.publishPreview, try await page(round: round, context: context, messages: PageMessages()))
    }

    @Sendable func publish(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (form, reviewer, _) = try await context.form(request)
        let round = try await context.round(in: store)
        do {
            guard form["confirm"] == Self.confirmed, let digest = form["digest"] else { throw PublishRefusal.notConfirmed }
            _ = try await results.publish(round: round, reviewer: reviewer, confirming: digest)
            return WebRenderer.redirect(WebNotice.published.after(WebPaths.summary(round.id)))
        } catch let error as any APIError {
            return try await renderer.page(.publishPreview, refusal: error) {
                try await page(round: round, context: context, messages: $0)
            }
        }
    }

    private func page(round: RoundRecord, context: WebRequestContext, messages: PageMessages) async throws -> PublishPreviewPage {
        let signedIn = try context.signedIn()
        let now = clock.now()
        let previous = try await store.decodedSnapshot(round: round.id, id: nil)
        return PublishPreviewPage(
            chrome: Chrome(title: "公布预览 \(round.id)", signedIn: signedIn, round: round.id, active: "summary"),
            round: round, csrf: signedIn.session.csrfToken, draft: try await results.draft(round: round, now: now),
            previous: previous, now: now, messages: messages)
    }
}

/// A publication the page refuses before anything is computed: the box was not ticked.
enum PublishRefusal: APIError {
    case notConfirmed

    var status: HTTPResponse.Status { .unprocessableContent }

    var body: APIErrorBody {
        APIErrorBody(
            error: "confirmation_required", message: "请先核对预览内容，并勾选“我已核对以上内容，确认公布”后再提交；未公布任何内容",
            messageEn: "Check the preview and tick the confirmation box first; nothing was published.")
    }
}
