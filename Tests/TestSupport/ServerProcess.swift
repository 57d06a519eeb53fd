import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real `zicha-server serve` binary running on a database file, listening on 127.0.0.1.
package final class ServerProcess: @unchecked Sendable {
    /// The running binary.
    package let process: Process
    /// The port it listens on.
    package let port: Int
    /// The file that holds everything it wrote to standard output and standard error.
    package let log: URL
    /// Whether `log` is a temporary file of ours, removed once the server has exited.
    private let ownsLog: Bool

    private init(process: Process, port: Int, log: URL, ownsLog: Bool) {
        self.process = process
        self.port = port
        self.log = log
        self.ownsLog = ownsLog
    }

    package var pid: Int32 { process.processIdentifier }

    /// `http://127.0.0.1:port`.
    package var url: String { "http://127.0.0.1:\(port)" }

    /// Starts `zicha-server serve --db db --host 127.0.0.1 --port port` (0: a free port) and
    /// blocks until it prints the line naming its address. `clockStart` is its `--clock-start`;
    /// `arguments` go last. Its output goes to `log`, or to a temporary file when `nil`.
    package static func launch(
        db: String, port: Int = 0, clockStart: String? = nil, logLevel: String = "error", arguments: [String] = [],
        log: URL? = nil
    ) throws -> ServerProcess {
        let binary = try Binaries.server()
        // Only `init` makes a database: a fresh path is initialised first, as an administrator would.
        if !FileManager.default.fileExists(atPath: db) {
            let made = try CommandRunner.run(
                binary, ["init", "--db", db], in: URL(fileURLWithPath: db).deletingLastPathComponent())
            guard made.status == 0 else { throw HarnessError("zicha-server init failed: \(made.output)") }
        }
        let file = log ?? FileManager.default.temporaryDirectory.appendingPathComponent("zicha-server-\(UUID().uuidString).log")
        var all = ["serve", "--db", db, "--host", "127.0.0.1", "--port", String(port), "--log-level", logLevel]
        if let clockStart { all += ["--clock-start", clockStart] }
        let process = try CommandRunner.launch(
            binary, all + arguments, in: URL(fileURLWithPath: db).deletingLastPathComponent(), stdout: file, stderr: file)
        var text = ""
        var found: Int?
        do {
            try CommandRunner.waitUntil("zicha-server to listen") {
                text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
                found = listeningPort(in: text)
                return found != nil || !process.isRunning
            }
        } catch {}
        guard process.isRunning, let found else {
            killAndWait(process)
            if log == nil { try? FileManager.default.removeItem(at: file) }
            throw HarnessError("zicha-server did not start: \(text.suffix(2_000))")
        }
        return ServerProcess(process: process, port: found, log: file, ownsLog: log == nil)
    }

    /// `launch` off the cooperative pool: starts the server and waits until it listens.
    package static func start(
        db: String, port: Int = 0, clockStart: String? = nil, logLevel: String = "error", arguments: [String] = [],
        log: URL? = nil
    ) async throws -> ServerProcess {
        try await onOwnThread {
            try launch(db: db, port: port, clockStart: clockStart, logLevel: logLevel, arguments: arguments, log: log)
        }
    }

    /// The port in a complete `zicha-server listening on http://host:port` line of `text`.
    private static func listeningPort(in text: String) -> Int? {
        let lines = text.components(separatedBy: "\n").dropLast()  // the last one may be unfinished
        guard let line = lines.first(where: { $0.hasPrefix("zicha-server listening on ") }),
            let colon = line.lastIndex(of: ":")
        else { return nil }
        return Int(line[line.index(after: colon)...])
    }

    private static func killAndWait(_ process: Process) {
        if process.isRunning { sendSignal(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// SIGKILL, blocking until it has exited: no shutdown code runs, as in a crash or `kill -9`.
    package func killNow() {
        Self.killAndWait(process)
        removeLog()
    }

    /// SIGKILL: no shutdown code runs, as in a crash or `kill -9`.
    package func kill() async {
        if process.isRunning { sendSignal(pid, SIGKILL) }
        await waitForExit(within: .seconds(15))
    }

    /// SIGTERM, then up to `grace` for the graceful shutdown (SIGKILL after that).
    package func stop(grace: Duration = .seconds(15)) async {
        if process.isRunning { process.terminate() }
        await waitForExit(within: grace)
    }

    private func waitForExit(within grace: Duration) async {
        let end = ContinuousClock.now + grace
        while process.isRunning && ContinuousClock.now < end {
            try? await Task.sleep(for: .milliseconds(50))
        }
        if process.isRunning { sendSignal(pid, SIGKILL) }
        removeLog()
    }

    private func removeLog() {
        if ownsLog { try? FileManager.default.removeItem(at: log) }
    }
}

/// Sends `number` to the process `pid` (a free function: `ServerProcess.kill()` hides `kill`).
private func sendSignal(_ pid: Int32, _ number: Int32) {
    _ = kill(pid, number)
}
