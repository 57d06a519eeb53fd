import Foundation
import Shared

extension FillQuestions {
    /// A list entered one entry per line (fields separated by `|`), ended by an empty line.
    static func list<T>(
        _ id: String, _ section: [String], _ label: Label, format: String, min: Int, _ field: Accessor<[T]?>,
        render: @escaping (T) -> String, isPlaceholder: @escaping (T) -> Bool, parse: @escaping (String) -> Result<T, Hint>
    ) -> FillStep {
        FillStep(id: id, section: section) { report, prompter throws(Prompter.Interruption) in
            let current = field.get(report)
            // An entry holding a control character is not kept as it is: ↑ offers it cleaned.
            let garbled = { (entry: T) in ControlCharacters.first(in: render(entry), allowingLineBreaks: true) != nil }
            let keepable = current.flatMap {
                $0.count >= min && !$0.contains(where: isPlaceholder) && !$0.contains(where: garbled) ? $0 : nil
            }
            Console.out("? \(label.zh) / \(label.en)  [当前 \(current?.count ?? 0) 条 / \(current?.count ?? 0) entries]")
            for (n, entry) in (current ?? []).enumerated() {
                Console.out("    \(n + 1). \(ControlCharacters.visible(render(entry)))")
            }
            Console.out("  每行一条，格式 / one per line: \(format)")
            Console.out("  空行结束；直接回车保留当前内容；输入 - 表示没有 / empty line ends; Enter keeps the current list; - means none")
            let recallable = (current ?? []).filter { !isPlaceholder($0) }
            if !recallable.isEmpty {
                // ↑ brings the current entries back one by one, to be edited rather than retyped.
                prompter.remember(recallable.map(render))
                Console.out("  按 ↑ 取回当前各条修改 / ↑ recalls the current entries for editing")
            }
            while true {
                let first = try prompter.readAnswer("+ ")
                if first.isEmpty {
                    if let keepable {
                        field.set(&report, keepable)
                        return
                    }
                    Console.out(
                        "  ✗ 当前内容含占位文字、控制字符或不足 \(min) 条，请逐条输入 / the current list has placeholders, control characters or fewer than \(min) entries; type the entries"
                    )
                    continue
                }
                if first == "-" {
                    if min == 0 {
                        field.set(&report, [])
                        return
                    }
                    Console.out("  ✗ 至少需要 \(min) 条 / at least \(min) entries are needed")
                    continue
                }
                var entries: [T] = []
                var line = first
                while !line.isEmpty {
                    switch parse(line) {
                    case .success(let entry): entries.append(entry)
                    case .failure(let hint): Console.out("  ✗ 此条未记录：\(hint.zh) / not recorded: \(hint.en)")
                    }
                    line = try prompter.readAnswer("+ ")
                }
                if entries.count >= min {
                    field.set(&report, entries)
                    return
                }
                Console.out("  ✗ 至少需要 \(min) 条，请重新输入整张列表 / at least \(min) entries are needed; type the list again")
            }
        }
    }

    /// Splits `line` at `|` (or the full-width `｜`) into exactly `count` trimmed fields.
    static func fields(_ line: String, count: Int, format: String) -> Result<[String], Hint> {
        let parts = line.split(separator: /\||｜/, omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == count else {
            return .failure(Hint("需要 \(count) 项，用 | 分隔：\(format)", "\(count) fields separated by |: \(format)"))
        }
        return .success(parts)
    }

    /// A list of plain sentences (problems, mismatches, discrepancies).
    static func sentences(_ id: String, _ section: [String], _ label: Label, min: Int, _ field: Accessor<[String]?>) -> FillStep {
        list(
            id, section, label, format: "一句话 / a sentence", min: min, field, render: { $0 },
            isPlaceholder: ReportTemplate.isPlaceholder,
            parse: { .success($0) })
    }

    /// `-` or empty as "none", for optional fields inside list entries.
    static func optional(_ text: String) -> String? {
        text.isEmpty || text == "-" ? nil : text
    }
}
