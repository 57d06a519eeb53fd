import Shared

/// Puts what the page says about a place next to the element that shows it: the displayed
/// element (anchor) whose JSON path is the longest prefix of the finding's, comment's or
/// change's path. What no element claims stays with the report as a whole (anchor ""). Counts
/// findings per platform and item for the contents' badges.
struct ReportNotes: Sendable {
    /// How many comment boxes one page offers: every box is a form field, sent empty or not.
    static let pinLimit = 300

    private var findings: [String: [FindingView]] = [:]
    private var comments: [String: [CommentView]] = [:]
    private var changed: Set<String> = []
    /// Platforms (`platforms[i]`) and items (`platforms[i].serviceItems[j]`) with a change below.
    private var changedOwners: Set<String> = []
    private var findingCounts: [String: Int] = [:]
    /// Every finding of the version.
    private(set) var findingTotal = 0
    private var commented: Set<String> = []
    private let since: Int?
    /// The report the boxes' labels are read from: its outline's skeleton, then the report with
    /// the page's items (`ReportView`), so that a finding on a guide row is named by its row.
    var report: SelfInspectionReport
    /// What was typed into the boxes of a refused form, by path.
    private let typed: [String: String]
    private var pinsLeft = ReportNotes.pinLimit
    /// The paths boxes were made for.
    private var boxed: Set<String> = []

    init(
        report: SelfInspectionReport, anchors: ReportAnchors, issues: [ValidationIssue],
        comments: [(comment: PinnedComment, by: String)], changes: (since: Int, paths: [String])?, typed: [String: String],
        pinLimit: Int = ReportNotes.pinLimit
    ) {
        self.report = report
        self.typed = typed
        pinsLeft = pinLimit
        since = changes?.since
        findingTotal = issues.count
        for issue in issues {
            let anchor = Self.anchor(of: issue.path, among: anchors)
            findings[anchor, default: []].append(FindingView(issue))
            for owner in Self.owners(of: issue.path) { findingCounts[owner, default: 0] += 1 }
        }
        for (comment, by) in comments {
            let anchor = Self.anchor(of: comment.path, among: anchors)
            self.comments[anchor, default: []].append(CommentView(label: comment.label, text: comment.text, by: by))
            if let owner = Self.owners(of: comment.path).last { commented.insert(owner) }
        }
        for path in changes?.paths ?? [] {
            changed.insert(Self.anchor(of: path, among: anchors))
            changedOwners.formUnion(Self.owners(of: Self.anchor(of: path, among: anchors)))
        }
    }

    /// What the page shows beside `anchor`, with a box to pin a comment to each finding's path
    /// there and, when `pinAnchor`, to the anchor itself (as long as boxes are left).
    mutating func beside(_ anchor: String, pinAnchor: Bool = false, also: [String] = []) -> PlaceNotes {
        var notes = PlaceNotes()
        let places = [anchor] + also
        if let since, places.contains(where: changed.contains) { notes.changedSince = String(since) }
        notes.findings = places.flatMap { findings[$0] ?? [] }
        notes.comments = places.flatMap { comments[$0] ?? [] }
        var paths = pinAnchor && !anchor.isEmpty ? [anchor] : []
        for finding in notes.findings where !paths.contains(finding.path) && !finding.path.isEmpty { paths.append(finding.path) }
        for path in paths where pinsLeft > 0 && !boxed.contains(path) {
            pinsLeft -= 1
            boxed.insert(path)
            let value = typed[path] ?? ""
            notes.pins.append(
                PinBox(
                    name: PinBox.prefix + path, label: DiffLabels.label(of: path, in: report), value: value,
                    open: !value.isEmpty))
        }
        return notes
    }

    /// Findings on the platform or item `owner` and everything below it.
    func findingCount(_ owner: String) -> Int { findingCounts[owner] ?? 0 }

    /// Whether something at or below `owner` changed since the previous version.
    func hasChanged(_ owner: String) -> Bool { since != nil && changedOwners.contains(owner) }

    /// Whether a comment is pinned to `owner` or a place of its own (a platform's fields and
    /// indicators, not its items').
    func hasComments(_ owner: String) -> Bool { commented.contains(owner) }

    /// The paths of boxes a refused form had text in that no box of this page shows.
    func typedElsewhere() -> [(path: String, text: String)] {
        typed.filter { !boxed.contains($0.key) && !$0.value.isEmpty }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The anchor of `path`: itself or its nearest enclosing path among `anchors`, else "".
    static func anchor(of path: String, among anchors: ReportAnchors) -> String {
        var candidate = Substring(path)
        while !candidate.isEmpty {
            if anchors.contains(String(candidate)) { return String(candidate) }
            // Drop the last component: `.name` or `[n]`.
            guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
            candidate = candidate[..<cut]
        }
        return ""
    }

    /// The platform (`platforms[i]`) and the item (`platforms[i].serviceItems[j]`) `path` lies in.
    static func owners(of path: String) -> [String] {
        guard let steps = ReportPath.steps(path), steps.count >= 2, case .key("platforms") = steps[0],
            case .index(let i) = steps[1]
        else { return [] }
        let platform = "platforms[\(i)]"
        guard steps.count >= 4, case .key("serviceItems") = steps[2], case .index(let j) = steps[3] else { return [platform] }
        return [platform, "\(platform).serviceItems[\(j)]"]
    }
}
