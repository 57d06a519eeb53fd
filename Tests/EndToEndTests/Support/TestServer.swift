import Foundation

/// A real `zicha-server` on 127.0.0.1 with its own SQLite file, its clock starting in December 2017.
final class TestServer {
    static let clockStart = "2017-12-20T10:00:00+08:00"

    let workspace: Workspace
    let database: String
    private(set) var port = 0
    private var process: Process?

    init(workspace: Workspace) {
        self.workspace = workspace
        database = workspace.path("zicha.sqlite")
    }

    deinit {
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    var url: String { "http://127.0.0.1:\(port)" }

    /// Starts the server (on `port`, or on a free port the first time) and waits until it listens.
    func start() throws {
        let (process, out, err) = try CommandRunner.start(
            try Binaries.server(),
            ["serve", "--db", database, "--host", "127.0.0.1", "--port", String(port), "--clock-start", Self.clockStart, "--log-level", "error"],
            in: workspace.url)
        self.process = process
        var line = ""
        try CommandRunner.waitUntil("zicha-server to listen") {
            line = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            return line.contains("listening on") || !process.isRunning
        }
        guard process.isRunning, let range = line.range(of: "127.0.0.1:"),
            let found = Int(line[range.upperBound...].prefix { $0.isNumber })
        else {
            let error = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            throw HarnessError("zicha-server did not start: \(line) \(error)")
        }
        port = found
    }

    /// SIGKILL: no graceful shutdown, as when the machine loses power.
    func killHard() {
        guard let process, process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Runs an admin subcommand against this server's database.
    @discardableResult
    func admin(_ arguments: [String]) throws -> CommandResult {
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
