import Foundation
import Shared

/// What the filer page shows: status, versions with receipts and decisions, the review form,
/// the diff between two versions and the chosen version rendered as the form.
struct FilerPage: Sendable {
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
        var deadlineStatus: String
        var deadlineLabel: String
        var warnings: Int
        var reviewState: String
        var reviewLabel: String
        var decisions: [Decision]
    }

    struct Change: Sendable {
        var path: String
        var from: String?
        var to: String?
    }

    struct VersionOption: Sendable {
        var number: Int
        var selected: Bool
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
    var deadlineStatus: String
    var deadlineLabel: String
    var latestState: String?
    var latestLabel: String?
    var notice: String?
    var hasVersions: Bool
    var versions: [Version]
    var review: ReviewForm?
    var reviewAction: String
    var csrf: String
    var today: String
    var shownVersion: Int
    var report: ReportView?
    var diffAction: String
    var fromOptions: [VersionOption]
    var toOptions: [VersionOption]
    var diffFrom: Int
    var diffTo: Int
    var hasDiff: Bool
    var changes: [Change]
    var noChanges: Bool

    /// Success notices after a redirect, by code (never text from the query).
    static func notice(_ code: String?) -> String? {
        switch code {
        case "accepted": "已通过该版本。The version is accepted."
        case "returned": "已退回该版本，并通知整改期限。The version is returned with a follow-up date."
        default: nil
        }
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
        deadlineStatus = info.receipt.deadlineStatus.rawValue
        deadlineLabel = Labels.deadline(info.receipt.deadlineStatus)
        warnings = info.receipt.warnings
        reviewState = info.reviewState.rawValue
        reviewLabel = Labels.review(info.reviewState)
        decisions = info.reviews.map {
            FilerPage.Decision(
                decision: $0.decision.rawValue, label: $0.decision == .accept ? "通过" : "退回", comment: $0.comment,
                dueOn: $0.dueOn, reviewer: $0.reviewer, decidedAt: $0.decidedAt)
        }
    }
}
