import Foundation

/// A fresh temporary directory for one test, removed by `remove()` or when the last reference
/// to it goes.
package final class Workspace: Sendable {
    /// The directory.
    package let url: URL

    /// Creates `<system temporary directory>/<prefix>-<UUID>`.
    package init(prefix: String = "zicha-e2e") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { remove() }

    /// Removes the directory and everything in it.
    package func remove() { try? FileManager.default.removeItem(at: url) }

    /// The URL of `name` inside the directory.
    package func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// The path of `name` inside the directory.
    package func path(_ name: String) -> String { file(name).path }

    package func read(_ name: String) throws -> Data { try Data(contentsOf: file(name)) }

    package func write(_ data: Data, _ name: String) throws { try data.write(to: file(name)) }

    package func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    /// Copies an example report from `Examples/` into the workspace.
    package func copyExample(_ example: String, as name: String) throws {
        try FileManager.default.copyItem(at: Binaries.examples.appendingPathComponent(example), to: file(name))
    }
}
