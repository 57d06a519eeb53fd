import Foundation

/// Asks the clerk one question at a time on the terminal through the line editor, re-asking
/// until the answer is usable; a `:command` instead of an answer interrupts the question.
final class Prompter {
    /// Why a question got no answer.
    enum Interruption: Error {
        /// Standard input ended (Ctrl-D): the session pauses, the answers given are saved.
        case endOfInput
        /// The clerk typed a command instead of an answer.
        case command(FillCommand)
    }

    /// Why an answer was not accepted, and what to type instead.
    struct Hint: Error {
        var zh: String
        var en: String
        init(_ zh: String, _ en: String) {
            self.zh = zh
            self.en = en
        }
    }

    /// A question's label in both languages.
    struct Label {
        var zh: String
        var en: String
        init(_ zh: String, _ en: String) {
            self.zh = zh
            self.en = en
        }
    }

    private let editor: LineEditor

    init(editor: LineEditor) {
        self.editor = editor
    }

    /// Prints the question (with the current value or default and help lines), reads a line with
    /// `prefill` on it, and re-asks until `parse` accepts it. `parse` receives the trimmed line.
    func ask<T>(
        _ label: Label, current: String? = nil, prefill: String? = nil, help: [String] = [],
        parse: (String) -> Result<T, Hint>
    ) throws(Interruption) -> T {
        while true {
            var line = "? \(label.zh) / \(label.en)"
            if let current { line += "  [\(current)]" }
            Console.out(line)
            for text in help { Console.out("  \(text)") }
            let answer = try readAnswer("> ", prefill: prefill)
            switch parse(answer) {
            case .success(let value): return value
            case .failure(let hint):
                Console.out("  ✗ \(hint.zh) / \(hint.en)")
                if !answer.isEmpty { Console.out("    按 ↑ 可取回刚才的输入修改 / ↑ brings back what you typed") }
            }
        }
    }

    /// Reads one trimmed line after `prompt`, free of control characters. A line that held
    /// some is shown again without them, to be confirmed with Enter; `:commands` are thrown.
    func readAnswer(_ prompt: String, prefill: String? = nil) throws(Interruption) -> String {
        var prefill = prefill.map(TerminalText.editable)
        while true {
            guard let raw = editor.read(prompt: prompt, prefill: prefill) else {
                Console.out("")
                throw Interruption.endOfInput
            }
            let (text, removed) = TerminalText.cleaned(raw)
            let line = text.trimmingCharacters(in: .whitespaces)
            if !removed.isEmpty {
                let names = removed.joined(separator: ", ")
                Console.out(
                    "  ✗ 输入中有看不见的控制字符（\(names)），已删除；请核对后回车 / control characters (\(names)) removed; check the line and press Enter"
                )
                prefill = line
                continue
            }
            switch Self.command(in: line, after: prefill) {
            case .success(let command)?:
                throw Interruption.command(command)
            case .failure(let unknown)?:
                Console.out("  ✗ 没有命令 \(unknown.name) / no such command")
                Console.out("  " + FillCommand.helpLine)
                prefill = nil
                continue
            case nil:
                editor.remember(line)
                return line
            }
        }
    }

    /// The command `line` names: typed alone, or typed right after the current answer put on
    /// the line (the cursor starts at its end), which is then dropped.
    private static func command(in line: String, after prefill: String?) -> Result<FillCommand, FillCommand.UnknownCommand>? {
        if let parsed = FillCommand.parse(line) { return parsed }
        guard let head = prefill?.trimmingCharacters(in: .whitespaces), !head.isEmpty, line.hasPrefix(head) else { return nil }
        let rest = line.dropFirst(head.count).trimmingCharacters(in: .whitespaces)
        guard case .success(let command)? = FillCommand.parse(rest) else { return nil }
        return .success(command)
    }

    /// Puts `lines` into the history, so that ↑ brings them back for editing.
    func remember(_ lines: [String]) {
        for line in lines { editor.remember(TerminalText.editable(line)) }
    }

    /// Asks a yes/no question; `true` for yes.
    func confirm(_ label: Label) throws(Interruption) -> Bool {
        try ask(label, help: ["y 是 / n 否"]) { FillQuestions.parseBool($0) }
    }
}
