import Foundation

/// The 基本信息 sheet: one row per field, its label (项目) in one column and its value (内容) in another.
struct InfoSheet {
    /// Per field of `Sheet.info.columns`, the row holding it and its value cell.
    var rows: [Int]
    var valueColumn: Int
    var values: [RawCell?]

    /// The field rows of `raw`, or nil with the problems of structure recorded.
    static func read(_ raw: [RawRow], problems: inout [WorkbookProblem]) -> InfoSheet? {
        let name = Sheet.info.name
        let fields = Sheet.info.columns
        let header = raw.first?.number == 1 ? raw[0].cells : [:]
        func column(_ title: String, default fallback: Int) -> Int {
            header.first {
                if case .text(let text) = $0.value { text.trimmingCharacters(in: .whitespaces) == title } else { false }
            }?
            .key ?? fallback
        }
        let labelColumn = column("项目", default: 0)
        let valueColumn = column("内容", default: 1)
        var found = [Int?](repeating: nil, count: fields.count)
        var values = [RawCell?](repeating: nil, count: fields.count)
        let before = problems.count
        for row in raw where row.number > 1 {
            guard case .text(let rawLabel) = row.cells[labelColumn] ?? .text("") else { continue }
            let label = rawLabel.trimmingCharacters(in: .whitespacesAndNewlines)
            let place = CellReference(sheet: name, row: row.number, column: labelColumn).description
            if label.isEmpty {
                if !TableRow.isBlank(row.cells[valueColumn]) {
                    problems.append(.init(.structure, place, "项目名称为空，但填了内容", "the field's name is empty but a value is given"))
                }
                continue
            }
            guard let index = fields.firstIndex(where: { $0.header == label || $0.field == label }) else {
                problems.append(
                    .init(
                        .structure, place, "未知的项目“\(label)”（应为：\(fields.map(\.header).joined(separator: "、"))）",
                        "unknown field “\(label)”"))
                continue
            }
            if let earlier = found[index] {
                problems.append(
                    .init(
                        .structure, place, "项目“\(label)”重复（已在第 \(earlier) 行）",
                        "the field “\(label)” repeats (already in row \(earlier))"))
                continue
            }
            found[index] = row.number
            values[index] = row.cells[valueColumn]
        }
        for (index, field) in fields.enumerated() where found[index] == nil {
            problems.append(
                .init(.structure, name, "缺少项目“\(field.header)”（A 列为项目名称，B 列为内容）", "the field “\(field.header)” is missing"))
        }
        guard problems.count == before else { return nil }
        return InfoSheet(rows: found.map { $0! }, valueColumn: valueColumn, values: values)
    }

    /// Each field as a one-row table, so that the cell readers name the right cell.
    func field(_ index: Int) -> (Table, TableRow) {
        var cells = [RawCell?](repeating: nil, count: values.count)
        cells[index] = values[index]
        return (
            Table(sheet: .info, physical: Array(repeating: valueColumn, count: values.count), rows: []),
            TableRow(number: rows[index], cells: cells)
        )
    }
}
