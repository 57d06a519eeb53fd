import Hummingbird

/// Lets a request through to a reviewer page only with a live session of an active reviewer;
/// otherwise redirects (303) to the sign-in page, remembering where the reviewer was going.
struct WebSessionMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    let store: AppDatabase
    let sessions: WebSessionStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        let next_ = request.method == .get ? request.uri.path + (request.uri.query.map { "?" + $0 } ?? "") : nil
        guard let id = request.cookies[WebCookies.session]?.value, !id.isEmpty else {
            throw WebRedirect.signIn(next: next_, expired: false)
        }
        let session: WebSession
        switch await sessions.lookup(id) {
        case .active(let found): session = found
        case .expired: throw WebRedirect.signIn(next: next_, expired: true)
        case .unknown: throw WebRedirect.signIn(next: next_, expired: false)
        }
        // A revoked token ends its sessions at once.
        guard let reviewer = try await store.reviewer(tokenSHA256: session.tokenSHA256), reviewer.state == .active else {
            await sessions.remove(id)
            throw WebRedirect.signIn(next: next_, expired: true)
        }
        var context = context
        context.session = session
        context.reviewer = reviewer
        return try await next(request, context)
    }
}
