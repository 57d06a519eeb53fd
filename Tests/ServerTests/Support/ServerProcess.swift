import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The real `zicha-server serve` binary running on a database file, on a free port.
final class ServerProcess: @unchecked Sendable {
    let process: Process
    let port: Int

    private init(process: Process, port: Int) {
        self.process = process
        self.port = port
    }

    var pid: Int32 { process.processIdentifier }

    /// Starts `zicha-server serve --db db --port 0` and waits for the line naming its port.
    static func start(db: String, arguments: [String] = []) async throws -> ServerProcess {
        let binary = try #require(ServerBinary.url, "zicha-server not found beside the test bundle; build it with swift build")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--db", db, "--port", "0", "--log-level", "error"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Reading the pipe blocks: off the concurrency pool.
        let line = try await onOwnThread {
            var output = ""
            while !output.contains("\n") {
                let chunk = out.fileHandleForReading.availableData
                guard !chunk.isEmpty else { break }
                output += String(decoding: chunk, as: UTF8.self)
            }
            return output
        }
        guard let port = line.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else {
            process.terminate()
            throw LoopbackSocket.Failure(description: "zicha-server did not start: \(line)")
        }
        return ServerProcess(process: process, port: port)
    }

    /// SIGKILL: no shutdown code runs, as in a crash or `kill -9`.
    func kill() async {
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        await waitForExit()
    }

    /// SIGTERM, then a bounded wait for the graceful shutdown.
    func stop() async {
        if process.isRunning { process.terminate() }
        await waitForExit()
    }

    private func waitForExit() async {
        for _ in 0..<300 where process.isRunning {
            try? await Task.sleep(for: .milliseconds(50))
        }
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
    }
}
