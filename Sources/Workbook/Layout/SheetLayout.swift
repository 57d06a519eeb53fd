import Shared

/// What a column holds: how its cells are written, offered (drop-down, date format) and read.
package enum ColumnKind: Sendable {
    /// Free text, kept exactly as typed.
    case text
    /// A list of texts, one per line in the cell; “无” is the empty list, a blank cell no list.
    case lines
    /// A calendar date, written as a date cell; typed text dates are accepted too.
    case date
    /// A whole number.
    case integer
    /// One of a fixed list, offered as a drop-down of the Chinese labels.
    case choice([Label])
    /// 是 or 否.
    case yesNo
    /// A platform id of the 平台 sheet (the row belongs to that platform).
    case platformKey
    /// A service item's name on the 服务事项 sheet (the row belongs to that item).
    case itemKey
    /// A service item's code, telling apart items of one platform that share a name.
    case itemCodeKey
}

/// One column of a sheet: its Chinese header, the JSON field it fills and how.
package struct SheetColumn: Sendable {
    /// The header a clerk sees (and the reader matches).
    package let header: String
    /// The JSON field, relative to the sheet's rows (`guide.timeLimit`); shown in the header's comment.
    package let field: String
    package let kind: ColumnKind
    /// A short hint, shown when a cell of the column is selected.
    package let hint: String
    /// A value for the 说明 sheet's example row.
    package let example: String
    /// Width in Excel's character units.
    package let width: Double
    /// Whether a workbook may lack the column (one made before the column existed): its cells then read as blank.
    package let optional: Bool

    init(
        _ header: String, _ field: String, _ kind: ColumnKind, hint: String, example: String, width: Double = 14,
        optional: Bool = false
    ) {
        self.header = header
        self.field = field
        self.kind = kind
        self.hint = hint
        self.example = example
        self.width = width
        self.optional = optional
    }

    /// Whether the column links the row to its platform or item rather than holding a value.
    package var isKey: Bool {
        switch kind {
        case .platformKey, .itemKey, .itemCodeKey: true
        default: false
        }
    }
}

/// The sheets of the workbook after 说明, in their order: one per part of the report.
package enum Sheet: String, CaseIterable, Sendable {
    case info = "基本信息"
    case platforms = "平台"
    case platformChecks = "平台检查"
    case columns = "栏目"
    case searchTests = "搜索测试"
    case registrationTests = "注册测试"
    case consultationTests = "咨询测试"
    case items = "服务事项"
    case steps = "办理环节"
    case materials = "办理材料"
    case forms = "表格"
    case itemChecks = "事项检查"

    /// The instructions sheet, first in the workbook and never read.
    package static let instructions = "说明"

    /// The sheet's name as the tab shows it.
    package var name: String { rawValue }

    /// The JSON path of the objects its rows stand for, `[]` marking the lists.
    package var path: String {
        switch self {
        case .info: ""
        case .platforms: "platforms[]"
        case .platformChecks: "platforms[].checks.<指标>"
        case .columns: "platforms[].checks.columns.columns[]"
        case .searchTests: "platforms[].checks.search.tests[]"
        case .registrationTests: "platforms[].checks.registration.tests[]"
        case .consultationTests: "platforms[].checks.consultation.tests[]"
        case .items: "platforms[].serviceItems[]"
        case .steps: "platforms[].serviceItems[].guide.steps[]"
        case .materials: "platforms[].serviceItems[].guide.materials[]"
        case .forms: "platforms[].serviceItems[].guide.forms[]"
        case .itemChecks: "platforms[].serviceItems[].checks.<指标>"
        }
    }

    /// The index of the column filling `field`; a layout error (caught by the tests) otherwise.
    package func column(_ field: String) -> Int {
        guard let index = Self.indexBySheet[self]![field] else {
            preconditionFailure("sheet \(name) has no column for \(field)")
        }
        return index
    }

    /// How many leading columns stay in view when scrolling right.
    package var frozenColumns: Int {
        switch self {
        case .info, .platforms: 1
        case .platformChecks: 2
        case .columns, .searchTests, .registrationTests, .consultationTests: 1
        case .items: 2
        case .steps, .materials, .forms: 3
        case .itemChecks: 4
        }
    }
}
