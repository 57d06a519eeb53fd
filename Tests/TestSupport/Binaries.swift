import Foundation

/// The real built products, found next to the test bundle, and the repository's example files.
package enum Binaries {
    /// The client, `zicha`.
    package static func zicha() throws -> URL { try find("zicha") }

    /// The server, `zicha-server`.
    package static func server() throws -> URL { try find("zicha-server") }

    /// The executable `name` that SwiftPM put beside the test bundle.
    package static func find(_ name: String) throws -> URL {
        var directories: [URL] = []
        let bundle = Bundle.main.bundleURL
        directories += [bundle, bundle.deletingLastPathComponent()]
        if let first = CommandLine.arguments.first {
            let dir = URL(fileURLWithPath: first).deletingLastPathComponent()
            directories += [dir, dir.deletingLastPathComponent()]
        }
        for directory in directories {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw HarnessError(
            "The `\(name)` binary was not found next to the test bundle (looked in \(directories.map(\.path))). "
                + "Run `swift build` first so that both products exist, then `swift test`.")
    }

    /// The repository's `Examples/` directory.
    package static var examples: URL {
        // This file is Tests/TestSupport/Binaries.swift.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples")
    }

    /// The bytes of `Examples/name`.
    package static func example(_ name: String) throws -> Data {
        try Data(contentsOf: examples.appendingPathComponent(name))
    }
}

/// The built `zicha-server` executable, run to completion as a subprocess (admin commands).
package enum ServerBinary {
    package typealias Result = CommandResult

    /// Where SwiftPM put it, or `nil` when it was not built.
    package static var url: URL? { try? Binaries.server() }

    /// Runs `zicha-server arguments…` to completion, off the cooperative pool.
    package static func run(_ arguments: [String], env: [String: String] = [:]) async throws -> CommandResult {
        let binary = try Binaries.server()
        return try await onOwnThread {
            try CommandRunner.run(binary, arguments, in: FileManager.default.temporaryDirectory, env: env)
        }
    }

    /// `zicha-server init --db db` when `db` does not exist yet (only `init` makes a database).
    package static func initialise(_ db: String) async throws {
        guard !FileManager.default.fileExists(atPath: db) else { return }
        let made = try await run(["init", "--db", db])
        guard made.status == 0 else { throw HarnessError("zicha-server init failed: \(made.output)") }
    }
}
