import CXlsxWriter
import Foundation
import Shared

extension XlsxSheet {
    /// Gives the cells of `column` from the 0-based `firstRow` to the sheet's end their drop-down
    /// or check, and `hint` as the message shown when one is selected.
    func validate(
        _ kind: ColumnKind, column: Int, firstRow: Int, lastRow: Int = Int(LXW_ROW_MAX) - 1, title: String, hint: String
    ) {
        var strings: [UnsafeMutablePointer<CChar>] = []
        func keep(_ text: String) -> UnsafeMutablePointer<CChar> {
            let copy = strdup(text)!
            strings.append(copy)
            return copy
        }
        defer { for string in strings { free(string) } }
        var list: [UnsafeMutablePointer<CChar>?] = []
        var validation = lxw_data_validation()
        validation.show_input = UInt8(LXW_VALIDATION_ON.rawValue)
        validation.input_title = keep(String(title.prefix(30)))
        validation.input_message = keep(String(hint.prefix(250)))
        func error(_ type: lxw_validation_error_types, _ message: String) {
            validation.error_type = UInt8(type.rawValue)
            validation.error_title = keep("请检查 / Check")
            validation.error_message = keep(String(message.prefix(250)))
        }
        switch kind {
        case .choice(let labels):
            list = labels.map { keep($0.zh) } + [nil]
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            error(LXW_VALIDATION_ERROR_TYPE_STOP, "请从下拉列表中选择：" + labels.map(\.zh).joined(separator: "、"))
        case .yesNo:
            list = [keep(true.label.zh), keep(false.label.zh), nil]
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            error(LXW_VALIDATION_ERROR_TYPE_STOP, "请选择“是”或“否”")
        case .date:
            validation.validate = UInt8(LXW_VALIDATION_TYPE_DATE_NUMBER.rawValue)
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            validation.minimum_number = 61
            validation.maximum_number = 2_958_465
            error(LXW_VALIDATION_ERROR_TYPE_WARNING, "请输入日期，如 2017-12-20")
        case .integer:
            validation.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
            validation.value_number = 0
            error(LXW_VALIDATION_ERROR_TYPE_WARNING, "请输入整数")
        case .platformKey:
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            validation.value_formula = keep("='\(Sheet.platforms.name)'!$A$2:$A$5000")
            error(LXW_VALIDATION_ERROR_TYPE_WARNING, "“平台”表中没有这个平台标识")
        case .itemKey:
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            validation.value_formula = keep("='\(Sheet.items.name)'!$B$2:$B$200000")
            error(LXW_VALIDATION_ERROR_TYPE_WARNING, "“服务事项”表中没有这个事项名称")
        case .text, .lines, .itemCodeKey:
            validation.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
        }
        let status = list.withUnsafeMutableBufferPointer { buffer -> lxw_error in
            if !buffer.isEmpty { validation.value_list = buffer.baseAddress }
            return worksheet_data_validation_range(
                sheet, lxw_row_t(firstRow), lxw_col_t(column), lxw_row_t(lastRow), lxw_col_t(column), &validation)
        }
        writer.check(status)
    }
}
