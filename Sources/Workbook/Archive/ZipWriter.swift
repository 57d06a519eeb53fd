import Foundation
import ZIPFoundation

/// Writes a zip archive entry by entry, for the archives the server hands out (a version's
/// `bundle.zip`): data in memory is deflated, files are read from disk in pieces and stored
/// (images and PDFs are compressed already). Here, beside the workbook's own zip reading, so
/// that only this target imports ZIPFoundation.
package final class ZipWriter {
    private let archive: Archive

    /// A new archive at `path` (which must not exist).
    package init(creatingAt path: String) throws {
        archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    }

    /// Adds `data` as `name`, deflated.
    package func add(_ name: String, data: Data) throws {
        try archive.addEntry(
            with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
        ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
    }

    /// Adds the file at `path` as `name`, stored as is.
    package func add(_ name: String, file path: String) throws {
        try archive.addEntry(with: name, fileURL: URL(fileURLWithPath: path))
    }
}
