import Foundation
import Shared

/// The notice's eleven shares as a grouped SVG bar chart (2017 notice, as first found, after
/// rectification; 0–100 %) and as a table with numerators and denominators. Used by the
/// summary page and the public results page.
struct SharesView: Sendable {
    struct Row: Sendable {
        var number: Int
        var label: String
        var labelEn: String
        var unit: String
        var notice2017: Int
        var firstFound: String
        var afterRectification: String
    }

    struct Group: Sendable {
        var labelY: Int
        var label: String
        /// One bar per series, labelled with the series' name.
        var bars: [BarChart.Bar]
    }

    struct FilerRow: Sendable {
        var name: String
        var code: String
        var version: Int
        var platforms: Int
        var serviceItems: Int
        var cells: [String]
    }

    static let chartWidth = 760
    static let barArea = 560
    static let labelX = 10

    var filers: Int
    var platforms: Int
    var serviceItems: Int
    var rows: [Row]
    var groups: [Group]
    var chartHeight: Int
    var perFiler: [FilerRow]
    var hasPerFiler: Bool
    var numbers: [Int]

    init(_ summary: NationalSummary) {
        filers = summary.filers
        platforms = summary.platforms
        serviceItems = summary.serviceItems
        rows = summary.shares.enumerated().map { i, share in
            Row(
                number: i + 1, label: share.label, labelEn: share.labelEn, unit: share.unit == "platform" ? "平台" : "事项",
                notice2017: share.notice2017, firstFound: Labels.ratio(share.firstFound),
                afterRectification: Labels.ratio(share.afterRectification))
        }
        var y = 30
        var groups: [Group] = []
        for (i, share) in summary.shares.enumerated() {
            let series: [(String, Double?, String)] = [
                ("2017 年通报", Double(share.notice2017), ChartColor.notice),
                ("自查发现", share.firstFound.percent, ChartColor.firstFound),
                ("整改后", share.afterRectification.percent, ChartColor.after),
            ]
            let labelY = y + 12
            var bars: [BarChart.Bar] = []
            for (k, (name, percent, color)) in series.enumerated() {
                let barY = y + 18 + k * 14
                let width = Int(((percent ?? 0) / 100 * Double(Self.barArea)).rounded())
                bars.append(
                    BarChart.Bar(
                        label: name, value: percent.map { String(format: "%.1f%%", $0) } ?? "—", y: barY, textY: barY + 10,
                        width: width, valueX: 120 + width + 6, color: color))
            }
            groups.append(Group(labelY: labelY, label: "\(i + 1). \(share.label)", bars: bars))
            y += 18 + 3 * 14 + 12
        }
        self.groups = groups
        chartHeight = y
        perFiler = summary.perFiler.map { filer in
            FilerRow(
                name: filer.name, code: filer.filer, version: filer.version, platforms: filer.platforms,
                serviceItems: filer.serviceItems,
                cells: filer.shares.map {
                    "\($0.firstFound.numerator)→\($0.afterRectification.numerator)/\($0.firstFound.denominator)"
                })
        }
        hasPerFiler = !perFiler.isEmpty
        numbers = Array(1...max(summary.shares.count, 1))
    }
}
