import Foundation
import Shared

/// Names the pages show that are not states (states name themselves: `Labelled` in Shared).
enum Labels {
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

    /// The tag of `state`, with its shared Chinese label.
    init<T: RawRepresentable & Labelled>(_ state: T) where T.RawValue == String {
        value = state.rawValue
        label = state.label.zh
    }
}

/// One option of a `<select>`, drawn by the `option` partial.
struct SelectOption: Sendable {
    var value: String
    var label: String
    var selected: Bool

    /// "全部" and one option per case, `selected` marking the current value.
    static func all<T: RawRepresentable & CaseIterable & Labelled>(_ type: T.Type, selected: T?) -> [SelectOption]
    where T.RawValue == String {
        [SelectOption(value: "", label: "全部", selected: selected == nil)]
            + T.allCases.map { value in
                SelectOption(value: value.rawValue, label: value.label.zh, selected: selected?.rawValue == value.rawValue)
            }
    }
}
