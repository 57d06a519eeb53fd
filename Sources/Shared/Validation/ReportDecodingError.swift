/// Why a report file could not be decoded: not UTF-8, not JSON, or JSON that is not the form.
package struct ReportDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// JSON path of the offending value (`platforms[0].level`), `""` for the document itself.
    package var path: String
    /// 1-based line of a syntax or encoding error, `nil` for errors of structure.
    package var line: Int?
    /// 1-based column (in characters) of a syntax or encoding error.
    package var column: Int?
    /// zh-Hans message, prefixed with the path or line it concerns.
    package var message: String
    /// English message, prefixed with the path or line it concerns.
    package var messageEn: String

    package init(path: String, line: Int? = nil, column: Int? = nil, message: String, messageEn: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.messageEn = messageEn
    }

    package var description: String { messageEn }

    /// An error at a position of the file (syntax, encoding).
    static func at(_ position: TextPosition, _ zh: String, _ en: String) -> ReportDecodingError {
        ReportDecodingError(
            path: "", line: position.line, column: position.column,
            message: "第\(position.line)行第\(position.column)列：\(zh)",
            messageEn: "line \(position.line), column \(position.column): \(en)")
    }

    /// An error at a JSON path (structure, types, allowed values).
    static func at(path: String, _ zh: String, _ en: String) -> ReportDecodingError {
        ReportDecodingError(
            path: path, message: path.isEmpty ? zh : "\(path)：\(zh)", messageEn: path.isEmpty ? en : "\(path): \(en)")
    }
}

/// A 1-based line and column (columns count characters, not bytes).
struct TextPosition: Equatable {
    var line: Int
    var column: Int

    /// The position of byte `offset` in `bytes`.
    init(offset: Int, in bytes: [UInt8]) {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        for i in 0..<end where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        // Count characters by their first bytes; continuation bytes are 0b10xxxxxx.
        let column = bytes[lineStart..<end].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        self.line = line
        self.column = column
    }
}
