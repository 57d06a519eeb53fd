import Hummingbird
import Shared

/// The reviewer pages under `/web` (signed in with a reviewer token), the public results pages
/// under `/public/rounds`, the list of published rounds at `/public/` and the home page `/`,
/// rendered on the server from Mustache templates, no JavaScript. They call the same store and
/// services as the JSON API.
package enum WebRoutes {
    /// Adds every page to `router`. Sessions live in memory for the router's lifetime.
    package static func add(
        to router: Router<ZichaRequestContext>, store: AppDatabase, clock: any ServerClock,
        sessions: WebSessionStore? = nil, maxAttachmentBytes: Int = AttachmentLimits.defaultMaxBytes
    ) {
        let renderer = WebRenderer()
        let sessions = sessions ?? WebSessionStore(clock: clock)
        let web = router.group("web", context: WebRequestContext.self).add(middleware: WebErrorMiddleware(renderer: renderer))
        SessionController(store: store, sessions: sessions, renderer: renderer).addRoutes(to: web)
        // The stylesheet, for the sign-in and public pages too.
        web.get("static/:file") { _, context -> Response in
            guard let response = await renderer.stylesheet(file: context.parameters.get("file") ?? "") else {
                throw WebRefusal.notFound
            }
            return response
        }
        let signedIn = web.group().add(middleware: WebSessionMiddleware(store: store, sessions: sessions))
        DashboardController(store: store, clock: clock, renderer: renderer).addRoutes(to: signedIn)
        // Kept for the router's lifetime, like the sessions.
        let decoded = DecodedReports()
        FilerPageController(store: store, clock: clock, renderer: renderer, decoded: decoded).addRoutes(to: signedIn)
        WorkbookDownloadController(store: store).addRoutes(to: signedIn)
        AttachmentPageController(store: store).addRoutes(to: signedIn)
        SpotCheckPageController(store: store, clock: clock, renderer: renderer).addRoutes(to: signedIn)
        SpotCheckItemController(store: store, clock: clock, renderer: renderer, maxAttachmentBytes: maxAttachmentBytes)
            .addRoutes(to: signedIn)
        SummaryPageController(store: store, clock: clock, renderer: renderer).addRoutes(to: signedIn)
        PublishPageController(store: store, clock: clock, renderer: renderer).addRoutes(to: signedIn)
        RemindController(store: store, clock: clock).addRoutes(to: signedIn)
        // Unknown addresses under /web get an HTML 404 (after sign-in, so nothing is revealed).
        signedIn.get("**") { _, _ -> Response in throw WebRefusal.notFound }

        let publicPages = router.group("public/rounds", context: WebRequestContext.self)
            .add(middleware: WebErrorMiddleware(renderer: renderer))
        PublicPageController(store: store, renderer: renderer).addRoutes(to: publicPages)
        // `/` and `/public/`: the home page and the list of published rounds.
        let entrances = router.group(context: WebRequestContext.self).add(middleware: WebErrorMiddleware(renderer: renderer))
        EntrancePageController(store: store, renderer: renderer).addRoutes(to: entrances)
    }
}
