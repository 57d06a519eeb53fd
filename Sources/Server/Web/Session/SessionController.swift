import Foundation
import Hummingbird
import Logging
import Shared

/// Sign-in with a reviewer token (a session cookie), sign-out, and `/web` itself, which leads to
/// the current round's dashboard.
struct SessionController: Sendable {
    let store: AppDatabase
    let sessions: WebSessionStore
    let renderer: WebRenderer

    /// Routes that need no session, on the `web` group.
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("sign-in", use: signInPage)
        group.post("sign-in", use: signIn)
        group.post("sign-out", use: signOut)
    }

    struct SignInPage: WebPageModel {
        var chrome: Chrome
        var csrf: String
        var next: String?
        var expired: Bool
        var error: String?
    }

    @Sendable func signInPage(_ request: Request, context: WebRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let next = query.get("next").flatMap { WebPaths.isSafeNext($0) ? $0 : nil }
        return await signInForm(next: next, expired: query.get("expired") == "1", error: nil, status: .ok)
    }

    /// The form with a fresh double-submit CSRF token in a cookie and in the form.
    private func signInForm(next: String?, expired: Bool, error: String?, status: HTTPResponse.Status) async -> Response {
        let token = Hex.encode(Crypto.randomBytes(32))
        let model = SignInPage(
            chrome: Chrome(title: "审核人登录"), csrf: token, next: next, expired: expired, error: error)
        var response = await renderer.page(.signIn, model, status: status)
        response.setCookie(WebCookies.signIn(token))
        return response
    }

    @Sendable func signIn(_ request: Request, context: WebRequestContext) async throws -> Response {
        let form = try await WebForm.read(request)
        guard let expected = request.cookies[WebCookies.signIn]?.value, !expected.isEmpty, form.hasCSRFToken(expected) else {
            throw WebRefusal.csrf
        }
        let next = form["next"].flatMap { WebPaths.isSafeNext($0) ? $0 : nil }
        let tokenHash = form["token"].map(ReviewerToken.hash)
        guard let tokenHash, let reviewer = try await store.reviewer(tokenSHA256: tokenHash), reviewer.state == .active else {
            return await signInForm(
                next: next, expired: false, error: "令牌无效或已被吊销。The token is not valid or has been revoked.",
                status: .unauthorized)
        }
        let (id, _) = await sessions.create(tokenSHA256: tokenHash)
        context.logger.info("reviewer signed in", metadata: ["reviewer": .string(reviewer.name)])
        let target: String
        if let next { target = next } else { target = try await Self.currentDashboard(store) }
        var response = WebRenderer.redirect(target)
        response.setCookie(WebCookies.session(id))
        response.setCookie(WebCookies.cleared(WebCookies.signIn))
        return response
    }

    @Sendable func signOut(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let id = request.cookies[WebCookies.session]?.value, case .active(let session) = await sessions.lookup(id) else {
            return WebRenderer.redirect(WebPaths.signIn)
        }
        let form = try await WebForm.read(request)
        guard form.hasCSRFToken(session.csrfToken) else { throw WebRefusal.csrf }
        await sessions.remove(id)
        var response = WebRenderer.redirect(WebPaths.signIn)
        response.setCookie(WebCookies.cleared(WebCookies.session))
        return response
    }

    /// The dashboard of the most recent round not archived (the seeded 2017 round on a new
    /// database).
    static func currentDashboard(_ store: AppDatabase) async throws -> String {
        let rounds = try await store.rounds()
        guard let round = rounds.first(where: { $0.archivedAt == nil }) ?? rounds.first else { throw WebRefusal.notFound }
        return WebPaths.dashboard(round.id)
    }
}
