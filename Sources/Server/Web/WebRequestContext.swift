import Hummingbird

/// The request context of the reviewer pages: the API's context plus the signed-in session.
package struct WebRequestContext: ChildRequestContext {
    package typealias ParentContext = ZichaRequestContext

    package var coreContext: CoreRequestContextStorage
    /// Set by `WebSessionMiddleware` on the pages that need a signed-in reviewer.
    package var session: WebSession?
    /// The session's reviewer, checked active on every request.
    package var reviewer: ReviewerRecord?

    package init(context: ZichaRequestContext) throws {
        coreContext = context.coreContext
    }

    /// The signed-in reviewer and session (the middleware guarantees both on guarded routes).
    func signedIn() throws -> (reviewer: ReviewerRecord, session: WebSession) {
        guard let reviewer, let session else { throw WebRedirect.signIn(next: nil, expired: false) }
        return (reviewer, session)
    }

    /// The path parameter `name` as a positive id of at most 18 characters (no overflow), or
    /// `refusal` of its text.
    func id(_ name: String, or refusal: (String) -> some Error) throws -> Int64 {
        let text = parameters.get(name) ?? ""
        guard text.utf8.count <= 18, let value = Int64(text), value >= 1 else { throw refusal(text) }
        return value
    }

    /// The round the path names (`:round`); a 404 page when there is none.
    func round(in store: AppDatabase) async throws -> RoundRecord {
        try await store.requireRound(parameters.get("round") ?? "")
    }
}
