import Foundation
import Testing

/// The built `zicha-server` executable, run as a subprocess.
enum ServerBinary {
    /// Where SwiftPM put the products: beside the test bundle.
    static var url: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        return candidates.map { $0.appendingPathComponent("zicha-server") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Result: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `zicha-server arguments…` to completion.
    static func run(_ arguments: [String]) async throws -> Result {
        let binary = try #require(url, "zicha-server not found beside the test bundle; build it with swift build")
        return try await onOwnThread { try blockingRun(binary, arguments) }
    }

    private static func blockingRun(_ binary: URL, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes to the end before waiting, so a full pipe cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
