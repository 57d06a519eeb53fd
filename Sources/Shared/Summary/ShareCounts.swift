import Foundation

/// The raw counts behind the notice's shares for one or more reports: small and mergeable, so
/// that a server computes them once per (immutable) version and sums them later.
/// Index `i` of each array is `ShareID.allCases[i]` in memory; stored, the counts are addressed
/// by share id (`storedTallies`, `init(platforms:serviceItems:stored:)`).
package struct ShareCounts: Sendable, Equatable {
    package var platforms: Int
    package var serviceItems: Int
    /// Per share: units counted "as first found".
    package var firstFound: [Int]
    /// Per share: units counted "after rectification".
    package var after: [Int]
    /// Per share: every unit of the share's kind.
    package var denominators: [Int]

    /// Nothing counted yet.
    package init() {
        let zeros = [Int](repeating: 0, count: ShareTally.definitions.count)
        platforms = 0
        serviceItems = 0
        firstFound = zeros
        after = zeros
        denominators = zeros
    }

    /// The counts of one report's platforms and service items.
    package init(report: SelfInspectionReport, calendar: WorkdayCalendar = .official) {
        var tally = ShareTally()
        let preparedOn = report.preparedOn.day
        for platform in report.platforms {
            tally.add(platform: platform, preparedOn: preparedOn, calendar: calendar)
            for item in platform.serviceItems { tally.add(item: item) }
        }
        self = tally.counts
    }

    /// Counts one more unit of `share`.
    mutating func count(_ share: ShareID, now: Bool, declaredFail: Bool) {
        let index = share.index
        denominators[index] += 1
        if now { after[index] += 1 }
        if now || declaredFail { firstFound[index] += 1 }
    }

    /// Adds `other`'s counts to these.
    package mutating func merge(_ other: ShareCounts) {
        platforms += other.platforms
        serviceItems += other.serviceItems
        for i in denominators.indices {
            firstFound[i] += other.firstFound[i]
            after[i] += other.after[i]
            denominators[i] += other.denominators[i]
        }
    }

    /// The notice's shares from these counts.
    package var shares: [Share] {
        ShareTally.definitions.indices.map { i in
            let definition = ShareTally.definitions[i]
            return Share(
                id: definition.id.rawValue, label: definition.label, labelEn: definition.labelEn, unit: definition.unit,
                notice2017: definition.notice2017, firstFound: Ratio(numerator: firstFound[i], denominator: denominators[i]),
                afterRectification: Ratio(numerator: after[i], denominator: denominators[i]))
        }
    }
}
