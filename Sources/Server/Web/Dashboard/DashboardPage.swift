import Foundation
import Shared

/// What the dashboard template shows: the round, the charts, the reviewer's queue and the roster.
struct DashboardPage: WebPageModel {
    struct Row: Sendable {
        var code: String
        var name: String
        var href: String
        var kind: String
        var deadlineTag: Tag
        var firstReceivedAt: String?
        var latestReceivedAt: String?
        var latestVersion: Int
        /// Nil before the first version.
        var reviewTag: Tag?
        var followUpDueOn: String?
        var overdue: Bool
        var errors: Int
        var warnings: Int
        /// The filer's contacts in one line, and what became of its notices ("已提醒 2 次…").
        var contact: String? = nil
        var chasing: String? = nil
    }

    /// A sortable column heading: a link that sorts by it (or reverses the order).
    struct Heading: Sendable {
        var label: String
        var href: String
        var numeric: Bool
        /// `ascending`/`descending` on the column the roster is sorted by (`aria-sort`).
        var order: String?
        var arrow: String
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
    var queue: QueueView
    var deadlineOptions: [SelectOption]
    var reviewOptions: [SelectOption]
    var kindOptions: [SelectOption]
    var overdue: Bool
    var search: String
    var sort: String
    var descending: Bool
    var headings: [Heading]
    var rows: [Row]
    var matched: Int
    var hasRows: Bool
    var shownFrom: Int
    var shownTo: Int
    var previous: String?
    var next: String?
    var csvHref: String
    var xlsxHref: String
    var clearHref: String
    /// The notice after an action that led back here (a reminder sent).
    var messages = PageMessages()

    init(
        chrome: Chrome, round: RoundRecord, rounds: [RoundRecord], now: Date, totals: RosterTotals, filters: RosterFilters,
        entries: [RosterEntry], kinds: [String: FilerKind], queue: QueueView, page: Int, perPage: Int
    ) {
        self.chrome = chrome
        self.round = round.id
        title = round.title
        deadline = round.deadline.description
        asOf = ReadableTime.of(now)
        closed = round.isClosed
        let left = round.deadline.daysSinceEpoch - ChinaTime.day(of: now).daysSinceEpoch
        daysLeft = left > 0 ? "距截止还有 \(left) 天" : left == 0 ? "今天截止（24:00 前）" : "已过截止日期 \(-left) 天"
        self.rounds = rounds.map { NavLink(label: $0.id, href: WebPaths.dashboard($0.id), current: $0.id == round.id) }
        hasOtherRounds = rounds.count > 1
        filers = totals.filers
        deadlineChart = .deadline(totals)
        reviewChart = .review(totals, withOverdue: true)
        self.queue = queue
        deadlineOptions = SelectOption.all(DeadlineStatus.self, selected: filters.deadline)
        reviewOptions = SelectOption.all(ReviewState.self, selected: filters.review)
        kindOptions = SelectOption.all(FilerKind.self, selected: filters.kind)
        overdue = filters.overdue
        search = filters.search ?? ""
        sort = filters.sort.rawValue
        descending = filters.descending
        let base = WebPaths.dashboard(round.id)
        headings = RosterColumn.allCases.map { column in
            let current = filters.sort == column
            return Heading(
                label: column.label, href: WebPaths.with(base, filters.sorted(by: column).query), numeric: column.isNumeric,
                order: current ? (filters.descending ? "descending" : "ascending") : nil,
                arrow: current ? (filters.descending ? "▼" : "▲") : "")
        }
        matched = entries.count
        hasRows = !entries.isEmpty
        let start = min((page - 1) * perPage, entries.count)
        let end = min(start + perPage, entries.count)
        shownFrom = end > start ? start + 1 : 0
        shownTo = end
        previous = page > 1 ? WebPaths.with(base, filters.query + [("page", String(page - 1))]) : nil
        next = end < entries.count ? WebPaths.with(base, filters.query + [("page", String(page + 1))]) : nil
        csvHref = WebPaths.with(base + "/roster.csv", filters.query)
        xlsxHref = WebPaths.with(base + "/roster.xlsx", filters.query)
        clearHref = WebPaths.with(base, [("clear", "1")])
        rows = entries[start..<end].map { e in
            Row(
                code: e.filer, name: e.name, href: WebPaths.filer(round.id, e.filer),
                kind: kinds[e.filer].map(\.label.zh) ?? "", deadlineTag: Tag(e.deadlineStatus),
                firstReceivedAt: ReadableTime.of(e.firstReceivedAt), latestReceivedAt: ReadableTime.of(e.latestReceivedAt),
                latestVersion: e.latestVersion, reviewTag: e.reviewState.map { Tag($0) },
                followUpDueOn: e.followUpDueOn, overdue: e.followUpOverdue, errors: e.errors, warnings: e.warnings)
        }
    }
}

/// The reviewer's queue as the dashboard shows it: oldest first, each with why it is there.
struct QueueView: Sendable {
    struct Row: Sendable {
        var code: String
        var name: String
        var href: String
        var version: Int
        var receivedAt: String
        var since: String
        var reasons: [Tag]
    }

    var rows: [Row]
    var count: Int
    var hasRows: Bool

    init(_ entries: [QueueEntry], round: String) {
        rows = entries.map { e in
            Row(
                code: e.filer, name: e.name, href: WebPaths.filer(round, e.filer), version: e.latestVersion,
                receivedAt: ReadableTime.of(e.latestReceivedAt), since: ReadableTime.of(e.since),
                reasons: e.reasons.map { Tag($0) })
        }
        count = rows.count
        hasRows = !rows.isEmpty
    }
}
