import Foundation
import Shared

/// Reading, decoding and atomically writing report files.
enum ReportFile {
    /// The exact bytes of the file at `path` (what is signed and uploaded).
    static func read(_ path: String) throws(CLIFailure) -> Data {
        try FileAccess.read(path, kind: FileAccess.report)
    }

    /// Decodes a report; on failure the message names the file, the JSON path and (for syntax errors) the line.
    static func decode(_ data: Data, path: String) throws(CLIFailure) -> SelfInspectionReport {
        do {
            return try ReportDecoder.decode(data)
        } catch {
            // The decoder's messages already name the JSON path, or the line for syntax errors.
            throw CLIFailure(.usage, "无法解读报告 \(path)：\(error.message)", "Cannot decode the report \(path): \(error.messageEn)")
        }
    }

    /// Reads and decodes the report at `path`.
    static func load(_ path: String) throws(CLIFailure) -> (bytes: Data, report: SelfInspectionReport) {
        let data = try read(path)
        return (data, try decode(data, path: path))
    }

    /// Writes `data` to `path` through a temporary file and a rename, so that an interrupted
    /// write never leaves half a file.
    static func writeAtomically(_ data: Data, to path: String) throws(CLIFailure) {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw FileAccess.writeFailure(path)
        }
    }

    /// Encodes `report` the one byte-stable way and writes it atomically.
    static func save(_ report: SelfInspectionReport, to path: String) throws(CLIFailure) {
        let data: Data
        do {
            data = try ReportCoding.encode(report)
        } catch {
            throw CLIFailure(.usage, "无法编码报告。", "Cannot encode the report.")
        }
        try writeAtomically(data, to: path)
    }

    /// Default path of the detached signature of `reportPath`.
    static func signaturePath(for reportPath: String) -> String { reportPath + ".sig" }
}
