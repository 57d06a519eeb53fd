import Foundation
import Shared

/// Prints validation issues for people: grouped by platform and service item, each with its
/// indicator named in Chinese and English.
enum IssuePrinter {
    /// Where an issue sits: the report itself, a platform, or a service item of a platform.
    private struct Place: Hashable, Comparable {
        var platform: Int?
        var item: Int?

        init(path: String) {
            platform = Self.index(after: "platforms[", in: path)
            item = platform == nil ? nil : Self.index(after: "].serviceItems[", in: path)
        }

        private static func index(after marker: String, in path: String) -> Int? {
            guard let start = path.range(of: marker)?.upperBound,
                let end = path[start...].firstIndex(of: "]")
            else { return nil }
            return Int(path[start..<end])
        }

        static func < (a: Place, b: Place) -> Bool {
            (a.platform ?? -1, a.item ?? -1) < (b.platform ?? -1, b.item ?? -1)
        }
    }

    /// The lines `zicha validate` prints for `result`; `report` supplies platform and item names,
    /// `cell` (for a report imported from a workbook) the cell of a JSON path, printed beside it.
    static func lines(
        for result: ValidationResult, report: SelfInspectionReport?, cell: ((String) -> String?)? = nil
    ) -> [String] {
        var out: [String] = []
        let groups = Dictionary(grouping: result.issues, by: { Place(path: $0.path) })
        for place in groups.keys.sorted() {
            out.append(heading(place, report: report))
            let issues = groups[place]!.sorted {
                ($0.severity == .error ? 0 : 1, $0.path) < ($1.severity == .error ? 0 : 1, $1.path)
            }
            for issue in issues { out += lines(for: issue, cell: cell?(issue.path)) }
        }
        out.append(summary(result))
        return out
    }

    static func summary(_ result: ValidationResult) -> String {
        if result.errors == 0 && result.warnings == 0 {
            return "校验通过，没有问题。 / Valid: no issues."
        }
        return
            "合计：\(result.errors) 个错误，\(result.warnings) 个警告。 / Total: \(result.errors) error(s), \(result.warnings) warning(s)."
    }

    private static func heading(_ place: Place, report: SelfInspectionReport?) -> String {
        guard let p = place.platform else { return "报告整体 / Report" }
        let platform = report.flatMap { p < $0.platforms.count ? $0.platforms[p] : nil }
        let platformName = platform.map { Self.quoted($0.name) } ?? ""
        guard let i = place.item else {
            let id = platform.map { " (id \(ControlCharacters.visible($0.id)))" } ?? ""
            return "平台 \(p + 1)\(platformName) / Platform \(p + 1)\(id)"
        }
        let item = platform.flatMap { i < $0.serviceItems.count ? $0.serviceItems[i] : nil }
        return "  平台 \(p + 1) 服务事项 \(i + 1)\(item.map { Self.quoted($0.name) } ?? "") / Platform \(p + 1), service item \(i + 1)"
    }

    /// A name in corner brackets, or nothing when it is blank (a blank name is itself an issue);
    /// control characters shown as `<ESC>`…, never sent to the terminal.
    private static func quoted(_ name: String) -> String {
        name.allSatisfy(\.isWhitespace) ? "" : "「\(ControlCharacters.visible(name))」"
    }

    private static func lines(for issue: ValidationIssue, cell: String?) -> [String] {
        let severity = issue.severity == .error ? "✗ 错误 error" : "! 警告 warning"
        var title = "    \(severity)"
        if let indicator = issue.indicator?.indicator {
            title += " · \(indicator.level2.zh) \(indicator.level2.en)"
        }
        title += " · \(issue.code)"
        let place = cell.map { "\($0) · \(issue.path)" } ?? issue.path
        return [title, "      \(place)", "      \(issue.message)", "      \(issue.messageEn)"]
    }
}
