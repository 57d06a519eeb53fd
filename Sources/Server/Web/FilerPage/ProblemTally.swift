import Shared

/// Where a report's problems are: failed indicators and validation findings per platform (its
/// own and its items' together) and per service item, and the platforms and items a page lists
/// (all of them, or only those with problems).
struct ProblemTally: Sendable {
    /// A platform's own fields and indicators, or one of its items.
    enum Unit: Equatable, Sendable {
        case platform(Int)
        case item(Int, Int)
    }

    private var problems: [String: Int] = [:]
    private var ownProblems: [Int: Int] = [:]
    private var commented: [String: Bool] = [:]
    private let itemCounts: [Int]
    /// Failed indicators of the whole report.
    private(set) var failed = 0
    /// Findings of the whole report.
    let findings: Int

    init(_ outline: ReportOutline, notes: ReportNotes) {
        findings = notes.findingTotal
        itemCounts = outline.failed.map(\.count)
        for (i, platform) in outline.skeleton.platforms.enumerated() {
            let path = "platforms[\(i)]"
            let own = ReportView.platformChecks(platform.checks).count { $0.assessment?.result == .fail }
            var itemFindings = 0
            var total = own
            for (j, itemFailed) in outline.failed[i].enumerated() {
                let itemPath = "\(path).serviceItems[\(j)]"
                let found = notes.findingCount(itemPath)
                itemFindings += found
                total += itemFailed
                problems[itemPath] = itemFailed + found
                commented[itemPath] = notes.hasComments(itemPath)
                failed += itemFailed
            }
            failed += own
            problems[path] = total + notes.findingCount(path)
            ownProblems[i] = own + notes.findingCount(path) - itemFindings
            commented[path] = notes.hasComments(path)
        }
    }

    /// Failed indicators and findings at or below `owner` (`platforms[i]`, `platforms[i].serviceItems[j]`).
    func count(_ owner: String) -> Int { problems[owner] ?? 0 }

    /// The count as a badge; nil when there is nothing to count.
    func badge(_ owner: String) -> String? {
        let count = count(owner)
        return count > 0 ? String(count) : nil
    }

    /// Every platform and item in report order; with `problemsOnly`, those with a failed
    /// indicator, a finding or a pinned comment of their own.
    func units(problemsOnly: Bool) -> [Unit] {
        var units: [Unit] = []
        for (i, items) in itemCounts.enumerated() {
            if !problemsOnly || ownProblems[i, default: 0] > 0 || commented["platforms[\(i)]"] == true {
                units.append(.platform(i))
            }
            for j in 0..<items {
                let path = "platforms[\(i)].serviceItems[\(j)]"
                if !problemsOnly || count(path) > 0 || commented[path] == true { units.append(.item(i, j)) }
            }
        }
        return units
    }
}
