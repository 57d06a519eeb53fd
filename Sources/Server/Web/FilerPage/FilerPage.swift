import Foundation
import Shared

/// What the filer page shows: status, versions with receipts and decisions, the diff between two
/// versions in words, and the chosen version rendered as the form beside a contents column and
/// the review form (or, for print, with its receipt and a block for seal and signature).
struct FilerPage: WebPageModel {
    struct Decision: Sendable {
        var decision: String
        var label: String
        var comment: String?
        var dueOn: String?
        var reviewer: String
        var decidedAt: String
        var comments: [PinnedComment]
        var hasComments: Bool
    }

    struct Version: Sendable {
        var number: Int
        var href: String
        var shown: Bool
        var latest: Bool
        var receivedAt: String
        var sha256: String
        /// The first 12 hex digits; the page shows the rest on demand.
        var shortSHA256: String
        var signedAt: String
        var keyId: String
        var baseVersion: Int
        var deadlineTag: Tag
        var warnings: Int
        var reviewTag: Tag
        var decisions: [Decision]
    }

    /// One change between two versions, in words; long texts with the changed words marked.
    struct Change: Sendable {
        var label: String
        var path: String
        var added: Bool
        var removed: Bool
        var from: [TextDiff.Segment]
        var to: [TextDiff.Segment]
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
        /// Comments typed into the boxes beside the report, by path.
        var pins: [String: String] = [:]
        /// The rows for a comment on any other place (a JSON path and a text).
        var otherPlaces: [OtherPlace] = OtherPlace.blank
        /// The comment boxes can be used: the version shown is the one the form decides.
        var pinning = true
    }

    /// A row of the review form pinning a comment to a place given by its JSON path.
    struct OtherPlace: Sendable {
        var number: Int
        var path: String
        var text: String

        static let count = 2
        static let blank = (1...count).map { OtherPlace(number: $0, path: "", text: "") }
    }

    /// The version printed: what the server received, for the paper record.
    struct Receipt: Sendable {
        var filerName: String
        var filerCode: String
        var round: String
        var version: Int
        var sha256: String
        var receivedAt: String
        var signedAt: String
        var keyId: String
        var deadlineStatus: String
        var printedAt: String
    }

    /// A link of the view switch (全部内容, 只看问题, 打印版).
    struct ViewLink: Sendable {
        var label: String
        var href: String
        var current: Bool
        var id: String
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
    var receipt: Receipt?
    var views: [ViewLink]
    /// The print view: the report with its receipt and the seal block, nothing to act on.
    var printing: Bool
    var problemsOnly: Bool
    /// The query the view keeps in its forms (`view`).
    var view: String?
    var diffAction: String
    var fromOptions: [SelectOption]
    var toOptions: [SelectOption]
    var diffFrom: Int
    var diffTo: Int
    var hasDiff: Bool
    var changes: [Change]
    var noChanges: Bool
    /// How many changes the table leaves out.
    var changesOmitted: String?
    /// The reviewer's next filing to review ("下一个待审核"); the navigation shows it.
    var nextToReview: NextToReview?
    /// Contacts, notices and the reminder form ("联系人与通知").
    var chasing: ChasingPanel?

    /// The options of the diff's version selects, `selected` marking the chosen one.
    static func versionOptions(latest: Int, selected: Int) -> [SelectOption] {
        (1...max(latest, 1)).map { SelectOption(value: String($0), label: "第 \($0) 版", selected: $0 == selected) }
    }

    /// Rows of the diff table a page shows.
    static let changeLimit = 500
    /// Characters of one value the diff table shows.
    static let valueLimit = 2_000
}

extension FilerPage.Version {
    init(_ info: VersionInfo, round: String, filer: String, shown: Int, latest: Int) {
        number = info.receipt.version
        href = WebPaths.with(WebPaths.filer(round, filer), [("version", String(info.receipt.version))])
        self.shown = number == shown
        self.latest = number == latest
        receivedAt = ReadableTime.of(info.receipt.receivedAt)
        sha256 = info.receipt.sha256
        shortSHA256 = String(info.receipt.sha256.prefix(12))
        signedAt = FilerPage.readable(info.signedAt)
        keyId = info.keyId
        baseVersion = info.baseVersion
        deadlineTag = Tag(info.receipt.deadlineStatus)
        warnings = info.receipt.warnings
        reviewTag = Tag(info.reviewState)
        decisions = info.reviews.map {
            FilerPage.Decision(
                decision: $0.decision.rawValue, label: $0.decision == .accept ? "通过" : "退回", comment: $0.comment,
                dueOn: $0.dueOn, reviewer: $0.reviewer, decidedAt: ReadableTime.of($0.decidedAt), comments: $0.comments,
                hasComments: !$0.comments.isEmpty)
        }
    }
}

extension FilerPage.Change {
    init(_ change: LabelledChange) {
        label = change.label
        path = change.path
        added = change.kind == .added
        removed = change.kind == .removed
        func cut(_ text: String?) -> String {
            guard let text else { return "" }
            return text.count > FilerPage.valueLimit ? String(text.prefix(FilerPage.valueLimit)) + "…" : text
        }
        let (old, new) = (cut(change.from), cut(change.to))
        if change.isText {
            (from, to) = TextDiff.compare(old, new)
        } else {
            // A value, an added or a removed entry changes as a whole: all of it is marked.
            from = old.isEmpty ? [] : [TextDiff.Segment(old, changed: true)]
            to = new.isEmpty ? [] : [TextDiff.Segment(new, changed: true)]
        }
    }
}

extension FilerPage {
    /// A stored instant as people read it, in China Standard Time (signing times are UTC).
    static func readable(_ stamp: String) -> String {
        ReadableTime.of(ChinaTime.parse(stamp).map(ChinaTime.format) ?? stamp)
    }
}
