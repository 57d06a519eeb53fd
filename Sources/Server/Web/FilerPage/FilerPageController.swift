import Foundation
import Hummingbird
import Shared

/// `/web/rounds/{round}/filers/{code}`: one filer's versions, report, diff and review form;
/// the review form posts to `.../review` and goes through `ReviewService` like the JSON API.
/// `?view=problems` shows only the report's problems, `?view=print` the report for paper;
/// `?page=N` the N-th page of a long report.
struct FilerPageController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock
    let renderer: WebRenderer
    let decoded: DecodedReports

    /// The review form carries a comment box beside each problem of the page, each sent even when empty.
    static let reviewFormLimit = 1024 * 1024

    /// Routes on the signed-in `web` group.
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("rounds/:round/filers/:filer", use: show)
        group.post("rounds/:round/filers/:filer/review", use: review)
    }

    private var reviews: ReviewService { ReviewService(store: store, clock: clock) }
    private var builder: FilerPageBuilder { FilerPageBuilder(store: store, clock: clock, decoded: decoded) }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let (round, filer) = try await requireFiler(context)
        let asked = FilerPageBuilder.Asked(
            shown: number(query.get("version")), from: number(query.get("from")), to: number(query.get("to")),
            view: FilerPageBuilder.View(rawValue: query.get("view") ?? ""), page: number(query.get("page")))
        var model = try await builder.page(
            round: round, filer: filer, context: context, asked: asked, review: nil,
            messages: PageMessages(query: query.get("notice")))
        model.nextToReview = try await NextToReview.visit(
            filer.code, round: round.id, reviewer: try context.signedIn().reviewer, store: store, at: clock.now())
        model.chasing = try await ChasingPanel.load(
            store: store, round: round.id, filer: filer.code, csrf: try context.signedIn().session.csrfToken)
        return await renderer.page(.filer, model)
    }

    @Sendable func review(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (form, reviewer, _) = try await context.form(request, limit: Self.reviewFormLimit)
        let (round, filer) = try await requireFiler(context)
        let version = number(form["version"]) ?? 0
        let decision = form["decision"].flatMap(ReviewDecision.init(rawValue:))
        let view = FilerPageBuilder.View(rawValue: form["view"] ?? "")
        var submitted = FilerPage.ReviewForm(
            version: version, accept: decision == .accept, returning: decision == .return, comment: form["comment"] ?? "",
            dueOn: form["dueOn"] ?? "")
        let pinned = Self.pinnedComments(form, into: &submitted)
        do {
            guard let decision else {
                throw ReviewError.invalidRequest("请选择“通过”或“退回” / choose accept or return")
            }
            // The due date belongs to a return; an accept ignores the field.
            let request = ReviewRequest(
                decision: decision, comment: form["comment"], dueOn: decision == .return ? form["dueOn"] : nil,
                comments: pinned.isEmpty ? nil : pinned)
            _ = try await reviews.decide(round: round, filer: filer.code, number: version, request: request, reviewer: reviewer)
            let notice: WebNotice = decision == .accept ? .accepted : .returned
            let back = WebPaths.with(WebPaths.filer(round.id, filer.code), [("view", view?.rawValue)])
            return WebRenderer.redirect(notice.after(back))
        } catch let error as any APIError {
            submitted.error = error.body.message
            submitted.errorEn = error.body.messageEn
            let asked = FilerPageBuilder.Asked(view: view, page: number(form["page"]))
            let model = try await builder.page(
                round: round, filer: filer, context: context, asked: asked, review: submitted, messages: PageMessages())
            return await renderer.page(.filer, model, status: error.status)
        }
    }

    /// The comments of the boxes beside the report (`pin:<path>`, the empty ones left out) and of
    /// the rows for other places, in the form's order; what was typed is kept in `form` for a
    /// refusal.
    static func pinnedComments(_ form: WebForm, into review: inout FilerPage.ReviewForm) -> [ReviewCommentRequest] {
        var comments: [ReviewCommentRequest] = []
        for (path, text) in form.fields(prefixed: PinBox.prefix) {
            let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            review.pins[path] = text
            comments.append(ReviewCommentRequest(path: path, text: text))
        }
        review.otherPlaces = FilerPage.OtherPlace.blank.map { row in
            FilerPage.OtherPlace(
                number: row.number, path: form["place\(row.number)Path"] ?? "", text: form["place\(row.number)Text"] ?? "")
        }
        for row in review.otherPlaces where !row.path.isEmpty || !row.text.isEmpty {
            comments.append(ReviewCommentRequest(path: row.path, text: row.text))
        }
        return comments
    }

    private func requireFiler(_ context: WebRequestContext) async throws -> (RoundRecord, FilerRecord) {
        let round = try await context.round(in: store)
        let filer = try await store.requireRosterFiler(context.parameters.get("filer") ?? "", round: round.id)
        return (round, filer)
    }

    private func number(_ text: String?) -> Int? {
        guard let text, text.utf8.count <= 9, let value = Int(text), value >= 1 else { return nil }
        return value
    }
}
