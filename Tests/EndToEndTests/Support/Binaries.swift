import Foundation

/// A failure of the test harness itself, with a message that says what to do.
struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The real built products, found next to the test bundle.
enum Binaries {
    static func zicha() throws -> URL { try find("zicha") }
    static func server() throws -> URL { try find("zicha-server") }

    private static func find(_ name: String) throws -> URL {
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
                + "Run `swift build` first so that both products exist, then `swift test --filter EndToEndTests`.")
    }

    /// The repository's `Examples/` directory.
    static var examples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples")
    }
}
