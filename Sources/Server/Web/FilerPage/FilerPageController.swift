import Foundation
import Hummingbird
import Shared

/// `/web/rounds/{round}/filers/{code}`: one filer's versions, report, diff and review form;
/// the review form posts to `.../review` and goes through `ReviewService` like the JSON API.
struct FilerPageController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock
    let renderer: WebRenderer

    /// Routes on the signed-in `web` group.
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("rounds/:round/filers/:filer", use: show)
        group.post("rounds/:round/filers/:filer/review", use: review)
    }

    private var reviews: ReviewService { ReviewService(store: store, clock: clock) }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let (round, filer) = try await requireFiler(context)
        let model = try await page(
            round: round, filer: filer, context: context, shown: number(query.get("version")),
            diff: (number(query.get("from")), number(query.get("to"))), review: nil,
            messages: PageMessages(query: query.get("notice")))
        return await renderer.page(.filer, model)
    }

    @Sendable func review(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (form, reviewer, _) = try await context.form(request)
        let (round, filer) = try await requireFiler(context)
        let version = number(form["version"]) ?? 0
        let decision = form["decision"].flatMap(ReviewDecision.init(rawValue:))
        var submitted = FilerPage.ReviewForm(
            version: version, accept: decision == .accept, returning: decision == .return, comment: form["comment"] ?? "",
            dueOn: form["dueOn"] ?? "")
        do {
            guard let decision else {
                throw ReviewError.invalidRequest("请选择“通过”或“退回” / choose accept or return")
            }
            // The due date belongs to a return; an accept ignores the field.
            let request = ReviewRequest(
                decision: decision, comment: form["comment"], dueOn: decision == .return ? form["dueOn"] : nil)
            _ = try await reviews.decide(round: round, filer: filer.code, number: version, request: request, reviewer: reviewer)
            let notice: WebNotice = decision == .accept ? .accepted : .returned
            return WebRenderer.redirect(notice.after(WebPaths.filer(round.id, filer.code)))
        } catch let error as any APIError {
            submitted.error = error.body.message
            submitted.errorEn = error.body.messageEn
            let model = try await page(
                round: round, filer: filer, context: context, shown: nil, diff: (nil, nil), review: submitted,
                messages: PageMessages())
            return await renderer.page(.filer, model, status: error.status)
        }
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

    private func page(
        round: RoundRecord, filer: FilerRecord, context: WebRequestContext, shown: Int?, diff: (from: Int?, to: Int?),
        review: FilerPage.ReviewForm?, messages: PageMessages
    ) async throws -> FilerPage {
        let signedIn = try context.signedIn()
        let now = clock.now()
        let infos = try await reviews.versionInfos(round: round, filer: filer.code)
        let latest = infos.last?.receipt.version ?? 0
        let shownVersion = shown.flatMap { $0 <= latest ? $0 : nil } ?? latest
        var report: ReportView?
        if shownVersion > 0, let bytes = try await store.reportBytes(round: round.id, filer: filer.code, number: shownVersion) {
            // Stored versions passed the decoder at upload.
            report = ReportView(try ReportDecoder.decode(bytes), issues: infos[shownVersion - 1].issues ?? [])
        }
        let to = diff.to.flatMap { $0 <= latest ? $0 : nil } ?? latest
        let from = diff.from.flatMap { $0 <= latest ? $0 : nil } ?? max(to - 1, 1)
        let changes = latest >= 2 ? try await reviews.diff(round: round.id, filer: filer.code, number: to, from: from) : []
        let status = DeadlineRule.status(deadline: round.deadline, firstReceivedAt: infos.first?.receipt.receivedAt, now: now)
        return FilerPage(
            chrome: Chrome(title: "\(filer.name) · \(round.id)", signedIn: signedIn, round: round.id, active: "dashboard"),
            round: round.id, roundTitle: round.title, code: filer.code, name: filer.name, deadline: round.deadline.description,
            deadlineTag: Tag(status), latestTag: infos.last.map { Tag($0.reviewState) },
            messages: messages, hasVersions: latest > 0,
            versions: infos.reversed().map {
                FilerPage.Version($0, round: round.id, filer: filer.code, shown: shownVersion, latest: latest)
            },
            review: latest > 0
                ? review ?? FilerPage.ReviewForm(version: latest, accept: false, returning: false, comment: "", dueOn: "") : nil,
            reviewAction: WebPaths.filer(round.id, filer.code) + "/review", csrf: signedIn.session.csrfToken,
            today: ChinaTime.day(of: now).description, shownVersion: shownVersion, report: report,
            diffAction: WebPaths.filer(round.id, filer.code),
            fromOptions: FilerPage.versionOptions(latest: latest, selected: from),
            toOptions: FilerPage.versionOptions(latest: latest, selected: to),
            diffFrom: from, diffTo: to, hasDiff: latest >= 2,
            changes: changes.map { FilerPage.Change(path: $0.path, from: $0.from, to: $0.to) },
            noChanges: latest >= 2 && changes.isEmpty)
    }
}
