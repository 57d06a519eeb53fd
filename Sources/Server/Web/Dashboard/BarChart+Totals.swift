import Shared

/// The dashboard's and the public page's two charts, from the same roster totals.
extension BarChart {
    /// Filers per deadline status.
    static func deadline(_ totals: RosterTotals) -> BarChart {
        BarChart(
            title: "报送情况",
            items: [
                (Labels.deadline(.onTime), Double(totals.onTime), ChartColor.onTime),
                (Labels.deadline(.late), Double(totals.late), ChartColor.late),
                (Labels.deadline(.missing), Double(totals.missing), ChartColor.missing),
                (Labels.deadline(.pending), Double(totals.pending), ChartColor.pending),
            ])
    }

    /// Latest versions per review state; reviewers also see the overdue follow-ups.
    static func review(_ totals: RosterTotals, withOverdue: Bool) -> BarChart {
        var items: [(label: String, value: Double, color: String)] = [
            (Labels.review(.received), Double(totals.received), ChartColor.received),
            (Labels.review(.accepted), Double(totals.accepted), ChartColor.accepted),
            (Labels.review(.returned), Double(totals.returned), ChartColor.returned),
        ]
        if withOverdue { items.append(("整改逾期", Double(totals.followUpOverdue), ChartColor.overdue)) }
        return BarChart(title: "审核情况", items: items)
    }
}
