import Shared

/// The dashboard's and the public page's two charts, from the same roster totals.
extension BarChart {
    /// The deadline statuses in the order the charts show them (pending last): each with its
    /// count in the totals and its colour.
    static var deadlineBars: [(status: DeadlineStatus, count: KeyPath<RosterTotals, Int>, color: String)] {
        [
            (.onTime, \.onTime, ChartColor.onTime), (.onTimeExtended, \.onTimeExtended, ChartColor.onTimeExtended),
            (.late, \.late, ChartColor.late), (.missing, \.missing, ChartColor.missing),
            (.pending, \.pending, ChartColor.pending),
        ]
    }

    /// The review states in the order the charts show them, with their counts and colours.
    static var reviewBars: [(state: ReviewState, count: KeyPath<RosterTotals, Int>, color: String)] {
        [
            (.received, \.received, ChartColor.received), (.accepted, \.accepted, ChartColor.accepted),
            (.returned, \.returned, ChartColor.returned),
        ]
    }

    /// Filers per deadline status.
    static func deadline(_ totals: RosterTotals) -> BarChart {
        BarChart(
            title: "报送情况",
            items: deadlineBars.map { ($0.status.label.zh, Double(totals[keyPath: $0.count]), $0.color) })
    }

    /// Latest versions per review state; reviewers also see the overdue follow-ups.
    static func review(_ totals: RosterTotals, withOverdue: Bool) -> BarChart {
        var items = reviewBars.map { (label: $0.state.label.zh, value: Double(totals[keyPath: $0.count]), color: $0.color) }
        if withOverdue { items.append(("整改逾期", Double(totals.followUpOverdue), ChartColor.overdue)) }
        return BarChart(title: "审核情况", items: items)
    }
}
