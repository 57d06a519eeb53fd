import ArgumentParser
import Foundation

/// `--format table|json` of the administrator's list commands.
struct ListFormatOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Option(help: "输出格式：table（带表头，默认）或 json / output format: table (with headers, the default) or json.")
    var format: Format = .table
}

/// The rows of a list command: a table with a header row for people (columns aligned by display
/// width, so that Chinese names line up), or a JSON array of objects for scripts.
struct ListOutput {
    /// Each column's header (Chinese / English) and JSON field name.
    var columns: [(header: String, field: String)]
    var rows: [[String?]] = []

    init(_ columns: [(header: String, field: String)]) { self.columns = columns }

    mutating func append(_ row: [String?]) { rows.append(row) }

    func print(_ options: ListFormatOptions) {
        switch options.format {
        case .json:
            let objects = rows.map { row in
                Dictionary(uniqueKeysWithValues: zip(columns.map(\.field), row.map { $0.map { $0 as Any } ?? NSNull() }))
            }
            // Sorted keys: the same rows always print the same bytes; no rows print `[]`.
            let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys]
            let data =
                objects.isEmpty
                ? Data("[]".utf8) : (try? JSONSerialization.data(withJSONObject: objects, options: options)) ?? Data("[]".utf8)
            Swift.print(String(decoding: data, as: UTF8.self))
        case .table:
            let cells = [columns.map(\.header)] + rows.map { $0.map { $0 ?? "—" } }
            let widths = columns.indices.map { column in cells.map { Self.width($0[column]) }.max() ?? 0 }
            for line in cells {
                let padded = line.enumerated().map { index, cell in
                    index == line.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - Self.width(cell))
                }
                Swift.print(padded.joined(separator: "  "))
            }
            if rows.isEmpty { Swift.print("（无 / none）") }
        }
    }

    /// Columns a terminal gives `text`: two for East Asian wide characters, one for the rest.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            let wide =
                (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
                || (0xFE30...0xFE4F).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
                || (0xFFE0...0xFFE6).contains(scalar.value)
            return sum + (wide ? 2 : 1)
        }
    }
}
