import Foundation
import Shared

/// Builders of the kinds of question `zicha fill` asks. Pressing Enter keeps the current value
/// when it is a real answer (not a template placeholder); `-` clears an optional field.
enum FillQuestions {
    typealias Label = Prompter.Label
    typealias Hint = Prompter.Hint

    static let enterKeeps = "直接回车保留当前值；输入 - 表示空缺 / Enter keeps the current value; - leaves it empty"

    /// A text field; `required` refuses an empty answer.
    static func text(_ id: String, _ section: [String], _ label: Label, _ field: Accessor<String?>, required: Bool = true)
        -> FillStep
    {
        FillStep(id: id, section: section) { report, prompter throws(Prompter.EndOfInput) in
            let current = field.get(report)
            let keepable = current.flatMap { ReportTemplate.isPlaceholder($0) || $0.isEmpty ? nil : $0 }
            let value: String? = try prompter.ask(label, current: current, help: required ? nil : enterKeeps) { input in
                if input.isEmpty, let keepable { return .success(keepable) }
                if input == "-" || (input.isEmpty && !required) {
                    return required ? .failure(Hint("此项必填", "this field is required")) : .success(nil)
                }
                if input.isEmpty { return .failure(Hint("此项必填，请输入内容", "this field is required, please type an answer")) }
                return .success(input)
            }
            field.set(&report, value)
        }
    }

    static func text(_ id: String, _ section: [String], _ label: Label, _ keyPath: WritableKeyPath<SelfInspectionReport, String>)
        -> FillStep
    {
        text(id, section, label, Accessor<String?>(get: { $0[keyPath: keyPath] }, set: { $0[keyPath: keyPath] = $1 ?? "" }))
    }

    /// A date `YYYY-MM-DD` that must be a real calendar day.
    static func date(_ id: String, _ section: [String], _ label: Label, _ field: Accessor<FormDate?>) -> FillStep {
        FillStep(id: id, section: section) { report, prompter throws(Prompter.EndOfInput) in
            let current = field.get(report)
            let value = try prompter.ask(label, current: current?.raw, help: "格式 / format YYYY-MM-DD") {
                input -> Result<FormDate, Hint> in
                if input.isEmpty, let current, current.day != nil { return .success(current) }
                return parseDate(input)
            }
            field.set(&report, value)
        }
    }

    static func parseDate(_ input: String) -> Result<FormDate, Hint> {
        guard let day = Day(input) else {
            return .failure(
                Hint(
                    "“\(input)”不是有效日期，请按 YYYY-MM-DD 输入，如 2017-12-20",
                    "“\(input)” is not a real date; type YYYY-MM-DD, e.g. 2017-12-20"))
        }
        return .success(FormDate(day))
    }

    /// An absolute http(s) URL; optional ones accept `-`.
    static func url(_ id: String, _ section: [String], _ label: Label, _ field: Accessor<String?>, required: Bool) -> FillStep {
        FillStep(id: id, section: section) { report, prompter throws(Prompter.EndOfInput) in
            let current = field.get(report)
            let keepable = current.flatMap { parseURL($0).isSuccess ? $0 : nil }
            let value: String? = try prompter.ask(label, current: current, help: required ? nil : enterKeeps) { input in
                if input.isEmpty, let keepable { return .success(keepable) }
                if !required && (input == "-" || input.isEmpty) { return .success(nil) }
                return parseURL(input).map { Optional($0) }
            }
            field.set(&report, value)
        }
    }

    static func parseURL(_ input: String) -> Result<String, Hint> {
        guard let url = URL(string: input), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            url.host != nil
        else {
            return .failure(Hint("请输入以 http:// 或 https:// 开头的完整网址", "type a full URL starting with http:// or https://"))
        }
        return .success(input)
    }

    /// One of a fixed set of answers, by number or by name.
    static func choice<E: Equatable>(
        _ id: String, _ section: [String], _ label: Label, _ options: [(value: E, name: String)], _ field: Accessor<E?>,
        then: @escaping (inout SelfInspectionReport, E) -> Void = { _, _ in }
    ) -> FillStep {
        FillStep(id: id, section: section) { report, prompter throws(Prompter.EndOfInput) in
            let current = field.get(report)
            let menu = options.enumerated().map { "\($0.offset + 1) \($0.element.name)" }.joined(separator: "   ")
            let currentName = current.flatMap { c in options.first { $0.value == c }?.name }
            let value = try prompter.ask(label, current: currentName, help: menu) { input -> Result<E, Hint> in
                if input.isEmpty, let current { return .success(current) }
                if let n = Int(input), (1...options.count).contains(n) { return .success(options[n - 1].value) }
                if let match = options.first(where: { $0.name.split(separator: " ").contains(Substring(input)) }) {
                    return .success(match.value)
                }
                return .failure(Hint("请输入 1 到 \(options.count) 之间的数字", "type a number from 1 to \(options.count)"))
            }
            field.set(&report, value)
            then(&report, value)
        }
    }

    /// Yes or no.
    static func yesNo(_ id: String, _ section: [String], _ label: Label, _ field: Accessor<Bool?>) -> FillStep {
        FillStep(id: id, section: section) { report, prompter throws(Prompter.EndOfInput) in
            let current = field.get(report)
            let value = try prompter.ask(label, current: current.map { $0 ? "是 yes" : "否 no" }, help: "y 是 / n 否") {
                input -> Result<Bool, Hint> in
                if input.isEmpty, let current { return .success(current) }
                return parseBool(input)
            }
            field.set(&report, value)
        }
    }

    static func parseBool(_ input: String) -> Result<Bool, Hint> {
        switch input.lowercased() {
        case "y", "yes", "是", "true", "1": .success(true)
        case "n", "no", "否", "false", "0": .success(false)
        default: .failure(Hint("请输入 y（是）或 n（否）", "type y (yes) or n (no)"))
        }
    }
}

extension Result {
    var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}

extension Accessor {
    init(get: @escaping (SelfInspectionReport) -> Value, set: @escaping (inout SelfInspectionReport, Value) -> Void) {
        self.get = get
        self.set = set
    }

    /// An optional view of a non-optional field (`nil` is never written).
    static func required<V>(_ keyPath: WritableKeyPath<SelfInspectionReport, V>) -> Accessor<V?> where Value == V? {
        Accessor<V?>(get: { $0[keyPath: keyPath] }, set: { if let v = $1 { $0[keyPath: keyPath] = v } })
    }
}
