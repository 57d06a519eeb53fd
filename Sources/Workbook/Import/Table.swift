import Foundation

/// A sheet's data rows with their cells in the order of `Sheet.columns`, wherever the clerk's
/// workbook has the columns.
struct Table {
    let sheet: Sheet
    /// For each column of `sheet.columns`, its 0-based column in the workbook; -1 for an
    /// optional column the workbook lacks (its cells are blank).
    let physical: [Int]
    let rows: [TableRow]

    /// The cell of `row` in the column filling `field`.
    func cell(_ row: TableRow, _ field: String) -> CellReference {
        CellReference(sheet: sheet.name, row: row.number, column: physical[sheet.column(field)])
    }
}

/// A data row: its 1-based number and its cells by column of `Sheet.columns` (nil: blank).
struct TableRow {
    let number: Int
    let cells: [RawCell?]

    /// Whether the cell at `index` is blank (absent, or text of white space only).
    func isBlank(_ index: Int) -> Bool { TableRow.isBlank(cells[index]) }

    static func isBlank(_ cell: RawCell?) -> Bool {
        guard let cell else { return true }
        if case .text(let text) = cell { return text.allSatisfy(\.isWhitespace) }
        return false
    }
}

extension Table {
    /// Matches the header row (row 1) of `raw` against the columns of `sheet`, and keeps the
    /// non-blank data rows. Unknown, repeated and missing headers, and data under no header,
    /// are problems of structure.
    static func read(_ sheet: Sheet, rows raw: [RawRow], problems: inout [WorkbookProblem]) -> Table? {
        let columns = sheet.columns
        let headerRow = raw.first?.number == 1 ? raw[0].cells : [:]
        var physical = [Int?](repeating: nil, count: columns.count)
        let before = problems.count
        for (position, cell) in headerRow.sorted(by: { $0.key < $1.key }) {
            let place = CellReference(sheet: sheet.name, row: 1, column: position).description
            guard case .text(let rawText) = cell else {
                problems.append(.init(.structure, place, "列标题应为文字", "a column header must be text"))
                continue
            }
            let text = rawText.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            guard let index = columns.firstIndex(where: { $0.header == text || (!$0.isKey && $0.field == text) }) else {
                let known = columns.map(\.header).joined(separator: "、")
                problems.append(
                    .init(
                        .structure, place, "未知的列标题“\(text)”（本表的列：\(known)）",
                        "unknown column header “\(text)” (this sheet's columns: \(columns.map(\.header).joined(separator: ", ")))"
                    ))
                continue
            }
            if let earlier = physical[index] {
                let first = CellReference(sheet: sheet.name, row: 1, column: earlier).address
                problems.append(
                    .init(
                        .structure, place, "列标题“\(text)”重复（已在 \(first)）",
                        "the column header “\(text)” repeats (already in \(first))"))
                continue
            }
            physical[index] = position
        }
        for (index, column) in columns.enumerated() where physical[index] == nil && !column.optional {
            problems.append(
                .init(
                    .structure, "\(sheet.name)!1:1", "缺少列“\(column.header)”（第 1 行应为列标题）",
                    "the column “\(column.header)” is missing (row 1 holds the headers)"))
        }
        guard problems.count == before else { return nil }
        let mapped = physical.map { $0 ?? -1 }
        let known = Set(mapped)
        var rows: [TableRow] = []
        rows.reserveCapacity(raw.count)
        for row in raw where row.number > 1 {
            for (position, cell) in row.cells where !known.contains(position) && !TableRow.isBlank(cell) {
                let place = CellReference(sheet: sheet.name, row: row.number, column: position).description
                problems.append(
                    .init(.structure, place, "此列没有列标题，却填了内容", "this column has no header but holds a value"))
            }
            let cells = mapped.map { $0 < 0 ? nil : row.cells[$0] }
            if cells.contains(where: { !TableRow.isBlank($0) }) { rows.append(TableRow(number: row.number, cells: cells)) }
        }
        return Table(sheet: sheet, physical: mapped, rows: rows)
    }
}
