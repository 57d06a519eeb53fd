import Shared

/// Puts each validation finding next to the field it concerns: the displayed element (anchor)
/// whose JSON path is the longest prefix of the finding's path. Findings no element claims stay
/// at the report level (anchor "").
struct FindingIndex: Sendable {
    private var buckets: [String: [FindingView]] = [:]

    init(issues: [ValidationIssue], anchors: Set<String>) {
        for issue in issues {
            let anchor = Self.anchor(of: issue.path, among: anchors)
            buckets[anchor, default: []].append(FindingView(issue))
        }
    }

    /// The findings shown at `anchor`.
    func at(_ anchor: String) -> [FindingView] { buckets[anchor] ?? [] }

    private static func anchor(of path: String, among anchors: Set<String>) -> String {
        var candidate = path
        while !candidate.isEmpty {
            if anchors.contains(candidate) { return candidate }
            // Drop the last component: `.name` or `[n]`.
            guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
            candidate = String(candidate[..<cut])
        }
        return ""
    }
}

/// One validation finding as the filer page shows it.
struct FindingView: Sendable {
    var severity: String
    var severityLabel: String
    var code: String
    var indicator: String?
    var path: String
    var message: String
    var messageEn: String

    init(_ issue: ValidationIssue) {
        severity = issue.severity.rawValue
        severityLabel = issue.severity == .error ? "错误" : "警告"
        code = issue.code
        indicator = issue.indicator?.indicator.level2.zh
        path = issue.path
        message = issue.message
        messageEn = issue.messageEn
    }
}
