import Shared

/// What the filer page shows beside one place of the report, besides the filer's own text (the
/// `beside` partial): whether it changed since the previous version, the validation findings,
/// the reviewers' pinned comments, and the boxes to pin a new comment there.
struct PlaceNotes: Sendable {
    /// "自第 N 版以来有改动": the version number, when the place changed since it.
    var changedSince: String?
    var findings: [FindingView] = []
    var comments: [CommentView] = []
    var pins: [PinBox] = []

    var isEmpty: Bool { changedSince == nil && findings.isEmpty && comments.isEmpty && pins.isEmpty }
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

/// A reviewer's comment pinned to this place by a decision on the version shown.
struct CommentView: Sendable {
    /// The place in words.
    var label: String
    var text: String
    /// Who decided what, when: 甲 · 退回 · 2017-12-28 09:00.
    var by: String
}

/// A box to pin a comment to `path` with the review form (it belongs to the form by its `form`
/// attribute, wherever it stands in the report).
struct PinBox: Sendable {
    /// `pin:` and the path: the form field's name.
    var name: String
    /// The place in words.
    var label: String
    /// What was typed, when a refused form is shown again.
    var value: String
    var open: Bool

    static let prefix = "pin:"
}
