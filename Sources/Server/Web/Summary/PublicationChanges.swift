import Foundation
import Shared

/// What a publication would change against the last one: per filer its deadline status, review
/// outcome, counted version and spot-check outcome; the roster totals; the national shares.
struct PublicationChanges: Sendable {
    struct Field: Sendable {
        var label: String
        var from: String
        var to: String
    }

    struct Filer: Sendable {
        var code: String
        var name: String
        var fields: [Field]
    }

    struct Total: Sendable {
        var label: String
        var from: String
        var to: String
        var changed: Bool
    }

    struct ShareRow: Sendable {
        var number: Int
        var label: String
        var firstFoundFrom: String
        var firstFoundTo: String
        var afterFrom: String
        var afterTo: String
        var changed: Bool
    }

    var filers: [Filer]
    var hasFilers: Bool
    var totals: [Total]
    var shares: [ShareRow]
    var changedShares: Int

    /// Against `previous`, the last publication (nil before the first: every value is new).
    init(previous: PublicationSnapshot?, draft: PublicationDraft) {
        let before = Dictionary((previous?.filers ?? []).map { ($0.filer, $0) }, uniquingKeysWith: { first, _ in first })
        filers =
            previous == nil
            ? []
            : draft.filers.compactMap { now in
                let fields = Self.fields(before[now.filer], now)
                return fields.isEmpty ? nil : Filer(code: now.filer, name: now.name, fields: fields)
            }
        hasFilers = !filers.isEmpty
        let old = previous?.totals
        // The states' own labels (StateLabels), in the order the charts show them.
        let rows: [(String, KeyPath<RosterTotals, Int>)] =
            [("应报单位", \.filers)] + BarChart.deadlineBars.map { ($0.status.label.zh, $0.count) }
            + BarChart.reviewBars.map { ($0.state.label.zh, $0.count) }
        totals = rows.map { label, path in
            let to = draft.totals[keyPath: path]
            return Total(
                label: label, from: old.map { String($0[keyPath: path]) } ?? "—", to: String(to),
                changed: old.map { $0[keyPath: path] != to } ?? false)
        }
        let oldShares = Dictionary(
            (previous?.summary.shares ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        shares = draft.summary.shares.enumerated().map { index, share in
            let old = oldShares[share.id]
            return ShareRow(
                number: index + 1, label: share.label, firstFoundFrom: old.map { Labels.ratio($0.firstFound) } ?? "—",
                firstFoundTo: Labels.ratio(share.firstFound), afterFrom: old.map { Labels.ratio($0.afterRectification) } ?? "—",
                afterTo: Labels.ratio(share.afterRectification),
                changed: old.map { $0.firstFound != share.firstFound || $0.afterRectification != share.afterRectification }
                    ?? false)
        }
        changedShares = shares.count(where: \.changed)
    }

    /// The published values of one filer that differ (all of them for a filer new to the roster).
    private static func fields(_ old: PublishedFiler?, _ now: PublishedFiler) -> [Field] {
        var fields: [Field] = []
        func compare(_ label: String, _ from: String?, _ to: String) {
            if from != to { fields.append(Field(label: label, from: from ?? "（上次未列出）", to: to)) }
        }
        compare("报送状态", old?.deadlineStatus.label.zh, now.deadlineStatus.label.zh)
        compare("审核结果", old.map(review), review(now))
        compare("计入汇总的版本", old.map(accepted), accepted(now))
        compare("抽查结果", old?.spotCheckText, now.spotCheckText)
        return fields
    }

    private static func review(_ filer: PublishedFiler) -> String { filer.reviewOutcome?.label.zh ?? "未报送" }
    private static func accepted(_ filer: PublishedFiler) -> String { filer.acceptedVersion.map { "第 \($0) 版" } ?? "—" }
}
