import Foundation
import Shared

/// Builders of the kinds of question `zicha fill` asks. A real current value (not a template
/// placeholder) is put on the edit line, so Enter keeps it and the arrows edit it; choices show
/// their default, which Enter takes.
enum FillQuestions {
    typealias Label = Prompter.Label
    typealias Hint = Prompter.Hint

    static let optionalHelp = "可不填：清空本行（Ctrl-U）后回车，或输入 - / optional: clear the line (Ctrl-U) and press Enter, or type -"
    static let required = Hint("此项必填，请输入内容", "this field is required, please type an answer")

    /// A suggested answer for a choice and why: what the evidence just entered says.
    struct Suggestion<E> {
        var value: E
        var reason: String
    }

    /// A one-line text field; `required` refuses an empty answer.
    static func text(_ id: String, _ section: [String], _ label: Label, _ field: Accessor<String?>, required: Bool = true)
        -> FillStep
    {
        FillStep(id: id, section: section) { report, prompter throws(Prompter.Interruption) in
            let value: String? = try prompter.ask(
                label, prefill: realValue(field.get(report)), help: required ? [] : [optionalHelp]
            ) { input in
                if input.isEmpty || input == "-" { return required ? .failure(Self.required) : .success(nil) }
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

    /// A required text of several lines (the summary, rectification measures), typed line by
    /// line and ended by an empty line; Enter on the first line keeps a real current text.
    static func paragraph(_ id: String, _ section: [String], _ label: Label, _ field: Accessor<String?>) -> FillStep {
        FillStep(id: id, section: section) { report, prompter throws(Prompter.Interruption) in
            // Enter keeps the text as shown: without control characters, line breaks kept.
            let current = realValue(field.get(report)).map(TerminalText.cleanedLines)
            var help = ["可写多行，空行结束 / several lines; an empty line ends the text"]
            if let current {
                let lines = current.components(separatedBy: "\n")
                help.append("当前内容（直接回车保留；↑ 取回各行修改）/ current text (Enter keeps it; ↑ recalls its lines):")
                help += lines.map { "  │ " + $0 }
                prompter.remember(lines)
            }
            let first: String = try prompter.ask(label, help: help) { input in
                input.isEmpty && current == nil ? .failure(Self.required) : .success(input)
            }
            guard !first.isEmpty else {
                field.set(&report, current)
                return
            }
            var lines = [first]
            while true {
                let next = try prompter.readAnswer("+ ")
                if next.isEmpty { break }
                lines.append(next)
            }
            field.set(&report, lines.joined(separator: "\n"))
        }
    }

    /// `text` when it is a real answer: not empty and not a template placeholder.
    static func realValue(_ text: String?) -> String? {
        guard let text, !text.isEmpty, !ReportTemplate.isPlaceholder(text) else { return nil }
        return text
    }

    /// A real calendar day, typed in any of the usual Chinese forms and stored as `YYYY-MM-DD`.
    static func date(_ id: String, _ section: [String], _ label: Label, _ field: Accessor<FormDate?>) -> FillStep {
        FillStep(id: id, section: section) { report, prompter throws(Prompter.Interruption) in
            let current = field.get(report)
            let value = try prompter.ask(
                label, prefill: current?.day != nil ? current?.raw : nil, help: ["如 / e.g. \(DateInput.forms)"]
            ) { input -> Result<FormDate, Hint> in
                input.isEmpty
                    ? .failure(Hint("请输入日期，如 \(DateInput.forms)", "type a date, e.g. 2017-12-20")) : DateInput.parse(input)
            }
            field.set(&report, value)
        }
    }

    static func parseDate(_ input: String) -> Result<FormDate, Hint> { DateInput.parse(input) }

    /// An absolute http(s) URL; optional ones accept an empty line or `-`.
    static func url(_ id: String, _ section: [String], _ label: Label, _ field: Accessor<String?>, required: Bool) -> FillStep {
        FillStep(id: id, section: section) { report, prompter throws(Prompter.Interruption) in
            let current = field.get(report)
            let keepable = current.flatMap { parseURL($0).isSuccess ? $0 : nil }
            let value: String? = try prompter.ask(label, prefill: keepable, help: required ? [] : [optionalHelp]) { input in
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

    /// One of a fixed set of answers, by number or by name. Enter takes the default: what
    /// `suggest` derives from the evidence, else the current value.
    static func choice<E: Equatable>(
        _ id: String, _ section: [String], _ label: Label, _ options: [(value: E, name: String)], _ field: Accessor<E?>,
        suggest: @escaping (SelfInspectionReport) -> Suggestion<E>? = { _ in nil },
        then: @escaping (inout SelfInspectionReport, E) -> Void = { _, _ in }
    ) -> FillStep {
        FillStep(id: id, section: section) { report, prompter throws(Prompter.Interruption) in
            let suggestion = suggest(report)
            let preset = suggestion?.value ?? field.get(report)
            let menu = options.enumerated().map { "\($0.offset + 1) \($0.element.name)" }.joined(separator: "   ")
            let presetName = preset.flatMap { p in
                options.firstIndex { $0.value == p }.map { "回车 Enter = \($0 + 1) \(options[$0].name)" }
            }
            let help = [menu] + (suggestion.map { ["依据 / evidence: \($0.reason)"] } ?? [])
            var tookDefault = false
            let value = try prompter.ask(label, current: presetName, help: help) { input -> Result<E, Hint> in
                if input.isEmpty, let preset {
                    tookDefault = true
                    return .success(preset)
                }
                if let n = Int(input), (1...options.count).contains(n) { return .success(options[n - 1].value) }
                if let match = options.first(where: { $0.name.split(separator: " ").contains(Substring(input)) }) {
                    return .success(match.value)
                }
                return .failure(Hint("请输入 1 到 \(options.count) 之间的数字", "type a number from 1 to \(options.count)"))
            }
            // Enter alone leaves an empty line on the screen: say what it chose.
            if tookDefault, let name = options.first(where: { $0.value == value })?.name { Console.out("  = \(name)") }
            field.set(&report, value)
            then(&report, value)
        }
    }

    /// Yes or no; Enter keeps the current answer.
    static func yesNo(_ id: String, _ section: [String], _ label: Label, _ field: Accessor<Bool?>) -> FillStep {
        FillStep(id: id, section: section) { report, prompter throws(Prompter.Interruption) in
            let current = field.get(report)
            var tookDefault = false
            let value = try prompter.ask(
                label, current: current.map { "回车 Enter = " + ($0 ? "是 yes" : "否 no") }, help: ["y 是 / n 否"]
            ) { input -> Result<Bool, Hint> in
                if input.isEmpty, let current {
                    tookDefault = true
                    return .success(current)
                }
                return parseBool(input)
            }
            if tookDefault { Console.out("  = " + (value ? "是 yes" : "否 no")) }
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
