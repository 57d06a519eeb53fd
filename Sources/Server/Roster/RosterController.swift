import Foundation
import Hummingbird
import Shared

/// `GET /v1/rounds/{round}/filers`: the round's roster by deadline status and review state,
/// filtered, paged, as JSON or CSV (reviewers only).
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
        guard format == "json" || format == "csv" else {
            throw ReviewError.invalidQuery(parameter: "format", value: format, expected: "json|csv")
        }
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
        if format == "csv" {
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8",
                    .contentDisposition: "attachment; filename=\"roster-\(round.id).csv\"",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: Data(RosterCSV.render(result.entries).utf8))))
        }
        return JSONResponse.make(
            RosterPage(
                round: round.id, deadline: round.deadline.description, asOf: ChinaTime.format(now), page: page,
                perPage: perPage, matched: result.matched, totals: result.totals, entries: result.entries))
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

/// The roster as CSV (RFC 4180, CRLF, a header row), with a UTF-8 byte order mark so that
/// spreadsheet programs show the Chinese names correctly.
package enum RosterCSV {
    static let header = [
        "filer", "name", "deadlineStatus", "firstReceivedAt", "latestReceivedAt", "latestVersion", "reviewState",
        "followUpDueOn", "followUpOverdue", "errors", "warnings",
    ]

    package static func render(_ entries: [RosterEntry]) -> String {
        var text = "\u{FEFF}" + header.joined(separator: ",") + "\r\n"
        for e in entries {
            let fields = [
                e.filer, e.name, e.deadlineStatus.rawValue, e.firstReceivedAt ?? "", e.latestReceivedAt ?? "",
                String(e.latestVersion), e.reviewState?.rawValue ?? "", e.followUpDueOn ?? "",
                e.followUpOverdue ? "true" : "false",
                String(e.errors), String(e.warnings),
            ]
            text += fields.map(escape).joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// Quotes a field with a comma, quote or line break. A field that a spreadsheet could take
    /// for a formula gets a leading quote mark: one whose first character after any spaces is
    /// `=`, `+`, `-`, `@`, a tab, a line break or their fullwidth forms (`＝＋－＠`), which
    /// spreadsheet programs in Chinese locales also evaluate.
    package static func escape(_ field: String) -> String {
        var value = field
        if let first = value.unicodeScalars.first(where: { $0 != " " && $0 != "\u{3000}" }), formulaLeads.contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Characters that start a formula in Excel, WPS or LibreOffice.
    static let formulaLeads: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠"]
}
