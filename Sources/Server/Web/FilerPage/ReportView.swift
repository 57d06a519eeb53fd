import Shared

/// A stored report rendered as the form: header, platforms with their six indicators and
/// evidence, service items with their guide and seven indicators; beside each place its
/// findings, the reviewers' pinned comments, a mark when it changed since the previous version,
/// and boxes to pin new comments. Every string here is the filer's text, escaped by `{{ }}`.
///
/// A page shows at most `pageSize` platforms and items (`ReportOptions.page`), and a bounded
/// amount of text (`TextBudget`), so that a report of thousands of items stays a page a browser
/// handles; the contents column leads to the rest.
struct ReportView: Sendable {
    /// Platforms and items one page shows.
    static let pageSize = 100

    var formVersion: String
    var filerCode: String
    var filerName: String
    var preparedOn: String
    var unit: String
    var contact: String
    var phone: String
    var email: String
    var unifiedPlatform: String
    var summary: String
    /// Beside the header: findings and comments on the report as a whole and its header fields.
    var beside: PlaceNotes
    var platforms: [PlatformView]
    var findingCount: Int
    var failedCount: Int
    var contents: ReportContents
    var pager: Pager?
    var problemsOnly: Bool
    /// The problems-only view of a report without problems.
    var noProblems: Bool
    /// Boxes of a refused form whose place this page does not show, kept so nothing typed is lost.
    var typedElsewhere: [PinBox]

    /// The page `choice` of `report`, whose items on that page are decoded (the others may be
    /// stubs, `ReportOutline`).
    init(_ report: SelfInspectionReport, choice: ReportPageChoice, notes: ReportNotes, options: ReportOptions) {
        var notes = notes
        notes.report = report
        var budget = TextBudget()
        let (tally, units, page, pageCount, shown) = (choice.tally, choice.units, choice.page, choice.pageCount, choice.shown)
        // Attachments are served beside the filer page: /web/rounds/R/filers/F/attachments/SHA256.
        let files = AttachmentLink.Base(path: options.path + "/attachments/")
        formVersion = report.formVersion
        filerCode = report.filer.code
        filerName = budget.text(report.filer.name)
        preparedOn = report.preparedOn.raw
        unit = budget.text(report.preparedBy.unit)
        contact = budget.text(report.preparedBy.contact)
        phone = budget.text(report.preparedBy.phone)
        email = budget.text(report.preparedBy.email)
        unifiedPlatform = Labels.yesNo(report.unifiedPlatform)
        summary = budget.text(report.summary)
        beside = notes.beside(
            "", also: ["formVersion", "round", "filer", "preparedOn", "preparedBy", "unifiedPlatform", "summary"])
        var platforms: [PlatformView] = []
        var firstItem = true
        for (i, platform) in report.platforms.enumerated() {
            let items = shown.compactMap { unit -> Int? in
                if case .item(i, let j) = unit { return j }
                return nil
            }
            let full = shown.contains(.platform(i))
            guard full || !items.isEmpty else { continue }
            var view = Self.platform(
                platform, number: i + 1, full: full, tally: tally, notes: &notes, budget: &budget,
                problemsOnly: options.problemsOnly, files: files)
            view.items = items.map { j in
                var item = Self.item(
                    platform.serviceItems[j], platform: i, number: j + 1, tally: tally, notes: &notes, budget: &budget,
                    problemsOnly: options.problemsOnly, files: files)
                item.open = item.open || options.printing || options.problemsOnly || firstItem
                firstItem = false
                return item
            }
            platforms.append(view)
        }
        self.platforms = platforms
        findingCount = tally.findings
        failedCount = tally.failed
        problemsOnly = options.problemsOnly
        noProblems = options.problemsOnly && units.isEmpty
        contents = ReportContents(report, tally: tally, notes: notes, units: units, page: page, options: options)
        pager = pageCount > 1 ? Pager(page: page, pageCount: pageCount, units: units.count, options: options) : nil
        typedElsewhere = notes.typedElsewhere().map {
            PinBox(name: PinBox.prefix + $0.path, label: DiffLabels.label(of: $0.path, in: report), value: $0.text, open: true)
        }
    }
}

/// Which platforms and items one page of a report shows, chosen from its outline and the page's
/// notes before any item is decoded.
struct ReportPageChoice: Sendable {
    let tally: ProblemTally
    /// Every platform and item the view lists, in order.
    let units: [ProblemTally.Unit]
    let page: Int
    let pageCount: Int
    let shown: ArraySlice<ProblemTally.Unit>

    init(_ outline: ReportOutline, notes: ReportNotes, options: ReportOptions) {
        tally = ProblemTally(outline, notes: notes)
        units = tally.units(problemsOnly: options.problemsOnly)
        pageCount = max(1, (units.count + ReportView.pageSize - 1) / ReportView.pageSize)
        page = min(max(options.page, 1), pageCount)
        shown = units.dropFirst((page - 1) * ReportView.pageSize).prefix(ReportView.pageSize)
    }

    /// The service items the page shows (platform, item).
    var items: [(platform: Int, item: Int)] {
        shown.compactMap {
            if case .item(let i, let j) = $0 { return (i, j) }
            return nil
        }
    }
}

/// How the report is shown: everything or only problems, on screen or for print, which page.
struct ReportOptions: Sendable {
    var problemsOnly = false
    var printing = false
    var page = 1
    /// The filer page's path and the query every link of the report keeps (version, view).
    var path: String
    var query: [(String, String?)]

    /// The address of page `page`, at `anchor`.
    func link(page: Int, anchor: String) -> String {
        WebPaths.with(path, query + [("page", page > 1 ? String(page) : nil)]) + "#" + anchor
    }
}
