import Hummingbird
import Shared

/// `GET /v1/filers/{filer}/notices`: the filer's inbox, newest first, signed like every filer
/// read (reviewers may read it too). `unread=true` answers only unread notices; `markRead=true`
/// marks the ones answered read, for the filer's own key only (a reviewer reading it does not
/// mark anything). Marking is idempotent: reading again changes nothing more.
package struct NoticeController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock

    /// Adds the route to a group at `v1/filers/:filer/notices` guarded by `AuthMiddleware`.
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.get(use: list)
    }

    @Sendable func list(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let (filer, principal) = try context.readableFiler(
            forbidden: "只能查看本单位的通知", "You may read only your own office's notices.")
        let query = request.uri.queryParameters
        let unread = try NoticeQueryError.flag(query, "unread")
        let markRead = try NoticeQueryError.flag(query, "markRead")
        guard try await store.filer(code: filer) != nil else { throw FilingError.unknownFiler(filer) }
        let ownKey = if case .filer = principal { true } else { false }
        let notices = try await store.notices(
            filer: filer, unreadOnly: unread, markReadAt: markRead && ownKey ? clock.now() : nil)
        return JSONResponse.make(notices)
    }
}

/// A query parameter of the inbox that is not `true` or `false`.
package struct NoticeQueryError: APIError {
    package var name: String
    package var value: String

    package var status: HTTPResponse.Status { .badRequest }

    package var body: APIErrorBody {
        APIErrorBody(
            error: "invalid_query", message: "参数 \(name) 应为 true 或 false，而不是“\(value)”",
            messageEn: "The parameter \(name) must be true or false, not “\(value)”.")
    }

    /// The value of `name` in `query`: absent or empty is false.
    static func flag(_ query: Parameters, _ name: String) throws -> Bool {
        guard let text = query.get(name), !text.isEmpty else { return false }
        switch text {
        case "true": return true
        case "false": return false
        default: throw NoticeQueryError(name: name, value: String(text.prefix(40)))
        }
    }
}
