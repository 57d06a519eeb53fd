import Foundation

/// Asks the clerk one question at a time on the terminal, re-asking until the answer is usable.
struct Prompter {
    /// Standard input ended (Ctrl-D): the session stops, progress is already saved.
    struct EndOfInput: Error {}

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

    /// Prints the question (with the current value and help), reads a line and re-asks until
    /// `parse` accepts it. `parse` receives the trimmed line.
    func ask<T>(_ label: Label, current: String?, help: String? = nil, parse: (String) -> Result<T, Hint>) throws(EndOfInput) -> T
    {
        while true {
            var line = "? \(label.zh) / \(label.en)"
            if let current { line += "  [当前 current: \(current)]" }
            Console.out(line)
            if let help { Console.out("  \(help)") }
            switch parse(try readAnswer("> ")) {
            case .success(let value): return value
            case .failure(let hint): Console.out("  ✗ \(hint.zh) / \(hint.en)")
            }
        }
    }

    /// Reads one trimmed line after `prompt`.
    func readAnswer(_ prompt: String) throws(EndOfInput) -> String {
        Console.prompt(prompt)
        guard let line = readLine(strippingNewline: true) else {
            Console.out("")
            throw EndOfInput()
        }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
