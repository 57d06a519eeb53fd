import Foundation
import Shared

/// The real `zicha-server` binary (beside `zicha-bench`, or `ZICHA_SERVER`) on a scratch database.
final class ServerUnderTest {
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["ZICHA_SERVER"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("zicha-server")
    }

    let db: String
    private var process: Process?
    private(set) var port = 0

    /// Makes the database with `zicha-server init`.
    init(db: String) throws {
        self.db = db
        try admin(["init"])
    }

    /// Runs an administrator's command on the database; its standard output.
    @discardableResult
    func admin(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + ["--db", db]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw HTTPConnection.Failure(description: "zicha-server \(arguments.joined(separator: " ")) failed")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Issues a key to `filer` with `key issue`, written into `directory`, and reads it back.
    func issueKey(_ filer: String, in directory: URL) throws -> KeyFile {
        let path = directory.appendingPathComponent("\(filer).key").path
        try admin(["key", "issue", filer, "--out", path])
        return try JSONDecoder().decode(KeyFile.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Starts `serve` on a free port and waits until it listens.
    func start() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["serve", "--db", db, "--port", "0", "--log-level", "error"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = ""
        while !line.contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line += String(decoding: chunk, as: UTF8.self)
        }
        // The first line names the address; the lines after it name the pages.
        let first = line.split(separator: "\n").first ?? ""
        guard let port = first.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        else {
            throw HTTPConnection.Failure(description: "zicha-server did not start (\(Self.binary.path))")
        }
        self.process = process
        self.port = port
    }

    /// SIGTERM and wait.
    func stop() {
        guard let process, process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    /// Starts a new peak: `VmHWM` from now on (Linux: writing 5 to /proc/PID/clear_refs).
    func resetPeakMemory() {
        guard let pid = process?.processIdentifier else { return }
        try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/\(pid)/clear_refs"))
    }

    /// The server's peak resident memory so far (`VmHWM`), in MB.
    var peakMemoryMB: Double? { memoryMB(field: "VmHWM") }

    /// The CPU time the server process has used so far (user and system, /proc/PID/stat), in ms:
    /// steadier than a rate when other work shares the machine.
    var cpuMilliseconds: Double? {
        guard let pid = process?.processIdentifier,
            let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // After "pid (comm)": state is field 3, utime 14 and stime 15, in clock ticks.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) * 1_000 / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// A memory figure of the server process from /proc (`VmHWM` peak, `VmRSS` now), in MB.
    func memoryMB(field: String) -> Double? {
        guard let pid = process?.processIdentifier,
            let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
            let kB = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap({ Double($0) })
        else { return nil }
        return kB / 1024
    }

    /// A fresh scratch directory for a benchmark's database.
    static func scratchDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zicha-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
