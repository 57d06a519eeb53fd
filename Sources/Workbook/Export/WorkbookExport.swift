import Foundation
import Shared

extension Workbook {
    /// The workbook of `report`: 说明, then one sheet per part of the report (`Sheet`).
    package static func export(_ report: SelfInspectionReport) throws(WorkbookWriteError) -> Data {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zicha-workbook-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The report's own date, so that exporting the same report twice gives the same bytes.
        let writer = try XlsxWriter(path: path, created: report.preparedOn.day ?? Day(year: 2017, month: 1, day: 1)!)
        InstructionsSheet.write(to: writer, report: report)
        writeInfo(report, to: writer)
        for sheet in Sheet.allCases where sheet != .info {
            writeTable(sheet, rows: ExportRows.rows(sheet, of: report), to: writer)
        }
        try writer.close()
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkbookWriteError(message: "无法读回刚写入的工作簿", messageEn: "cannot read back the workbook just written")
        }
        return data
    }

    private static func writeInfo(_ report: SelfInspectionReport, to writer: XlsxWriter) {
        let sheet = writer.addSheet(Sheet.info.name)
        for (column, header) in ["项目", "内容", "说明"].enumerated() {
            sheet.write(.text(header), row: 0, column: column, style: .header)
        }
        sheet.setColumn(0, width: 18, style: nil)
        sheet.setColumn(1, width: 50, style: .wrappedText)
        sheet.setColumn(2, width: 60, style: .note)
        let values = ExportRows.rows(.info, of: report)
        for (index, field) in Sheet.info.columns.enumerated() {
            let row = index + 1
            sheet.write(.text(field.header), row: row, column: 0, style: .heading)
            if let value = values[index][0] { sheet.write(value, row: row, column: 1, style: style(of: field.kind)) }
            sheet.write(.text("\(field.hint)（JSON: \(field.field)）"), row: row, column: 2, style: .note)
            sheet.validate(field.kind, column: 1, firstRow: row, lastRow: row, title: field.header, hint: field.hint)
        }
        sheet.freeze(rows: 1, columns: 1)
    }

    private static func writeTable(_ sheet: Sheet, rows: [ExportRows.Row], to writer: XlsxWriter) {
        let out = writer.addSheet(sheet.name)
        let columns = sheet.columns
        for (index, column) in columns.enumerated() {
            out.write(.text(column.header), row: 0, column: index, style: .header)
            let field = column.isKey ? "关联 / link: \(column.field)" : "JSON: \(sheet.path).\(column.field)"
            out.comment("\(field)\n\(column.hint)", row: 0, column: index)
            out.setColumn(index, width: column.width, style: style(of: column.kind))
            out.validate(column.kind, column: index, firstRow: 1, title: column.header, hint: column.hint)
        }
        for (index, row) in rows.enumerated() {
            for (column, value) in row.enumerated() {
                guard let value else { continue }
                out.write(value, row: index + 1, column: column, style: style(of: columns[column].kind))
            }
        }
        out.freeze(rows: 1, columns: sheet.frozenColumns)
        out.autofilter(lastRow: max(rows.count, 1), lastColumn: columns.count - 1)
    }

    /// The cell style of a column: text stays text (codes keep their leading zeros), lists wrap.
    private static func style(of kind: ColumnKind) -> XlsxWriter.Style {
        switch kind {
        case .date: .date
        case .integer: .number
        case .lines: .wrappedText
        default: .text
        }
    }
}
