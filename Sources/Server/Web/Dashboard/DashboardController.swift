import Foundation
import Hummingbird
import Shared

/// A round's dashboard: deadline and days left, counts per deadline status and review state as
/// bar charts, and the roster with filters; the same rows as CSV.
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
    }

    @Sendable func home(_ request: Request, context: WebRequestContext) async throws -> Response {
        WebRenderer.redirect(try await SessionController.currentDashboard(store))
    }

    @Sendable func dashboard(_ request: Request, context: WebRequestContext) async throws -> Response {
        let signedIn = try context.signedIn()
        let round = try await context.round(in: store)
        let filters = try RosterFilters(request)
        let now = clock.now()
        let (entries, totals) = try await rows(round: round, filters: filters, now: now)
        // Bounded like every number from a query: a huge page once overflowed `(page - 1) * perPage`.
        let page = try request.uri.queryParameters.wholeNumber("page", in: 1...Self.maxPage, default: 1) {
            ReviewError.invalidQuery(parameter: "page", value: $0, expected: "1–\(Self.maxPage)")
        }
        let model = DashboardPage(
            chrome: Chrome(title: "看板 \(round.id)", signedIn: signedIn, round: round.id, active: "dashboard"),
            round: round, rounds: try await store.rounds(), now: now, totals: totals, filters: filters,
            entries: entries, kinds: try await kinds(), page: page, perPage: Self.perPage)
        return await renderer.page(.dashboard, model)
    }

    @Sendable func csv(_ request: Request, context: WebRequestContext) async throws -> Response {
        _ = try context.signedIn()
        let round = try await context.round(in: store)
        let filters = try RosterFilters(request)
        let (entries, _) = try await rows(round: round, filters: filters, now: clock.now())
        var headers = WebRenderer.headers(contentType: "text/csv; charset=utf-8")
        headers[.contentDisposition] = "attachment; filename=\"roster-\(round.id).csv\""
        return Response(
            status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: RosterCSV.render(entries))))
    }

    /// Every roster row matching the filters (the store's query, then the filer kind), and the
    /// totals over the whole roster.
    private func rows(round: RoundRecord, filters: RosterFilters, now: Date) async throws -> ([RosterEntry], RosterTotals) {
        let result = try await store.rosterPage(
            RosterQuery(
                round: round.id, deadline: round.deadline, today: ChinaTime.day(of: now), deadlineStatus: filters.deadline,
                review: filters.overdue ? .followUpOverdue : filters.review.flatMap { RosterReviewFilter(rawValue: $0.rawValue) })
        )
        var entries = result.entries
        if filters.overdue, let review = filters.review { entries = entries.filter { $0.reviewState == review } }
        if let kind = filters.kind {
            let kinds = try await kinds()
            entries = entries.filter { kinds[$0.filer] == kind }
        }
        return (entries, result.totals)
    }

    private func kinds() async throws -> [String: FilerKind] {
        Dictionary(uniqueKeysWithValues: try await store.filers().map { ($0.code, $0.kind) })
    }
}

/// The dashboard's filters, from its query string (a bad value is a 400 page).
struct RosterFilters: Sendable {
    var deadline: DeadlineStatus?
    var review: ReviewState?
    var overdue: Bool
    var kind: FilerKind?

    init(_ request: Request) throws {
        let parameters = request.uri.queryParameters
        let value = { (name: String) -> String? in parameters.get(name).flatMap { $0.isEmpty ? nil : $0 } }
        deadline = try Self.parse(value("deadline"), name: "deadline")
        review = try Self.parse(value("review"), name: "review")
        kind = try Self.parse(value("kind"), name: "kind")
        overdue = value("overdue") == "1"
    }

    /// The filters as query items, for links and the CSV export.
    var query: [(String, String?)] {
        [
            ("deadline", deadline?.rawValue), ("review", review?.rawValue), ("overdue", overdue ? "1" : nil),
            ("kind", kind?.rawValue),
        ]
    }

    private static func parse<T: RawRepresentable & CaseIterable>(_ text: String?, name: String) throws -> T?
    where T.RawValue == String {
        guard let text else { return nil }
        guard let value = T(rawValue: text) else {
            throw ReviewError.invalidQuery(
                parameter: name, value: text, expected: T.allCases.map(\.rawValue).joined(separator: "|"))
        }
        return value
    }
}
