import Shared

/// The dashboard's and the public page's two charts, from the same roster totals.
extension BarChart {
    /// Filers per deadline status.
    static func deadline(_ totals: RosterTotals) -> BarChart {
        BarChart(
            title: "报送情况",
            items: [
                (DeadlineStatus.onTime.label.zh, Double(totals.onTime), ChartColor.onTime),
                (DeadlineStatus.onTimeExtended.label.zh, Double(totals.onTimeExtended), ChartColor.onTimeExtended),
                (DeadlineStatus.late.label.zh, Double(totals.late), ChartColor.late),
                (DeadlineStatus.missing.label.zh, Double(totals.missing), ChartColor.missing),
                (DeadlineStatus.pending.label.zh, Double(totals.pending), ChartColor.pending),
            ])
    }

    /// Latest versions per review state; reviewers also see the overdue follow-ups.
    static func review(_ totals: RosterTotals, withOverdue: Bool) -> BarChart {
        var items: [(label: String, value: Double, color: String)] = [
            (ReviewState.received.label.zh, Double(totals.received), ChartColor.received),
            (ReviewState.accepted.label.zh, Double(totals.accepted), ChartColor.accepted),
            (ReviewState.returned.label.zh, Double(totals.returned), ChartColor.returned),
        ]
        if withOverdue { items.append(("整改逾期", Double(totals.followUpOverdue), ChartColor.overdue)) }
        return BarChart(title: "审核情况", items: items)
    }
}
