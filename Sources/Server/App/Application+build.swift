import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import Shared

/// How `serve` runs.
package struct ServerSettings: Sendable {
    package var host: String
    package var port: Int
    /// Largest accepted request body, in bytes.
    package var maxBodyBytes: Int

    package static let defaultMaxBodyBytes = 16 * 1024 * 1024

    /// A connection with no request for this long is closed.
    package var idleTimeout: Duration = .seconds(60)
    /// A request's head must be complete this long after the connection opens (or the previous answer).
    package var headerTimeout: Duration = .seconds(10)
    /// A request's body must be complete this long after its head (16 MiB at 1 Mbit/s takes about 130 s).
    package var bodyTimeout: Duration = .seconds(300)
    /// Connections served at once; more wait in the listen backlog.
    package var maxConnections: Int = 1_000
    /// The clock a read's signing time is judged by; nil: the server's clock.
    package var signatureClock: (any ServerClock)?
    /// Attachments: a file's and a filer's round's limits.
    package var attachments = AttachmentSettings()
    /// Whether freed heap is given back to the system after large work (`HeapRelease`): on in
    /// `serve`, which owns its process; off for an application inside another program (tests).
    package var releasesHeap = false
    /// Each filer's budget of expensive reads (`ReadRateLimit`): a burst, then so many a second.
    package var readBurst = 30
    package var readsPerSecond = 1.0

    package init(host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = defaultMaxBodyBytes) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
    }
}

/// The application: router on `store`, receive times from `clock`; with `notices`, the notice
/// scheduler (reminders and e-mails) runs beside the server in its service group.
package func buildApplication(
    store: AppDatabase, clock: any ServerClock, settings: ServerSettings, logger: Logger, notices: NoticeSettings? = nil,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    Application(
        router: buildRouter(
            store: store, clock: clock, maxBodyBytes: settings.maxBodyBytes, signatureClock: settings.signatureClock,
            attachments: settings.attachments,
            readLimit: ReadRateLimit(burst: settings.readBurst, perSecond: settings.readsPerSecond)),
        server: .http1(
            configuration: HTTP1Channel.Configuration(
                additionalChannelHandlers: [
                    RequestDeadlineHandler(
                        head: .nanoseconds(settings.headerTimeout), next: .nanoseconds(settings.idleTimeout),
                        body: .nanoseconds(settings.bodyTimeout))
                ],
                idleTimeout: .nanoseconds(settings.idleTimeout))),
        configuration: ApplicationConfiguration(
            address: .hostname(settings.host, port: settings.port), serverName: "zicha-server",
            availableConnectionsDelegate: MaximumAvailableConnections(settings.maxConnections)),
        services: (settings.releasesHeap ? [HeapRelease()] : [])
            + (notices.map { [NoticeScheduler(store: store, clock: clock, settings: $0, logger: logger)] } ?? []),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? settings.port) },
        logger: logger)
}

/// Every route. Middlewares are added before the routes they must wrap.
///
/// A read's signing time is judged by `signatureClock` (by default the server's clock; `serve`
/// passes the real one, so that a shifted demonstration clock does not refuse real clients).
package func buildRouter(
    store: AppDatabase, clock: any ServerClock, maxBodyBytes: Int, signatureClock: (any ServerClock)? = nil,
    attachments: AttachmentSettings = AttachmentSettings(), readLimit: ReadRateLimit = ReadRateLimit()
) -> Router<ZichaRequestContext> {
    let router = Router(context: ZichaRequestContext.self)
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: FramingMiddleware())
    router.add(middleware: LogRequestsMiddleware(.info))
    router.get("healthz") { _, _ in "ok" }
    router.get("openapi.json") { _, _ in OpenAPIDocument.response() }

    let api = router.group(RouterPath(String(APIPath.prefix.dropFirst())))
        .add(
            middleware: AuthMiddleware(
                store: store, maxBodyBytes: maxBodyBytes, maxAttachmentBytes: attachments.maxBytes,
                signatureClock: signatureClock ?? clock)
        )
        .add(middleware: ReadRateLimitMiddleware(limit: readLimit))
    VersionController(store: store, clock: clock, maxAttachmentBytes: attachments.maxBytes)
        .addRoutes(to: api.group(APIRoute.versions))
    // Evidence files, and each version's archive with them.
    AttachmentController(store: store, clock: clock, limits: attachments).addRoutes(to: api.group(APIRoute.attachments))
    BundleController(store: store).addRoutes(to: api.group(APIRoute.versions))
    FilerRoundsController(store: store, clock: clock).addRoutes(to: api.group(APIRoute.filerRounds))
    NoticeController(store: store, clock: clock).addRoutes(to: api.group(APIRoute.notices))
    // The General Office's reviewers (bearer token); filers' keys get 403 except on their own versions.
    ReviewController(store: store, clock: clock).addRoutes(to: api.group(APIRoute.version))
    RosterController(store: store, clock: clock).addRoutes(to: api.group(APIRoute.roster))
    SpotCheckController(store: store, clock: clock).addRoutes(to: api.group(APIRoute.spotChecks))
    FindingAttachmentController(store: store, clock: clock, maxBytes: attachments.maxBytes)
        .addRoutes(to: api.group(APIRoute.spotChecks))
    SummaryController(store: store, clock: clock).addRoutes(to: api.group(APIRoute.roundResults))
    // Published results: no credentials.
    PublicController(store: store).addRoutes(to: router.group("public/v1/rounds/:round"))
    // Reviewer web pages (/web) and the public results page (/public/rounds).
    WebRoutes.add(to: router, store: store, clock: clock, maxAttachmentBytes: attachments.maxBytes)
    return router
}
