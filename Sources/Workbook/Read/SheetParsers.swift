import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A cell's content as the file holds it.
package enum RawCell: Sendable, Equatable {
    case text(String)
    /// A number, and whether its cell style shows it as a date.
    case number(Double, dateStyled: Bool)
    case bool(Bool)
    /// An error value such as `#REF!` or `#N/A`.
    case error(String)

    /// A formula whose result the program that saved the file did not store (openpyxl does so).
    package static let unsavedFormula = RawCell.error("")
}

/// A row of a sheet as read: its 1-based number and its non-empty cells by 0-based column.
package struct RawRow: Sendable {
    package var number: Int
    package var cells: [Int: RawCell]
}

/// Streams a worksheet part (`<sheetData><row><c>`) into rows. Foundation's XMLParser (libxml2)
/// reads from a stream, so a large sheet is neither held as a tree nor refused by libxml2's
/// 10 MB limit on a single chunk.
final class SheetParser: XMLTextParser {
    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    private(set) var rows: [RawRow] = []
    private var row = RawRow(number: 0, cells: [:])
    private var column = -1
    private var type = "n"
    private var style = 0
    private var inInline = false
    private var inPhonetic = false
    private var value: String?
    private var formula = false

    init(sharedStrings: [String], dateStyles: [Bool]) {
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    /// The rows of the sheet in `data`, or nil when it is not well-formed XML.
    static func parse(_ data: Data, sharedStrings: [String], dateStyles: [Bool]) -> [RawRow]? {
        let delegate = SheetParser(sharedStrings: sharedStrings, dateStyles: dateStyles)
        return delegate.run(data) ? delegate.rows : nil
    }

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes: [String: String] = [:]
    ) {
        switch local(elementName) {
        case "row":
            let number = attributes["r"].flatMap { Int($0) } ?? row.number + 1
            row = RawRow(number: number, cells: [:])
            column = -1
        case "c":
            column = attributes["r"].flatMap { CellReference.parse($0)?.column } ?? column + 1
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap { Int($0) } ?? 0
            value = nil
            formula = false
            text = ""
        case "f": formula = true
        case "v":
            collecting = true
            text = ""
        case "is": inInline = true
        case "rPh": inPhonetic = true
        case "t" where inInline && !inPhonetic: collecting = true
        default: break
        }
    }

    override func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        switch local(elementName) {
        case "v":
            value = text
            collecting = false
        case "t" where inInline && !inPhonetic:
            value = (value ?? "") + text
            text = ""
            collecting = false
        case "is": inInline = false
        case "rPh": inPhonetic = false
        case "c":
            if let cell = cell() { row.cells[column] = cell }
        case "row":
            if !row.cells.isEmpty { rows.append(row) }
        default: break
        }
    }

    private func cell() -> RawCell? {
        // openpyxl writes a formula with an empty `<v/>` and no type; a real empty text result is `t="str"`.
        guard let value, !(formula && value.isEmpty && type != "str") else { return formula ? .unsavedFormula : nil }
        switch type {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else { return .error("#REF!") }
            return .text(sharedStrings[index])
        case "inlineStr": return .text(CellText.unescape(value))
        case "str": return .text(value)
        case "b": return .bool(value == "1" || value.lowercased() == "true")
        case "e": return .error(value)
        // ISO 8601 date cells (`t="d"`), as some programs write them: the day part.
        case "d": return .text(String(value.prefix { $0 != "T" }))
        default:
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else { return .text(value) }
            return .number(number, dateStyled: dateStyles.indices.contains(style) && dateStyles[style])
        }
    }

}

/// Streams the shared strings table (`<sst><si>`): each entry's text, rich-text runs joined,
/// phonetic runs (`rPh`) left out, `_xHHHH_` escapes decoded.
final class SharedStringsParser: XMLTextParser {
    private(set) var strings: [String] = []
    private var current = ""
    private var inPhonetic = false

    static func parse(_ data: Data) -> [String]? {
        let delegate = SharedStringsParser()
        return delegate.run(data) ? delegate.strings : nil
    }

    override func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes: [String: String] = [:]
    ) {
        switch local(elementName) {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t" where !inPhonetic:
            collecting = true
            text = ""
        default: break
        }
    }

    override func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        switch local(elementName) {
        case "t" where collecting:
            current += text
            collecting = false
        case "rPh": inPhonetic = false
        case "si": strings.append(CellText.unescape(current))
        default: break
        }
    }
}
