import Foundation
import Hummingbird
import Shared

/// `GET /v1/rounds/{round}/filers`: the round's roster by deadline status and review state,
/// filtered, paged, as JSON, or as CSV or an Excel workbook in Chinese (`lang=en`: English
/// field names and codes) (reviewers only).
package struct RosterController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock

    package static let defaultPerPage = 50
    package static let maxPerPage = 1000
    /// Far past any roster; the bound keeps `(page - 1) * perPage` far from overflow.
    package static let maxPage = 1_000_000

    /// Adds the route to a group at `v1/rounds/:round/filers` guarded by `AuthMiddleware`.
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.get(use: list)
    }

    @Sendable func list(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        _ = try context.requireReviewer()
        let round = try await store.requireRound(context.parameters.text(.round))
        let parameters = request.uri.queryParameters
        let deadlineStatus = try Self.parse(parameters.get("deadline"), name: "deadline", as: DeadlineStatus.self)
        let review = try Self.parse(parameters.get("review"), name: "review", as: RosterReviewFilter.self)
        let format = parameters.get("format") ?? "json"
        guard ["json", "csv", "xlsx"].contains(format) else {
            throw ReviewError.invalidQuery(parameter: "format", value: format, expected: "json|csv|xlsx")
        }
        let language = try Self.parse(parameters.get("lang"), name: "lang", as: RosterLanguage.self) ?? .zh
        // A spreadsheet export takes every matching row unless a page is asked for.
        let paged = format == "json" || parameters.get("page") != nil || parameters.get("perPage") != nil
        let page = try parameters.wholeNumber("page", in: 1...Self.maxPage, default: 1) {
            ReviewError.invalidQuery(parameter: "page", value: $0, expected: "1–\(Self.maxPage)")
        }
        let perPage = try parameters.wholeNumber("perPage", in: 1...Self.maxPerPage, default: Self.defaultPerPage) {
            ReviewError.invalidQuery(parameter: "perPage", value: $0, expected: "1–\(Self.maxPerPage)")
        }
        let now = clock.now()
        let result = try await store.rosterPage(
            RosterQuery(
                round: round.id, deadline: round.deadline, today: ChinaTime.day(of: now), deadlineStatus: deadlineStatus,
                review: review, limit: paged ? perPage : nil, offset: paged ? (page - 1) * perPage : 0))
        switch format {
        case "csv":
            return Self.download(
                Data(RosterCSV.render(result.entries, language: language).utf8), type: Self.csvType,
                name: "roster-\(round.id).csv")
        case "xlsx":
            return Self.download(
                try RosterTable.xlsx(result.entries, round: round.id, language: language, at: now), type: Self.xlsxType,
                name: "roster-\(round.id).xlsx")
        default: break
        }
        return JSONResponse.make(
            RosterPage(
                round: round.id, deadline: round.deadline.description, asOf: ChinaTime.format(now), page: page,
                perPage: perPage, matched: result.matched, totals: result.totals, entries: result.entries))
    }

    static let csvType = "text/csv; charset=utf-8"
    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// An export as a download named `name`.
    static func download(_ data: Data, type: String, name: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static func parse<T: RawRepresentable & CaseIterable>(_ text: String?, name: String, as type: T.Type) throws -> T?
    where T.RawValue == String {
        guard let text else { return nil }
        guard let value = T(rawValue: text) else {
            throw ReviewError.invalidQuery(
                parameter: name, value: text, expected: T.allCases.map(\.rawValue).joined(separator: "|"))
        }
        return value
    }
}
