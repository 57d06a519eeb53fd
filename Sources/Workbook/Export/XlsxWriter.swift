import CXlsxWriter
import Foundation
import Shared

/// A value to write into a cell.
package enum CellValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case date(Day)
}

/// Why a workbook could not be written.
package struct WorkbookWriteError: Error, Sendable, CustomStringConvertible {
    package var message: String
    package var messageEn: String
    package var description: String { "\(message) / \(messageEn)" }
}

/// libxlsxwriter's workbook, with the few formats the filer's workbook uses.
final class XlsxWriter {
    /// The styles cells and columns are written in.
    enum Style: CaseIterable {
        case header, text, wrappedText, date, number, title, heading, note, plain
    }

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private var formats: [Style: UnsafeMutablePointer<lxw_format>] = [:]
    private var firstError: WorkbookWriteError?

    /// Starts a workbook at `path`; `created` is the date recorded as its creation, so that the
    /// same report always gives the same bytes.
    init(path: String, created: Day) throws(WorkbookWriteError) {
        guard let workbook = workbook_new(path) else {
            throw WorkbookWriteError(message: "无法创建工作簿文件 \(path)", messageEn: "cannot create the workbook file \(path)")
        }
        self.workbook = workbook
        var properties = lxw_doc_properties()
        properties.created = time_t(created.daysSinceEpoch * 86_400)
        "政务服务平台自查报告 / Self-inspection report".withCString { title in
            properties.title = UnsafeMutablePointer(mutating: title)
            _ = workbook_set_properties(workbook, &properties)
        }
        for style in Style.allCases { formats[style] = makeFormat(style) }
    }

    private func makeFormat(_ style: Style) -> UnsafeMutablePointer<lxw_format> {
        let format = workbook_add_format(workbook)!
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        switch style {
        case .header:
            format_set_bold(format)
            format_set_bg_color(format, 0xDDEBF7)
            format_set_text_wrap(format)
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
        case .text: format_set_num_format(format, "@")
        case .wrappedText:
            format_set_num_format(format, "@")
            format_set_text_wrap(format)
        case .date: format_set_num_format(format, "yyyy-mm-dd")
        case .number: format_set_num_format(format, "0")
        case .title:
            format_set_bold(format)
            format_set_font_size(format, 14)
        case .heading:
            format_set_bold(format)
            format_set_bg_color(format, 0xDDEBF7)
        case .note: format_set_text_wrap(format)
        case .plain: break
        }
        return format
    }

    func format(_ style: Style) -> UnsafeMutablePointer<lxw_format> { formats[style]! }

    /// Adds a sheet named `name`.
    func addSheet(_ name: String) -> XlsxSheet {
        XlsxSheet(sheet: workbook_add_worksheet(workbook, name)!, name: name, writer: self)
    }

    /// Records the first failure of a libxlsxwriter call, naming the cell it was writing.
    func check(_ error: lxw_error, at cell: CellReference? = nil) {
        guard error != LXW_NO_ERROR, firstError == nil else { return }
        let reason = String(cString: lxw_strerror(error))
        if error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED, let cell {
            firstError = WorkbookWriteError(
                message: "\(cell)：文字超过 Excel 单元格的上限 32767 个字符",
                messageEn: "\(cell): the text exceeds Excel's 32767 characters per cell")
        } else {
            let place = cell.map { "\($0)：" } ?? ""
            firstError = WorkbookWriteError(
                message: "\(place)无法写入工作簿（\(reason)）", messageEn: "cannot write the workbook (\(reason))")
        }
    }

    /// Writes the file; throws the first failure of any call before.
    func close() throws(WorkbookWriteError) {
        let error = workbook_close(workbook)
        if let firstError { throw firstError }
        guard error == LXW_NO_ERROR else {
            let reason = String(cString: lxw_strerror(error))
            throw WorkbookWriteError(message: "无法保存工作簿（\(reason)）", messageEn: "cannot save the workbook (\(reason))")
        }
    }
}

/// One worksheet being written.
struct XlsxSheet {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    let writer: XlsxWriter

    /// Writes `value` at the 0-based `row` and `column`.
    func write(_ value: CellValue, row: Int, column: Int, style: XlsxWriter.Style) {
        let r = lxw_row_t(row)
        let c = lxw_col_t(column)
        let error: lxw_error
        switch value {
        case .text(let text):
            error = CellText.escapeForWriting(text).withCString { worksheet_write_string(sheet, r, c, $0, writer.format(style)) }
        case .number(let number):
            error = worksheet_write_number(sheet, r, c, number, writer.format(.number))
        case .date(let day):
            if let serial = DateCell.serial(day) {
                error = worksheet_write_number(sheet, r, c, serial, writer.format(.date))
            } else {
                error = day.description.withCString { worksheet_write_string(sheet, r, c, $0, writer.format(.text)) }
            }
        }
        writer.check(error, at: CellReference(sheet: name, row: row + 1, column: column))
    }

    func comment(_ text: String, row: Int, column: Int) {
        writer.check(text.withCString { worksheet_write_comment(sheet, lxw_row_t(row), lxw_col_t(column), $0) })
    }

    func setColumn(_ column: Int, width: Double, style: XlsxWriter.Style?) {
        writer.check(
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, style.map { writer.format($0) }))
    }

    func freeze(rows: Int, columns: Int) {
        worksheet_freeze_panes(sheet, lxw_row_t(rows), lxw_col_t(columns))
    }

    func autofilter(lastRow: Int, lastColumn: Int) {
        writer.check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastColumn)))
    }
}
