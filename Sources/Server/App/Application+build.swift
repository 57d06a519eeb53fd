import Foundation
import Hummingbird
import Logging
import Shared

/// How `serve` runs.
package struct ServerSettings: Sendable {
    package var host: String
    package var port: Int
    /// Largest accepted request body, in bytes.
    package var maxBodyBytes: Int

    package static let defaultMaxBodyBytes = 16 * 1024 * 1024

    package init(host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = defaultMaxBodyBytes) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
    }
}

/// The application: router on `store`, receive times from `clock`.
package func buildApplication(
    store: AppDatabase, clock: any ServerClock, settings: ServerSettings, logger: Logger,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    Application(
        router: buildRouter(store: store, clock: clock, maxBodyBytes: settings.maxBodyBytes),
        configuration: ApplicationConfiguration(
            address: .hostname(settings.host, port: settings.port), serverName: "zicha-server"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? settings.port) },
        logger: logger)
}

/// Every route. Middlewares are added before the routes they must wrap.
package func buildRouter(store: AppDatabase, clock: any ServerClock, maxBodyBytes: Int) -> Router<ZichaRequestContext> {
    let router = Router(context: ZichaRequestContext.self)
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: FramingMiddleware())
    router.add(middleware: LogRequestsMiddleware(.info))
    router.get("healthz") { _, _ in "ok" }
    router.get("openapi.json") { _, _ in OpenAPIDocument.response() }

    let api = router.group(RouterPath(String(APIPath.prefix.dropFirst())))
        .add(middleware: AuthMiddleware(store: store, maxBodyBytes: maxBodyBytes))
    VersionController(store: store, clock: clock).addRoutes(to: api.group(APIRoute.versions))
    FilerRoundsController(store: store, clock: clock).addRoutes(to: api.group(APIRoute.filerRounds))
    // The General Office's reviewers (bearer token); filers' keys get 403 except on their own versions.
    ReviewController(store: store, clock: clock).addRoutes(to: api.group(APIRoute.version))
    RosterController(store: store, clock: clock).addRoutes(to: api.group(APIRoute.roster))
    SpotCheckController(store: store, clock: clock).addRoutes(to: api.group(APIRoute.spotChecks))
    SummaryController(store: store, clock: clock).addRoutes(to: api.group(APIRoute.roundResults))
    // Published results: no credentials.
    PublicController(store: store).addRoutes(to: router.group("public/v1/rounds/:round"))
    // Reviewer web pages (/web) and the public results page (/public/rounds).
    WebRoutes.add(to: router, store: store, clock: clock)
    return router
}
