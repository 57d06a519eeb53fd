import Foundation
import Shared

/// The publication preview: what the public would see, what changed since the last publication,
/// and the confirmation form (a box to tick, the draft's digest and the CSRF token).
struct PublishPreviewPage: WebPageModel {
    var chrome: Chrome
    var round: String
    var title: String
    var csrf: String
    var messages: PageMessages
    var asOf: String
    /// The draft's digest, sent back with the confirmation.
    var digest: String
    var isFirst: Bool
    var previousId: Int64?
    var previousAt: String?
    var previousHref: String?
    var changes: PublicationChanges
    var filers: [PublicPageController.Row]
    var count: Int
    var action: String
    var summaryHref: String
    var deadlineChart: BarChart
    var reviewChart: BarChart

    init(
        chrome: Chrome, round: RoundRecord, csrf: String, draft: PublicationDraft, previous: PublicationSnapshot?, now: Date,
        messages: PageMessages
    ) {
        self.chrome = chrome
        self.round = round.id
        title = round.title
        self.csrf = csrf
        self.messages = messages
        asOf = ReadableTime.of(now)
        digest = draft.digest
        isFirst = previous == nil
        previousId = previous?.id
        previousAt = previous.map { ReadableTime.of($0.publishedAt) }
        previousHref = previous.map { WebPaths.publication(round.id, $0.id) }
        changes = PublicationChanges(previous: previous, draft: draft)
        filers = draft.filers.map(PublicPageController.row)
        count = draft.filers.count
        action = WebPaths.publish(round.id)
        summaryHref = WebPaths.summary(round.id)
        deadlineChart = .deadline(draft.totals)
        reviewChart = .review(draft.totals, withOverdue: false)
    }
}
