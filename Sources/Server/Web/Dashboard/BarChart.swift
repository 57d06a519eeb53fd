import Foundation

/// A small horizontal bar chart drawn as inline SVG by the `barChart` template: labels on the
/// left, one bar per value scaled to the largest, the value after the bar. Only numbers and
/// fixed labels go into it.
struct BarChart: Sendable {
    struct Bar: Sendable {
        var label: String
        var value: String
        var y: Int
        var textY: Int
        var width: Int
        var valueX: Int
        var color: String
    }

    var title: String
    var width: Int
    var height: Int
    var labelWidth: Int
    var bars: [Bar]

    static let barHeight = 18
    static let gap = 8

    /// `items` are (label, value, color); bars are scaled so that `scale` (default: the largest
    /// value) fills `barArea` pixels; `suffix` follows each value (e.g. "%").
    init(
        title: String, items: [(label: String, value: Double, color: String)], labelWidth: Int = 96, barArea: Int = 240,
        scale: Double? = nil, suffix: String = "", decimals: Bool = false
    ) {
        self.title = title
        self.labelWidth = labelWidth
        let top = max(scale ?? items.map(\.value).max() ?? 0, 1)
        width = labelWidth + barArea + 70
        height = items.count * (Self.barHeight + Self.gap) + Self.gap
        bars = items.enumerated().map { index, item in
            let y = Self.gap + index * (Self.barHeight + Self.gap)
            let length = Int((item.value / top * Double(barArea)).rounded())
            let text = decimals ? String(format: "%.1f", item.value) : String(Int(item.value.rounded()))
            return Bar(
                label: item.label, value: text + suffix, y: y, textY: y + 14, width: max(length, 0),
                valueX: labelWidth + max(length, 0) + 6, color: item.color)
        }
    }
}

/// The colours of the charts, one per status.
enum ChartColor {
    static let pending = "#e0a030"
    static let onTime = "#2e7d32"
    static let onTimeExtended = "#7cb342"
    static let late = "#b3261e"
    static let missing = "#3b4350"
    // A review state wears the colour of the deadline status it reads like: waiting, good, bad.
    static let received = pending
    static let accepted = onTime
    static let returned = late
    static let overdue = "#7a1a14"
    static let notice = "#8a94a3"
    static let firstFound = "#e07b39"
    static let after = "#1d5fa8"
}
