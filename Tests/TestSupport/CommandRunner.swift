import Foundation

/// What a finished command printed and how it exited.
package struct CommandResult: Sendable {
    package var status: Int32
    package var stdout: String
    package var stderr: String
    /// Standard output, then standard error.
    package var output: String { stdout + stderr }

    package init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Runs the real binaries with output captured in files (no pipe can fill up and block).
package enum CommandRunner {
    /// The environment without the client's variables, plus `extra`.
    package static func environment(_ extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["ZICHA_SERVER"] = nil
        env["ZICHA_KEY"] = nil
        env.merge(extra) { $1 }
        return env
    }

    /// Starts `executable` in `directory` with stdin from /dev/null and output into fresh files
    /// there; read them with `collect` once it has exited.
    package static func start(_ executable: URL, _ arguments: [String], in directory: URL, env: [String: String] = [:]) throws
        -> (
            Process, stdout: URL, stderr: URL
        )
    {
        let id = UUID().uuidString
        let out = directory.appendingPathComponent(".out-\(id)")
        let err = directory.appendingPathComponent(".err-\(id)")
        let process = try launch(executable, arguments, in: directory, env: env, stdout: out, stderr: err)
        return (process, out, err)
    }

    /// Starts `executable` with stdin from /dev/null, standard output into the file `stdout` and
    /// standard error into `stderr` (both created empty; they may be the same file).
    package static func launch(
        _ executable: URL, _ arguments: [String], in directory: URL, env: [String: String] = [:], stdout: URL, stderr: URL
    ) throws -> Process {
        for file in Set([stdout, stderr]) { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment(env)
        let input = FileHandle(forReadingAtPath: "/dev/null")
        process.standardInput = input
        let out = try FileHandle(forWritingTo: stdout)
        process.standardOutput = out
        let err = stderr == stdout ? out : try FileHandle(forWritingTo: stderr)
        process.standardError = err
        try spawn(process)
        // The child has its own copies; the parent's would stay open as long as the Process.
        for handle in [input, out, err].compactMap({ $0 }) { try? handle.close() }
        return process
    }

    /// Starts `process`, one at a time in this test process, and only while it has fewer than
    /// `descriptorLimit` descriptors open: Foundation's `Process.run` crashes (a bad copy while
    /// it lists the descriptors to close in the child) with about 1,300 open, which hundreds of
    /// tests side by side, each with its database and connections, reach. Waits up to a minute
    /// for other tests to release theirs, then starts anyway.
    package static func spawn(_ process: Process) throws {
        let deadline = Date(timeIntervalSinceNow: 60)
        while openDescriptors() > descriptorLimit, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        try spawning.withLock { try process.run() }
    }

    static let descriptorLimit = 900

    /// How many descriptors this process has open (entries of /proc/self/fd; 0 where there is none).
    static func openDescriptors() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
    }

    private static let spawning = NSLock()

    /// Runs to completion, blocking the calling thread.
    package static func run(_ executable: URL, _ arguments: [String], in directory: URL, env: [String: String] = [:]) throws
        -> CommandResult
    {
        let (process, out, err) = try start(executable, arguments, in: directory, env: env)
        process.waitUntilExit()
        return collect(process, stdout: out, stderr: err)
    }

    /// What an exited process wrote into its output files, which are then removed.
    package static func collect(_ process: Process, stdout: URL, stderr: URL) -> CommandResult {
        let result = CommandResult(
            status: process.terminationStatus, stdout: (try? String(contentsOf: stdout, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: stderr, encoding: .utf8)) ?? "")
        try? FileManager.default.removeItem(at: stdout)
        try? FileManager.default.removeItem(at: stderr)
        return result
    }

    /// Polls `condition` every 50 ms until it holds; throws after `limit` seconds (a hang guard,
    /// not a timing assertion).
    package static func waitUntil(_ what: String, limit: TimeInterval = 120, _ condition: () -> Bool) throws {
        let end = Date().addingTimeInterval(limit)
        while !condition() {
            guard Date() < end else { throw HarnessError("Gave up waiting for \(what).") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
