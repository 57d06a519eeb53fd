import Foundation
import Shared

/// The attachments' bytes: one file per SHA-256 in a folder beside the database
/// (`<db>.attachments/ab/abcd…`), created 0600 in a 0700 folder, written once and never changed.
///
/// A file is written to `tmp/` first, fsynced, renamed into place and its folder fsynced, all
/// before the row that names it is committed: a row never names a file that is not complete.
/// A file whose row was never committed (a crash in between) is harmless, and a later upload of
/// the same bytes finds it in place.
package struct AttachmentStore: Sendable {
    /// The folder holding every file.
    package let directory: String

    package init(directory: String) {
        self.directory = directory
    }

    /// The store beside the database file at `databasePath`.
    package init(databasePath: String) {
        self.init(directory: databasePath + ".attachments")
    }

    /// Where the file of `sha256` (64 lower-case hex digits, checked by the caller) lives.
    package func path(of sha256: String) -> String {
        "\(directory)/\(sha256.prefix(2))/\(sha256)"
    }

    /// Whether a complete file of `sha256` with `bytes` bytes is stored.
    package func contains(_ sha256: String, bytes: Int) -> Bool {
        guard let size = try? FileManager.default.attributesOfItem(atPath: path(of: sha256))[.size] as? Int else {
            return false
        }
        return size == bytes
    }

    /// Stores `data` (whose SHA-256 is `sha256`) unless an intact file of that size is already there.
    package func write(_ data: Data, sha256: String) throws {
        if contains(sha256, bytes: data.count) { return }
        let folder = "\(directory)/\(sha256.prefix(2))"
        let temporary = "\(directory)/tmp"
        for dir in [directory, folder, temporary] { try Self.makeDirectory(dir) }
        let partial = "\(temporary)/\(sha256)-\(UUID().uuidString)"
        let fd = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreFailure("cannot create \(partial): errno \(errno)") }
        var closed = false
        defer {
            if !closed { close(fd) }
            unlink(partial)
        }
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                guard written > 0 else { throw StoreFailure("cannot write \(partial): errno \(errno)") }
                offset += written
            }
        }
        guard fsync(fd) == 0 else { throw StoreFailure("cannot fsync \(partial): errno \(errno)") }
        close(fd)
        closed = true
        guard rename(partial, path(of: sha256)) == 0 else { throw StoreFailure("cannot rename \(partial): errno \(errno)") }
        Self.syncDirectory(folder)
    }

    /// SHA-256 (hex) of the stored file of `sha256`, read in pieces; nil when it is gone.
    package func rehash(_ sha256: String) -> String? {
        StreamingSHA256.file(atPath: path(of: sha256))?.sha256
    }

    private static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw StoreFailure("cannot create \(path): errno \(errno)") }
    }

    /// Makes a rename in `path` durable.
    private static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// A file-system failure, reported as a server error.
    package struct StoreFailure: Error, CustomStringConvertible {
        package var description: String
        init(_ description: String) { self.description = description }
    }
}
