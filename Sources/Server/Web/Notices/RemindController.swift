import Foundation
import Hummingbird
import Shared

/// `POST /web/rounds/{round}/remind`: a reviewer reminds one filer (`filer`) or every filer that
/// has not filed or whose return is overdue (`scope=all`) now, from the filer page or the
/// dashboard; CSRF-checked like every form, audited, and back to the page it came from.
struct RemindController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock

    /// Routes on the signed-in `web` group.
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.post("rounds/:round/remind", use: remind)
    }

    @Sendable func remind(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (form, reviewer, _) = try await context.form(request)
        let round = try await context.round(in: store)
        if form["scope"] == "all" {
            _ = try await store.remindNow(round: round, filer: nil, reviewer: reviewer, at: clock.now())
            return WebRenderer.redirect(WebNotice.reminded.after(WebPaths.dashboard(round.id)))
        }
        let filer = try await store.requireRosterFiler(form["filer"] ?? "", round: round.id)
        _ = try await store.remindNow(round: round, filer: filer.code, reviewer: reviewer, at: clock.now())
        return WebRenderer.redirect(WebNotice.reminded.after(WebPaths.filer(round.id, filer.code)))
    }
}
