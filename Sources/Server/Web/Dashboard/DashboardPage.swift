import Foundation
import Shared

/// What the dashboard template shows.
struct DashboardPage: WebPageModel {
    struct Row: Sendable {
        var code: String
        var name: String
        var href: String
        var kind: String
        var deadlineTag: Tag
        var firstReceivedAt: String?
        var latestVersion: Int
        /// Nil before the first version.
        var reviewTag: Tag?
        var followUpDueOn: String?
        var overdue: Bool
        var errors: Int
        var warnings: Int
    }

    var chrome: Chrome
    var round: String
    var title: String
    var deadline: String
    var asOf: String
    var daysLeft: String
    var closed: Bool
    var rounds: [NavLink]
    var hasOtherRounds: Bool
    var filers: Int
    var deadlineChart: BarChart
    var reviewChart: BarChart
    var deadlineOptions: [SelectOption]
    var reviewOptions: [SelectOption]
    var kindOptions: [SelectOption]
    var overdue: Bool
    var rows: [Row]
    var matched: Int
    var hasRows: Bool
    var shownFrom: Int
    var shownTo: Int
    var previous: String?
    var next: String?
    var csvHref: String

    init(
        chrome: Chrome, round: RoundRecord, rounds: [RoundRecord], now: Date, totals: RosterTotals, filters: RosterFilters,
        entries: [RosterEntry], kinds: [String: FilerKind], page: Int, perPage: Int
    ) {
        self.chrome = chrome
        self.round = round.id
        title = round.title
        deadline = round.deadline.description
        asOf = ChinaTime.format(now)
        closed = round.isClosed
        let left = round.deadline.daysSinceEpoch - ChinaTime.day(of: now).daysSinceEpoch
        daysLeft = left > 0 ? "距截止还有 \(left) 天" : left == 0 ? "今天截止（24:00 前）" : "已过截止日期 \(-left) 天"
        self.rounds = rounds.map { NavLink(label: $0.id, href: WebPaths.dashboard($0.id), current: $0.id == round.id) }
        hasOtherRounds = rounds.count > 1
        filers = totals.filers
        deadlineChart = .deadline(totals)
        reviewChart = .review(totals, withOverdue: true)
        deadlineOptions = SelectOption.all(DeadlineStatus.self, selected: filters.deadline)
        reviewOptions = SelectOption.all(ReviewState.self, selected: filters.review)
        kindOptions = SelectOption.all(FilerKind.self, selected: filters.kind)
        overdue = filters.overdue
        matched = entries.count
        hasRows = !entries.isEmpty
        let start = min((page - 1) * perPage, entries.count)
        let end = min(start + perPage, entries.count)
        shownFrom = end > start ? start + 1 : 0
        shownTo = end
        let base = WebPaths.dashboard(round.id)
        previous = page > 1 ? WebPaths.with(base, filters.query + [("page", String(page - 1))]) : nil
        next = end < entries.count ? WebPaths.with(base, filters.query + [("page", String(page + 1))]) : nil
        csvHref = WebPaths.with(base + "/roster.csv", filters.query)
        rows = entries[start..<end].map { e in
            Row(
                code: e.filer, name: e.name, href: WebPaths.filer(round.id, e.filer),
                kind: kinds[e.filer].map(\.label.zh) ?? "", deadlineTag: Tag(e.deadlineStatus),
                firstReceivedAt: e.firstReceivedAt, latestVersion: e.latestVersion,
                reviewTag: e.reviewState.map { Tag($0) },
                followUpDueOn: e.followUpDueOn, overdue: e.followUpOverdue, errors: e.errors, warnings: e.warnings)
        }
    }
}
