import Foundation
import Hummingbird
import Shared

/// A round's dashboard: deadline and days left, counts per deadline status and review state as
/// bar charts, the reviewer's queue, and the roster with filters, search and sorting; the same
/// rows as CSV or an Excel workbook, in Chinese.
struct DashboardController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock
    let renderer: WebRenderer

    static let perPage = 100
    /// Far past any roster (a million filers); keeps page arithmetic far from overflow.
    static let maxPage = 10_000

    /// Routes on the signed-in `web` group.
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get(use: home)
        group.get("rounds/:round", use: dashboard)
        group.get("rounds/:round/roster.csv", use: csv)
        group.get("rounds/:round/roster.xlsx", use: xlsx)
    }

    @Sendable func home(_ request: Request, context: WebRequestContext) async throws -> Response {
        WebRenderer.redirect(try await SessionController.currentDashboard(store))
    }

    @Sendable func dashboard(_ request: Request, context: WebRequestContext) async throws -> Response {
        let signedIn = try context.signedIn()
        let round = try await context.round(in: store)
        if let remembered = RosterMemory.remembered(request, round: round.id) { return WebRenderer.redirect(remembered) }
        let filters = try RosterFilters(request)
        let now = clock.now()
        let (entries, totals) = try await rows(round: round, filters: filters, now: now)
        // Bounded like every number from a query: a huge page once overflowed `(page - 1) * perPage`.
        let page = try request.uri.queryParameters.wholeNumber("page", in: 1...Self.maxPage, default: 1) {
            ReviewError.invalidQuery(parameter: "page", value: $0, expected: "1–\(Self.maxPage)")
        }
        let queue = try await store.reviewQueue(round: round.id, reviewer: signedIn.reviewer)
        var model = DashboardPage(
            chrome: Chrome(title: "看板 \(round.id)", signedIn: signedIn, round: round.id, active: "dashboard"),
            round: round, rounds: try await store.rounds(), now: now, totals: totals, filters: filters,
            entries: entries, kinds: try await kinds(), queue: QueueView(queue, round: round.id), page: page,
            perPage: Self.perPage)
        try await Self.addChasing(to: &model, round: round.id, store: store)
        model.messages = PageMessages(noticeOf: request)
        var response = await renderer.page(.dashboard, model)
        // An address with a query says what to show, and is what the bare address leads back to.
        if !(request.uri.query?.isEmpty ?? true) { response.setCookie(RosterMemory.cookie(for: filters, round: round.id)) }
        return response
    }

    @Sendable func csv(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (round, entries) = try await export(request, context: context)
        return Self.download(Data(RosterCSV.render(entries).utf8), type: RosterController.csvType, name: "roster-\(round.id).csv")
    }

    @Sendable func xlsx(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (round, entries) = try await export(request, context: context)
        let data = try RosterTable.xlsx(entries, round: round.id, language: .zh, at: clock.now())
        return Self.download(data, type: RosterController.xlsxType, name: "roster-\(round.id).xlsx")
    }

    /// An export with the pages' headers (never cached), as a download named `name`.
    private static func download(_ data: Data, type: String, name: String) -> Response {
        var headers = WebRenderer.headers(contentType: type)
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The rows an export holds: those the dashboard shows with the same filters, in its order.
    private func export(_ request: Request, context: WebRequestContext) async throws -> (RoundRecord, [RosterEntry]) {
        _ = try context.signedIn()
        let round = try await context.round(in: store)
        let filters = try RosterFilters(request)
        return (round, try await rows(round: round, filters: filters, now: clock.now()).0)
    }

    /// Every roster row matching the filters and the search (the store's query, then the filer
    /// kind and the text), in the chosen order, and the totals over the whole roster.
    private func rows(round: RoundRecord, filters: RosterFilters, now: Date) async throws -> ([RosterEntry], RosterTotals) {
        let result = try await store.rosterPage(
            RosterQuery(
                round: round.id, deadline: round.deadline, today: ChinaTime.day(of: now), deadlineStatus: filters.deadline,
                review: filters.overdue ? .followUpOverdue : filters.review.flatMap { RosterReviewFilter(rawValue: $0.rawValue) })
        )
        var entries = result.entries.filter(filters.matchesSearch)
        if filters.overdue, let review = filters.review { entries = entries.filter { $0.reviewState == review } }
        let kinds = try await kinds()
        if let kind = filters.kind { entries = entries.filter { kinds[$0.filer] == kind } }
        return (filters.sort.sort(entries, kinds: kinds, descending: filters.descending), result.totals)
    }

    private func kinds() async throws -> [String: FilerKind] {
        Dictionary(uniqueKeysWithValues: try await store.filers().map { ($0.code, $0.kind) })
    }
}
