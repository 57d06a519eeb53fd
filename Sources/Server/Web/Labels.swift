import Foundation
import Shared

/// Chinese names of the states the pages show.
enum Labels {
    static func deadline(_ status: DeadlineStatus) -> String {
        switch status {
        case .pending: "待报送"
        case .onTime: "按时报送"
        case .late: "逾期报送"
        case .missing: "未报送"
        }
    }

    static func review(_ state: ReviewState) -> String {
        switch state {
        case .received: "待审核"
        case .accepted: "已通过"
        case .returned: "已退回"
        }
    }

    static func result(_ result: AssessmentResult) -> String {
        switch result {
        case .pass: "符合"
        case .fail: "不符合"
        case .notApplicable: "不适用"
        }
    }

    static func rectification(_ status: RectificationStatus) -> String {
        switch status {
        case .completed: "已完成"
        case .inProgress: "整改中"
        case .planned: "计划整改"
        }
    }

    static func level(_ level: PlatformLevel) -> String {
        switch level {
        case .province: "省级"
        case .city: "市级"
        case .county: "县级"
        case .department: "部门"
        }
    }

    static func kind(_ kind: FilerKind) -> String {
        switch kind {
        case .region: "省（区、市）"
        case .corps: "新疆生产建设兵团"
        case .department: "国务院部门"
        }
    }

    static func outcome(_ outcome: SpotCheckOutcome) -> String {
        switch outcome {
        case .confirmed: "核实一致"
        case .discrepancy: "存在差异"
        }
    }

    static func followUp(_ state: FollowUpState) -> String {
        switch state {
        case .open: "整改中"
        case .overdue: "已逾期"
        case .resolved: "已解决"
        }
    }

    static func yesNo(_ value: Bool?) -> String {
        switch value {
        case true?: "是"
        case false?: "否"
        case nil: "未填写"
        }
    }

    /// `n/d（p%）`, or a dash without units.
    static func ratio(_ ratio: Ratio) -> String {
        guard let percent = ratio.percent else { return "—" }
        return "\(ratio.numerator)/\(ratio.denominator)（\(String(format: "%.1f", percent))%）"
    }
}

/// A state shown as a coloured tag by the `tag` partial: the state's raw value (its CSS class)
/// and its Chinese label.
struct Tag: Sendable {
    var value: String
    var label: String

    /// A tag that is not one of the states' cases (e.g. an indicator left unassessed).
    init(value: String, label: String) {
        self.value = value
        self.label = label
    }

    /// The tag of `state`, labelled by `label` (one of `Labels`).
    init<T: RawRepresentable>(_ state: T, _ label: (T) -> String) where T.RawValue == String {
        value = state.rawValue
        self.label = label(state)
    }
}

/// One option of a `<select>`, drawn by the `option` partial.
struct SelectOption: Sendable {
    var value: String
    var label: String
    var selected: Bool

    /// "全部" and one option per case, `selected` marking the current value.
    static func all<T: RawRepresentable & CaseIterable>(_ type: T.Type, selected: T?, label: (T) -> String) -> [SelectOption]
    where T.RawValue == String {
        [SelectOption(value: "", label: "全部", selected: selected == nil)]
            + T.allCases.map { value in SelectOption(value: value.rawValue, label: label(value), selected: selected?.rawValue == value.rawValue) }
    }
}
