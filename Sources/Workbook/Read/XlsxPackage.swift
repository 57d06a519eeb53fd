import Foundation
import SWXMLHash
import ZIPFoundation

/// An `.xlsx` file opened for reading: its sheets by name, shared strings and the cell styles
/// that are dates. The package's structure (relationships, workbook, styles) is read with
/// SWXMLHash; the sheets and shared strings, which grow with the report, with a streaming parser.
struct XlsxPackage {
    private let archive: Archive
    /// Sheet name → part path, in the workbook's order.
    let sheets: [(name: String, path: String)]
    /// Dates count from 1904-01-01 (older Mac workbooks) instead of 1900.
    let date1904: Bool
    /// Per cell style index (`s`), whether its number format shows a date.
    let dateStyles: [Bool]
    private let sharedStringsPath: String?

    /// No part may inflate beyond this: a real workbook of a province is a few megabytes.
    static let maximumPartSize = 512 << 20

    init(data: Data) throws(WorkbookReadError) {
        guard data.starts(with: [0x50, 0x4B]), let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else {
            throw .notZip
        }
        self.archive = archive
        let rootRels = try Self.xml(archive, "_rels/.rels", required: true)
        guard
            let workbookPath = Self.relationships(rootRels, base: "").first(where: { $0.type.hasSuffix("/officeDocument") })?
                .target,
            let workbook = try Self.xml(archive, workbookPath, required: true)
        else { throw .notZip }
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPath.split(separator: "/").last ?? "") + ".rels"
        let relationships = Self.relationships(try Self.xml(archive, relsPath, required: true), base: folder)
        let targets = Dictionary(relationships.map { ($0.id, $0.target) }, uniquingKeysWith: { first, _ in first })
        var sheets: [(String, String)] = []
        for sheet in Self.descendants(workbook, "sheet") {
            guard let name = sheet.attribute(by: "name")?.text,
                let id = sheet.allAttributes.first(where: { $0.key == "id" || $0.key.hasSuffix(":id") })?.value.text,
                let target = targets[id]
            else { continue }
            sheets.append((name, target))
        }
        self.sheets = sheets
        date1904 =
            Self.descendants(workbook, "workbookPr").first.map {
                ["1", "true"].contains($0.attribute(by: "date1904")?.text ?? "0")
            } ?? false
        sharedStringsPath = relationships.first { $0.type.hasSuffix("/sharedStrings") }?.target
        let stylesPath = relationships.first { $0.type.hasSuffix("/styles") }?.target
        if let stylesPath, let styles = try Self.xml(archive, stylesPath, required: false) {
            dateStyles = Self.dateStyles(styles)
        } else {
            dateStyles = []
        }
    }

    /// The bytes of the part at `path` (no leading slash).
    func part(_ path: String) throws(WorkbookReadError) -> Data? { try Self.part(archive, path) }

    /// The shared strings table, unescaped.
    func sharedStrings() throws(WorkbookReadError) -> [String] {
        guard let path = sharedStringsPath, let data = try part(path) else { return [] }
        guard let strings = SharedStringsParser.parse(data) else { throw .broken(path) }
        return strings
    }

    private static func part(_ archive: Archive, _ path: String) throws(WorkbookReadError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(maximumPartSize) else { throw .broken(path) }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                // A part that inflates past what its header says is refused, not followed.
                guard data.count + chunk.count <= maximumPartSize else { throw WorkbookReadError.broken(path) }
                data.append(chunk)
            }
        } catch {
            throw .broken(path)
        }
        return data
    }

    /// The document element of the XML part at `path`, nil when absent and not `required`.
    private static func xml(_ archive: Archive, _ path: String, required: Bool) throws(WorkbookReadError) -> XMLHash.XMLElement? {
        guard let data = try part(archive, path) else {
            if required { throw .notZip }
            return nil
        }
        let document = XMLHash.config { $0.detectParsingErrors = true }.parse(data)
        if case .parsingError = document { throw .broken(path) }
        guard let root = document.children.first?.element else { throw .broken(path) }
        return root
    }

    private struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of a `.rels` part, targets resolved against the folder `base`.
    private static func relationships(_ root: XMLHash.XMLElement?, base: String) -> [Relationship] {
        guard let root else { return [] }
        return descendants(root, "Relationship").compactMap { element in
            guard let id = element.attribute(by: "Id")?.text, let type = element.attribute(by: "Type")?.text,
                let target = element.attribute(by: "Target")?.text
            else { return nil }
            return Relationship(id: id, type: type, target: resolve(target, base: base))
        }
    }

    /// `target` as a path inside the archive: absolute (`/xl/…`) or relative to `base`, with `..` applied.
    private static func resolve(_ target: String, base: String) -> String {
        var parts = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for part in target.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }

    /// Per `cellXfs` entry, whether its number format is a date format.
    private static func dateStyles(_ styles: XMLHash.XMLElement) -> [Bool] {
        var custom: [Int: String] = [:]
        for format in descendants(styles, "numFmt") {
            if let id = format.attribute(by: "numFmtId").flatMap({ Int($0.text) }) {
                custom[id] = format.attribute(by: "formatCode")?.text ?? ""
            }
        }
        guard let cellXfs = descendants(styles, "cellXfs").first else { return [] }
        return children(cellXfs, "xf").map { xf in
            let id = xf.attribute(by: "numFmtId").flatMap { Int($0.text) } ?? 0
            return custom[id].map(isDateFormat) ?? builtInDateFormats.contains(id)
        }
    }

    /// Excel's built-in date formats, the Chinese ones (27–36, 50–58) included.
    private static let builtInDateFormats = Set(Array(14...22) + Array(27...36) + Array(45...47) + Array(50...58))

    /// Whether a custom number format shows a date: a y or d code outside quoted text and brackets.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false
        var bracket = false
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "y", "d": if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }

    /// Elements named `name` (ignoring any namespace prefix) anywhere below `element`.
    private static func descendants(_ element: XMLHash.XMLElement, _ name: String) -> [XMLHash.XMLElement] {
        var out: [XMLHash.XMLElement] = []
        for child in element.children.compactMap({ $0 as? XMLHash.XMLElement }) {
            if localName(child.name) == name { out.append(child) }
            out += descendants(child, name)
        }
        return out
    }

    private static func children(_ element: XMLHash.XMLElement, _ name: String) -> [XMLHash.XMLElement] {
        element.children.compactMap { $0 as? XMLHash.XMLElement }.filter { localName($0.name) == name }
    }

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
