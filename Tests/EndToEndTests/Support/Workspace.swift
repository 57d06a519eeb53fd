import Foundation

/// A temporary directory for one test, removed when the test ends.
final class Workspace {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("zicha-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func read(_ name: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(name)) }

    func write(_ data: Data, _ name: String) throws { try data.write(to: url.appendingPathComponent(name)) }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    /// Copies an example report from `Examples/` into the workspace.
    func copyExample(_ example: String, as name: String) throws {
        try FileManager.default.copyItem(at: Binaries.examples.appendingPathComponent(example), to: url.appendingPathComponent(name))
    }
}
