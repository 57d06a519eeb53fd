import CXlsxWriter
import Foundation

/// A plain table as an Excel workbook (`.xlsx`): one sheet per table, a bold header row that
/// stays in view, an autofilter over the columns, text cells always stored as text (never a
/// formula, whatever they start with) and whole numbers as numbers. For exports such as the
/// reviewers' roster; the filer's workbook has its own writer.
package enum TableWriter {
    /// A cell of a table.
    package enum Cell: Sendable, Equatable {
        case text(String)
        case number(Int)
        case blank
    }

    /// One sheet: a name (at most 31 characters, none of `[]:*?/\`), the headings and the rows.
    package struct Sheet: Sendable, Equatable {
        package var name: String
        package var header: [String]
        package var rows: [[Cell]]
        /// Column widths in characters; missing ones are 12.
        package var widths: [Double]

        package init(name: String, header: [String], rows: [[Cell]], widths: [Double] = []) {
            self.name = name
            self.header = header
            self.rows = rows
            self.widths = widths
        }
    }

    /// Why a workbook could not be written.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var message: String
        package var messageEn: String
        package var description: String { "\(message) / \(messageEn)" }
    }

    /// The workbook's bytes. `created` is recorded as its creation time, so that the same
    /// tables at the same time give the same content.
    package static func xlsx(_ sheets: [Sheet], title: String, created: Date) throws(Failure) -> Data {
        // libxlsxwriter 1.1 writes to a file only; the file lives as long as this call.
        let path = FileManager.default.temporaryDirectory.appending(path: "zicha-table-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let workbook = workbook_new(path) else {
            throw Failure(message: "无法创建工作簿文件", messageEn: "cannot create the workbook file")
        }
        var properties = lxw_doc_properties()
        properties.created = time_t(created.timeIntervalSince1970)
        title.withCString { text in
            properties.title = UnsafeMutablePointer(mutating: text)
            _ = workbook_set_properties(workbook, &properties)
        }
        let header = workbook_add_format(workbook)
        format_set_bold(header)
        format_set_bg_color(header, 0xDDEBF7)
        format_set_border(header, UInt8(LXW_BORDER_THIN.rawValue))
        let text = workbook_add_format(workbook)
        format_set_num_format(text, "@")
        var failure: lxw_error = LXW_NO_ERROR
        func check(_ error: lxw_error) { if failure == LXW_NO_ERROR { failure = error } }
        for sheet in sheets {
            let named = workbook_validate_sheet_name(workbook, sheet.name)
            guard named == LXW_NO_ERROR, let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
                check(named == LXW_NO_ERROR ? LXW_ERROR_PARAMETER_VALIDATION : named)
                continue
            }
            let columns = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
            for column in 0..<columns {
                let width = column < sheet.widths.count ? sheet.widths[column] : 12
                check(worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil))
            }
            for (column, name) in sheet.header.enumerated() {
                check(escaped(name) { worksheet_write_string(worksheet, 0, lxw_col_t(column), $0, header) })
            }
            for (index, row) in sheet.rows.enumerated() {
                let r = lxw_row_t(index + 1)
                for (column, cell) in row.enumerated() {
                    let c = lxw_col_t(column)
                    switch cell {
                    case .text(let value): check(escaped(value) { worksheet_write_string(worksheet, r, c, $0, text) })
                    case .number(let value): check(worksheet_write_number(worksheet, r, c, Double(value), nil))
                    case .blank: break
                    }
                }
            }
            worksheet_freeze_panes(worksheet, 1, 0)
            if columns > 0 {
                check(worksheet_autofilter(worksheet, 0, 0, lxw_row_t(sheet.rows.count), lxw_col_t(columns - 1)))
            }
        }
        let closed = workbook_close(workbook)
        guard failure == LXW_NO_ERROR, closed == LXW_NO_ERROR else {
            let reason = String(cString: lxw_strerror(failure != LXW_NO_ERROR ? failure : closed))
            throw Failure(message: "无法写入工作簿（\(reason)）", messageEn: "cannot write the workbook (\(reason))")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: "无法读取写好的工作簿", messageEn: "cannot read the written workbook")
        }
        return data
    }

    /// Runs `write` with `text` as a C string in which a literal `_xHHHH_` survives the round trip.
    private static func escaped(_ text: String, _ write: (UnsafePointer<CChar>) -> lxw_error) -> lxw_error {
        CellText.escapeForWriting(text).withCString(write)
    }
}
