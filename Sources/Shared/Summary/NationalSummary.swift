/// A share: how many of `denominator` units count, and that as a percentage.
package struct Ratio: Codable, Sendable, Equatable {
    package var numerator: Int
    package var denominator: Int
    /// Percentage with one decimal; `nil` when the denominator is 0.
    package var percent: Double?

    package init(numerator: Int, denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
        self.percent = denominator == 0 ? nil : (Double(numerator * 1000) / Double(denominator)).rounded() / 10
    }

    /// The share rounded to a whole percent, as the notice printed it.
    package var wholePercent: Int? {
        guard denominator > 0 else { return nil }
        return Int((Double(numerator) * 100 / Double(denominator)).rounded())
    }
}

/// One of the notice's published shares (docs/FORM.md, "National summary").
package struct Share: Codable, Sendable, Equatable {
    package var id: String
    package var label: String
    package var labelEn: String
    /// `platform` or `serviceItem`: what the denominator counts.
    package var unit: String
    /// The figure the 2017 notice published, in whole percent.
    package var notice2017: Int
    /// As first found: the evidence fails now, or the filer declared the indicator `fail`.
    package var firstFound: Ratio
    /// As it stands after rectification: from the evidence alone.
    package var afterRectification: Ratio
}

/// The shares of one filer's latest accepted report.
package struct FilerShares: Codable, Sendable, Equatable {
    package var filer: String
    package var name: String
    package var version: Int
    package var platforms: Int
    package var serviceItems: Int
    package var shares: [Share]
}

/// The national summary over the latest accepted report of every filer.
package struct NationalSummary: Codable, Sendable, Equatable {
    package var round: String
    package var filers: Int
    package var platforms: Int
    package var serviceItems: Int
    package var shares: [Share]
    package var perFiler: [FilerShares]
}

/// One accepted report as the summary sees it.
package struct SummaryInput: Sendable {
    package var filer: String
    package var name: String
    package var version: Int
    package var report: SelfInspectionReport
    package init(filer: String, name: String, version: Int, report: SelfInspectionReport) {
        self.filer = filer
        self.name = name
        self.version = version
        self.report = report
    }
}

/// One filer's latest accepted version as the summary sees it: its counts only.
package struct FilerCounts: Sendable {
    package var filer: String
    package var name: String
    package var version: Int
    package var counts: ShareCounts
    package init(filer: String, name: String, version: Int, counts: ShareCounts) {
        self.filer = filer
        self.name = name
        self.version = version
        self.counts = counts
    }
}

extension NationalSummary {
    /// The summary from each filer's counts (computed once per version, e.g. at upload).
    package init(round: String, filers: [FilerCounts]) {
        var national = ShareCounts()
        var perFiler: [FilerShares] = []
        perFiler.reserveCapacity(filers.count)
        for filer in filers {
            national.merge(filer.counts)
            perFiler.append(
                FilerShares(
                    filer: filer.filer, name: filer.name, version: filer.version, platforms: filer.counts.platforms,
                    serviceItems: filer.counts.serviceItems, shares: filer.counts.shares))
        }
        self.init(
            round: round, filers: filers.count, platforms: national.platforms, serviceItems: national.serviceItems,
            shares: national.shares, perFiler: perFiler)
    }

    /// Computes the notice's shares, per filer and nationally, from the reports' evidence.
    package static func compute(round: String, inputs: [SummaryInput], calendar: WorkdayCalendar = .official) -> NationalSummary {
        NationalSummary(
            round: round,
            filers: inputs.map { input in
                FilerCounts(
                    filer: input.filer, name: input.name, version: input.version,
                    counts: ShareCounts(report: input.report, calendar: calendar))
            })
    }
}
