import Foundation

/// The raw counts behind the notice's shares for one or more reports: small, mergeable and
/// Codable, so that a server computes them once per (immutable) version and sums them later.
/// Index `i` of each array is `ShareTally.definitions[i]`.
package struct ShareCounts: Codable, Sendable, Equatable {
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
        self.init(platforms: 0, serviceItems: 0, firstFound: zeros, after: zeros, denominators: zeros)
    }

    private init(platforms: Int, serviceItems: Int, firstFound: [Int], after: [Int], denominators: [Int]) {
        self.platforms = platforms
        self.serviceItems = serviceItems
        self.firstFound = firstFound
        self.after = after
        self.denominators = denominators
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

    /// Stored counts come back from outside this process: refuse any whose shape does not
    /// match the definitions rather than trap on an index later.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let platforms = try container.decode(Int.self, forKey: .platforms)
        let serviceItems = try container.decode(Int.self, forKey: .serviceItems)
        let firstFound = try container.decode([Int].self, forKey: .firstFound)
        let after = try container.decode([Int].self, forKey: .after)
        let denominators = try container.decode([Int].self, forKey: .denominators)
        let count = ShareTally.definitions.count
        guard firstFound.count == count, after.count == count, denominators.count == count,
            ([platforms, serviceItems] + firstFound + after + denominators).allSatisfy({ $0 >= 0 })
        else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "share counts do not match the \(count) shares"))
        }
        self.init(platforms: platforms, serviceItems: serviceItems, firstFound: firstFound, after: after, denominators: denominators)
    }

    /// Counts one more unit of share `index`.
    mutating func count(_ index: Int, now: Bool, declaredFail: Bool) {
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
                id: definition.id, label: definition.label, labelEn: definition.labelEn, unit: definition.unit,
                notice2017: definition.notice2017, firstFound: Ratio(numerator: firstFound[i], denominator: denominators[i]),
                afterRectification: Ratio(numerator: after[i], denominator: denominators[i]))
        }
    }
}
