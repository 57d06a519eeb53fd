/// Where each part of an imported report came from: JSON path → workbook cell, so that a
/// validation issue (`platforms[0].serviceItems[2].guide.timeLimit`) can name its cell
/// (`服务事项!G4`). Rows are recorded once (the object a row stands for); a field's cell is found
/// from its row and the column that fills it.
package struct CellMap: Sendable {
    private struct RowEntry {
        var sheet: Sheet
        var row: Int
    }

    private var rows: [String: RowEntry] = [:]
    private var cells: [String: CellReference] = [:]
    /// Per sheet, the workbook column of each column of `Sheet.columns`.
    private var physical: [Sheet: [Int]] = [:]

    package init() {}

    mutating func record(_ path: String, row: Int, of table: Table) {
        rows[path] = RowEntry(sheet: table.sheet, row: row)
        if physical[table.sheet] == nil { physical[table.sheet] = table.physical }
    }

    mutating func record(_ path: String, cell: CellReference) { cells[path] = cell }

    /// The cell of the JSON path `path`, or of the nearest enclosing object that has one; nil
    /// for paths about the report as a whole (`platforms`).
    package func cell(for path: String) -> CellReference? {
        var prefix = Substring(path)
        var fallback: CellReference?
        while !prefix.isEmpty {
            if let cell = cells[String(prefix)] { return cell }
            if let entry = rows[String(prefix)] {
                let remainder = path.dropFirst(prefix.count).drop { $0 == "." }
                if let cell = resolve(remainder, entry) { return cell }
                if fallback == nil { fallback = anchor(entry) }
            }
            prefix = Self.parent(prefix)
        }
        return fallback
    }

    /// The cell of `field` (a path relative to the row) in the row's sheet: the column filling it,
    /// or one filling a part of it (`rectification` → 整改措施), for an enclosing field.
    private func resolve(_ field: Substring, _ entry: RowEntry) -> CellReference? {
        if field.isEmpty { return anchor(entry) }
        let columns = entry.sheet.columns
        var candidate = field
        while !candidate.isEmpty {
            if let index = columns.firstIndex(where: { !$0.isKey && $0.field == candidate }) { return reference(entry, index) }
            candidate = Self.parent(candidate)
        }
        if let index = columns.firstIndex(where: { !$0.isKey && $0.field.hasPrefix(field + ".") }) {
            return reference(entry, index)
        }
        return nil
    }

    /// The cell that stands for a whole row: a check's result, otherwise its first value.
    private func anchor(_ entry: RowEntry) -> CellReference? {
        let columns = entry.sheet.columns
        let index =
            columns.firstIndex { $0.field == "result" } ?? columns.firstIndex { !$0.isKey } ?? 0
        return reference(entry, index)
    }

    private func reference(_ entry: RowEntry, _ index: Int) -> CellReference? {
        guard let physical = physical[entry.sheet], physical[index] >= 0 else { return nil }
        return CellReference(sheet: entry.sheet.name, row: entry.row, column: physical[index])
    }

    /// `a.b[2].c` → `a.b[2]` → `a.b` → `a` → ``.
    private static func parent(_ path: Substring) -> Substring {
        guard let last = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
        return path[..<last]
    }
}
