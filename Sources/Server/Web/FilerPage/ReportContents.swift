import Shared

/// The contents column of a report: each platform and service item with a badge counting its
/// failed indicators and validation findings, a mark when it changed, linking to its place on
/// this page or on the page that shows it. It lists every platform, the items of this page and
/// the items with problems elsewhere, at most `itemLimit` items.
struct ReportContents: Sendable {
    /// Items the column lists: a report of thousands of items lists its problems, not all of them.
    static let itemLimit = 400

    struct Entry: Sendable {
        var label: String
        var href: String
        var badge: String?
        var item: Bool
        var changed: Bool
    }

    var entries: [Entry]
    /// What the column leaves out.
    var more: String?

    init(
        _ report: SelfInspectionReport, tally: ProblemTally, notes: ReportNotes, units: [ProblemTally.Unit], page: Int,
        options: ReportOptions
    ) {
        var pageOf: [String: Int] = [:]
        for (position, unit) in units.enumerated() {
            let number = position / ReportView.pageSize + 1
            switch unit {
            case .platform(let i):
                pageOf["platforms[\(i)]"] = pageOf["platforms[\(i)]"] ?? number
            case .item(let i, let j):
                pageOf["platforms[\(i)]"] = pageOf["platforms[\(i)]"] ?? number
                pageOf["platforms[\(i)].serviceItems[\(j)]"] = number
            }
        }
        func href(_ path: String, anchor: String) -> String? {
            guard let number = pageOf[path] else { return nil }
            return number == page ? "#" + anchor : options.link(page: number, anchor: anchor)
        }
        var entries: [Entry] = []
        var listed = 0
        var left = 0
        for (i, platform) in report.platforms.enumerated() {
            let path = "platforms[\(i)]"
            guard let link = href(path, anchor: "platform-\(i + 1)") else { continue }
            entries.append(
                Entry(
                    label: "平台 \(i + 1)：\(Self.short(platform.name))", href: link, badge: tally.badge(path), item: false,
                    changed: notes.hasChanged(path)))
            for (j, item) in platform.serviceItems.enumerated() {
                let itemPath = "\(path).serviceItems[\(j)]"
                guard let itemPage = pageOf[itemPath], itemPage == page || tally.count(itemPath) > 0,
                    let link = href(itemPath, anchor: "item-\(i + 1)-\(j + 1)")
                else { continue }
                guard listed < Self.itemLimit else {
                    left += 1
                    continue
                }
                listed += 1
                entries.append(
                    Entry(
                        label: "事项 \(j + 1)：\(Self.short(item.name))", href: link, badge: tally.badge(itemPath),
                        item: true, changed: notes.hasChanged(itemPath)))
            }
        }
        self.entries = entries
        more = left > 0 ? "……另有 \(left) 个有问题的事项未列出，请翻页查看" : nil
    }

    /// A name as the narrow column shows it.
    private static func short(_ name: String) -> String {
        name.count > 40 ? String(name.prefix(40)) + "…" : name
    }
}

/// The pages of a long report: where this one is, and links to the others.
struct Pager: Sendable {
    struct PageLink: Sendable {
        var number: Int
        var href: String
        var current: Bool
    }

    var text: String
    var previous: String?
    var next: String?
    var pages: [PageLink]

    init(page: Int, pageCount: Int, units: Int, options: ReportOptions) {
        let first = (page - 1) * ReportView.pageSize + 1
        let last = min(page * ReportView.pageSize, units)
        text = "第 \(page) / \(pageCount) 页，本页为第 \(first)–\(last) 项（平台与事项共 \(units) 项）"
        previous = page > 1 ? options.link(page: page - 1, anchor: "report") : nil
        next = page < pageCount ? options.link(page: page + 1, anchor: "report") : nil
        let numbers = pageCount <= 15 ? Array(1...pageCount) : Array(Set([1, pageCount] + Array(max(1, page - 2)...min(pageCount, page + 2)))).sorted()
        pages = numbers.map { PageLink(number: $0, href: options.link(page: $0, anchor: "report"), current: $0 == page) }
    }
}
