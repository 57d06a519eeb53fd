/// How much of a report's text one page shows. A report may be 16 MiB of text, or one text of
/// that size; the page stays a few megabytes: each text is cut at `textLimit` characters, each
/// list at `listLimit` entries, and once `remaining` is spent the rest is named, not shown.
/// (The exact bytes are always at `GET .../versions/{n}/report`.)
struct TextBudget: Sendable {
    /// Characters of one text.
    static let textLimit = 2_000
    /// Entries of one list (evidence, problems, steps, materials, forms).
    static let listLimit = 50
    /// Characters of the filer's text on one page.
    static let pageLimit = 1_500_000

    var remaining: Int

    init(characters: Int = pageLimit) {
        remaining = characters
    }

    /// `text`, cut at `textLimit` and at what is left of the page's budget, saying how long it is.
    mutating func text(_ text: String) -> String {
        let length = text.count
        let allowed = min(Self.textLimit, max(remaining, 0))
        guard length > allowed else {
            remaining -= length
            return text
        }
        remaining -= allowed
        guard allowed > 0 else { return "（共 \(length) 字，本页篇幅已满，未显示）" }
        return String(text.prefix(allowed)) + "…（共 \(length) 字，此处只显示前 \(allowed) 字）"
    }

    /// `text` when present.
    mutating func text(_ text: String?) -> String? {
        text.map { self.text($0) }
    }

    /// The first `listLimit` of `values`, each through `line` (which spends this budget), and
    /// a line saying how many more there are.
    mutating func lines<T>(_ values: [T], _ line: (inout TextBudget, T) -> String) -> [String] {
        var lines: [String] = []
        for value in values.prefix(Self.listLimit) { lines.append(line(&self, value)) }
        if values.count > Self.listLimit { lines.append("……另有 \(values.count - Self.listLimit) 条未显示") }
        return lines
    }
}
