import Foundation
import Shared

/// What the filer page shows: status, versions with receipts and decisions, the review form,
/// the diff between two versions and the chosen version rendered as the form.
struct FilerPage: WebPageModel {
    struct Decision: Sendable {
        var decision: String
        var label: String
        var comment: String?
        var dueOn: String?
        var reviewer: String
        var decidedAt: String
    }

    struct Version: Sendable {
        var number: Int
        var href: String
        var shown: Bool
        var latest: Bool
        var receivedAt: String
        var sha256: String
        var signedAt: String
        var keyId: String
        var baseVersion: Int
        var deadlineTag: Tag
        var warnings: Int
        var reviewTag: Tag
        var decisions: [Decision]
    }

    struct Change: Sendable {
        var path: String
        var from: String?
        var to: String?
    }

    /// The review form as last submitted (kept when it is refused).
    struct ReviewForm: Sendable {
        var version: Int
        var accept: Bool
        var returning: Bool
        var comment: String
        var dueOn: String
        var error: String?
        var errorEn: String?
    }

    var chrome: Chrome
    var round: String
    var roundTitle: String
    var code: String
    var name: String
    var deadline: String
    var deadlineTag: Tag
    /// The latest version's review state; nil before the first version.
    var latestTag: Tag?
    var messages: PageMessages
    var hasVersions: Bool
    var versions: [Version]
    var review: ReviewForm?
    var reviewAction: String
    var csrf: String
    var today: String
    var shownVersion: Int
    var report: ReportView?
    var diffAction: String
    var fromOptions: [SelectOption]
    var toOptions: [SelectOption]
    var diffFrom: Int
    var diffTo: Int
    var hasDiff: Bool
    var changes: [Change]
    var noChanges: Bool

    /// The options of the diff's version selects, `selected` marking the chosen one.
    static func versionOptions(latest: Int, selected: Int) -> [SelectOption] {
        (1...max(latest, 1)).map { SelectOption(value: String($0), label: "第 \($0) 版", selected: $0 == selected) }
    }
}

extension FilerPage.Version {
    init(_ info: VersionInfo, round: String, filer: String, shown: Int, latest: Int) {
        number = info.receipt.version
        href = WebPaths.with(WebPaths.filer(round, filer), [("version", String(info.receipt.version))])
        self.shown = number == shown
        self.latest = number == latest
        receivedAt = info.receipt.receivedAt
        sha256 = info.receipt.sha256
        signedAt = info.signedAt
        keyId = info.keyId
        baseVersion = info.baseVersion
        deadlineTag = Tag(info.receipt.deadlineStatus)
        warnings = info.receipt.warnings
        reviewTag = Tag(info.reviewState)
        decisions = info.reviews.map {
            FilerPage.Decision(
                decision: $0.decision.rawValue, label: $0.decision == .accept ? "通过" : "退回", comment: $0.comment,
                dueOn: $0.dueOn, reviewer: $0.reviewer, decidedAt: $0.decidedAt)
        }
    }
}
