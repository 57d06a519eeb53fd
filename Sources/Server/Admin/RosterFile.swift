import Foundation
import Shared

/// A roster given as a CSV file (`round create --roster FILE.csv`): a header row with a `code`
/// column and optionally `name`, `name_en` and `kind` (the columns of `filers.csv`).
struct RosterFile {
    struct Entry: Equatable {
        var code: String
        var name: String?
        var nameEn: String?
        var kind: FilerKind?
    }

    var entries: [Entry]

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("无法读取名单文件 / cannot read the roster file \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("名单文件不是 UTF-8 / the roster file is not UTF-8: \(path)")
        }
        try self.init(csv: text, source: path)
    }

    init(csv text: String, source: String) throws {
        let rows = Self.parse(text).filter { !($0.count == 1 && $0[0].isEmpty) }
        guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
            let codeColumn = header.firstIndex(of: "code")
        else { throw CommandFailure("名单文件缺少 code 列 / the roster file has no code column: \(source)") }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        entries = try rows.dropFirst().enumerated().map { offset, row in
            func field(_ index: Int?) -> String? {
                guard let index, index < row.count else { return nil }
                let value = row[index].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            guard let code = field(codeColumn) else {
                throw CommandFailure("名单第 \(offset + 2) 行缺少 code / row \(offset + 2) has no code: \(source)")
            }
            let kindText = field(column("kind"))
            let kind = kindText.flatMap(FilerKind.init(rawValue:))
            if kindText != nil && kind == nil {
                throw CommandFailure("名单第 \(offset + 2) 行 kind 无效 / row \(offset + 2): kind must be region, corps or department")
            }
            return Entry(code: code, name: field(column("name")), nameEn: field(column("name_en")), kind: kind)
        }
    }

    /// RFC 4180 fields: commas, double quotes, `""` inside quotes, CRLF or LF line ends.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r": continue
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
