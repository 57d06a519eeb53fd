import Foundation

/// A real `zicha-server` on 127.0.0.1 with its own SQLite file in a workspace, its clock
/// starting in December 2017; it can be killed and started again on the same port.
final class TestServer {
    static let clockStart = "2017-12-20T10:00:00+08:00"

    let workspace: Workspace
    let database: String
    private(set) var port = 0
    private var running: ServerProcess?
    /// Where the server's clock starts at the next `start()`.
    var clockStart = TestServer.clockStart
    /// More `serve` options for the next `start()` (the SMTP relay, the notice interval).
    var arguments: [String] = []

    init(workspace: Workspace) {
        self.workspace = workspace
        database = workspace.path("zicha.sqlite")
    }

    deinit { running?.killNow() }

    var url: String { "http://127.0.0.1:\(port)" }

    /// Starts the server (on `port`, or on a free port the first time) and waits until it listens.
    func start() throws {
        let server = try ServerProcess.launch(db: database, port: port, clockStart: clockStart, arguments: arguments)
        running = server
        port = server.port
    }

    /// SIGTERM, and waits until the server has stopped.
    func stop() async {
        await running?.stop()
        running = nil
    }

    /// SIGKILL: no graceful shutdown, as when the machine loses power.
    func killHard() {
        running?.killNow()
    }

    /// Runs an admin subcommand against this server's database.
    @discardableResult
    func admin(_ arguments: [String]) throws -> CommandResult {
        if !FileManager.default.fileExists(atPath: database) {
            let made = try CommandRunner.run(try Binaries.server(), ["init", "--db", database], in: workspace.url)
            guard made.status == 0 else { throw HarnessError("zicha-server init failed: \(made.output)") }
        }
        let result = try CommandRunner.run(try Binaries.server(), arguments + ["--db", database], in: workspace.url)
        guard result.status == 0 else { throw HarnessError("zicha-server \(arguments) failed: \(result.output)") }
        return result
    }

    /// Issues a key for `filer` into the workspace and returns its path.
    func issueKey(filer: String, name: String? = nil) throws -> String {
        let path = workspace.path(name ?? "\(filer)-\(UUID().uuidString.prefix(8)).key")
        try admin(["key", "issue", filer, "--out", path])
        return path
    }
}
