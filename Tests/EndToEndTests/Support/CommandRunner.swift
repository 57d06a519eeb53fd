import Foundation

/// What a finished command printed and how it exited.
struct CommandResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
    var output: String { stdout + stderr }
}

/// Runs the real binaries with output captured in files (no pipe can fill up and block).
enum CommandRunner {
    /// The environment without the client's variables, plus `extra`.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["ZICHA_SERVER"] = nil
        env["ZICHA_KEY"] = nil
        env.merge(extra) { $1 }
        return env
    }

    /// Starts `executable` with stdin from /dev/null and output into files in `directory`.
    static func start(_ executable: URL, _ arguments: [String], in directory: URL, env: [String: String] = [:]) throws -> (
        Process, stdout: URL, stderr: URL
    ) {
        let id = UUID().uuidString
        let out = directory.appendingPathComponent(".out-\(id)")
        let err = directory.appendingPathComponent(".err-\(id)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment(env)
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return (process, out, err)
    }

    /// Runs to completion.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL, env: [String: String] = [:]) throws -> CommandResult {
        let (process, out, err) = try start(executable, arguments, in: directory, env: env)
        process.waitUntilExit()
        return collect(process, stdout: out, stderr: err)
    }

    static func collect(_ process: Process, stdout: URL, stderr: URL) -> CommandResult {
        let result = CommandResult(
            status: process.terminationStatus, stdout: (try? String(contentsOf: stdout, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: stderr, encoding: .utf8)) ?? "")
        try? FileManager.default.removeItem(at: stdout)
        try? FileManager.default.removeItem(at: stderr)
        return result
    }

    /// Polls `condition` every 50 ms until it holds; throws after `limit` seconds (a hang guard,
    /// not a timing assertion).
    static func waitUntil(_ what: String, limit: TimeInterval = 120, _ condition: () -> Bool) throws {
        let end = Date().addingTimeInterval(limit)
        while !condition() {
            guard Date() < end else { throw HarnessError("Gave up waiting for \(what).") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
