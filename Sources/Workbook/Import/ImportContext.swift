import Foundation
import Shared

/// The words the workbook reads besides the labels: “无” for a list given empty.
enum ImportVocabulary {
    static let none = "无"
}

/// An import in progress: the problems found so far, the cell map, and readers that turn a
/// cell into a value of the form or record why they cannot.
final class ImportContext {
    var problems: [WorkbookProblem] = []
    var cells = CellMap()
    let date1904: Bool
    /// The folder beside the report whose files the 佐证材料 cells name; nil where none can be read.
    let attachmentDirectory: String?
    /// Each attachment file read so far, by path.
    var describedFiles: [String: Result<Attachment, AttachmentFileRefusal>] = [:]

    init(date1904: Bool, attachmentDirectory: String? = nil) {
        self.date1904 = date1904
        self.attachmentDirectory = attachmentDirectory
    }

    func problem(_ cell: CellReference, _ zh: String, _ en: String) {
        problems.append(WorkbookProblem(.content, cell.description, zh, en))
    }

    /// The text of a cell, exactly as typed; numbers as a clerk would write them; nil when blank.
    func text(_ table: Table, _ row: TableRow, _ field: String) -> String? {
        value(row.cells[table.sheet.column(field)], at: table.cell(row, field))
    }

    /// Like `text`, but "" for a blank cell (required texts: the validator names a blank one).
    func requiredText(_ table: Table, _ row: TableRow, _ field: String) -> String {
        text(table, row, field) ?? ""
    }

    func value(_ cell: RawCell?, at place: @autoclosure () -> CellReference) -> String? {
        switch cell {
        case nil: return nil
        case .text(let text): return text.isEmpty ? nil : text
        case .number(let number, let dateStyled):
            if dateStyled, let day = DateCell.day(serial: number, date1904: date1904) { return day.description }
            return CellText.number(number)
        case .bool(let value): return value.label.zh
        case .error(let code):
            if code.isEmpty {
                problem(
                    place(), "单元格是公式，但保存文件的程序没有存下计算结果，请在 Excel 或 WPS 中打开后重新保存",
                    "the cell holds a formula whose result was not saved; open and save the file in Excel or WPS")
            } else {
                problem(place(), "单元格是错误值 \(code)", "the cell holds the error value \(code)")
            }
            return nil
        }
    }

    /// One entry per line; “无” is the empty list; blank lines are dropped.
    func lines(_ table: Table, _ row: TableRow, _ field: String) -> [String]? {
        guard let text = text(table, row, field) else { return nil }
        if text.trimmingCharacters(in: .whitespaces) == ImportVocabulary.none { return [] }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        return lines.isEmpty ? nil : lines
    }

    /// A date cell, or text naming a day; nil when blank (or, recorded, when it is not a date).
    func date(_ table: Table, _ row: TableRow, _ field: String) -> FormDate? {
        func place() -> CellReference { table.cell(row, field) }
        switch row.cells[table.sheet.column(field)] {
        case nil: return nil
        case .number(let serial, _):
            if let day = DateCell.day(serial: serial, date1904: date1904) { return FormDate(day) }
            problem(place(), "“\(CellText.number(serial))”不是日期", "“\(CellText.number(serial))” is not a date")
            return nil
        case let cell:
            guard let text = value(cell, at: place()), !text.allSatisfy(\.isWhitespace) else { return nil }
            if let day = DateCell.day(text: text) { return FormDate(day) }
            problem(
                place(), "“\(text)”不是日期（可填 2017-12-20、2017/12/20 或 2017年12月20日）",
                "“\(text)” is not a date (write 2017-12-20, 2017/12/20 or 2017年12月20日)")
            return nil
        }
    }

    /// A whole number; nil when blank (or, recorded, when it is not one).
    func integer(_ table: Table, _ row: TableRow, _ field: String) -> Int? {
        func place() -> CellReference { table.cell(row, field) }
        let cell = row.cells[table.sheet.column(field)]
        if case .number(let number, _) = cell {
            if number == number.rounded(), abs(number) <= Double(1 << 53) { return Int(number) }
        } else {
            guard let text = value(cell, at: place())?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            if let number = Int(CellText.halfWidth(text)) { return number }
        }
        let shown = value(cell, at: place()) ?? ""
        problem(place(), "“\(shown)”不是整数", "“\(shown)” is not a whole number")
        return nil
    }

    /// One of `T`'s values by its Chinese or English label or JSON name; nil when blank (or, recorded, unknown).
    func choice<T: Labelled & CaseIterable & RawRepresentable>(
        _ table: Table, _ row: TableRow, _ field: String, _ type: T.Type, among allowed: [T]? = nil
    ) -> T? where T.RawValue == String {
        func place() -> CellReference { table.cell(row, field) }
        guard let raw = value(row.cells[table.sheet.column(field)], at: place()) else { return nil }
        let text = raw.trimmed
        if text.isEmpty { return nil }
        let cases = allowed ?? Array(T.allCases)
        if let match = cases.first(where: { $0.label.zh == text }) { return match }
        let lower = text.lowercased()
        if let match = cases.first(where: { $0.rawValue.lowercased() == lower || $0.label.en.lowercased() == lower }) {
            return match
        }
        problem(
            place(), "“\(raw)”不是允许的取值（\(cases.map(\.label.zh).joined(separator: "、"))）",
            "“\(raw)” is not one of \(cases.map(\.label.en).joined(separator: ", "))")
        return nil
    }

    /// 是 or 否 (also yes/no, true/false, 1/0 and boolean cells); nil when blank (or, recorded, neither).
    func yesNo(_ table: Table, _ row: TableRow, _ field: String) -> Bool? {
        func place() -> CellReference { table.cell(row, field) }
        let cell = row.cells[table.sheet.column(field)]
        if case .bool(let value) = cell { return value }
        guard let raw = value(cell, at: place()) else { return nil }
        switch raw.trimmed.lowercased() {
        case "": return nil
        case "是", "yes", "y", "true", "1", "√", "✓": return true
        case "否", "no", "n", "false", "0", "×", "✗": return false
        default:
            problem(place(), "“\(raw)”应为“是”或“否”", "“\(raw)” should be 是 (yes) or 否 (no)")
            return nil
        }
    }

    /// Records that `table`'s cell `field` of `row` is blank though the form needs a value.
    func missing(_ table: Table, _ row: TableRow, _ field: String) {
        let column = table.sheet.columns[table.sheet.column(field)]
        problem(table.cell(row, field), "“\(column.header)”为空", "“\(column.header)” is empty")
    }
}
