import Shared

/// A column of the dashboard's roster, each one sortable (`?sort=latest&dir=desc`).
enum RosterColumn: String, Sendable, CaseIterable {
    case code, name, kind, deadline, first, latest, version, review, due, warnings

    /// The column's heading.
    var label: String {
        switch self {
        case .code: "代码"
        case .name: "单位"
        case .kind: "类别"
        case .deadline: "报送状态"
        case .first: "首次报送时间"
        case .latest: "最新报送时间"
        case .version: "最新版本"
        case .review: "审核状态"
        case .due: "整改期限"
        case .warnings: "警告"
        }
    }

    var isNumeric: Bool { self == .version || self == .warnings }

    /// `entries` in this column's order; rows without a value (nothing filed) come last either
    /// way, ties in code order.
    func sort(_ entries: [RosterEntry], kinds: [String: FilerKind], descending: Bool) -> [RosterEntry] {
        let keyed = entries.map { (entry: $0, key: key($0, kinds: kinds)) }
        return keyed.sorted { a, b in
            switch (a.key, b.key) {
            case (nil, nil): return a.entry.filer < b.entry.filer
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?):
                if x == y { return a.entry.filer < b.entry.filer }
                return descending ? y.precedes(x) : x.precedes(y)
            }
        }.map(\.entry)
    }

    private func key(_ e: RosterEntry, kinds: [String: FilerKind]) -> SortKey? {
        switch self {
        case .code: .text(e.filer)
        case .name: .text(e.name)
        case .kind: kinds[e.filer].map { .number(FilerKind.allCases.firstIndex(of: $0) ?? 0) }
        case .deadline: .number(DeadlineStatus.allCases.firstIndex(of: e.deadlineStatus) ?? 0)
        case .first: e.firstReceivedAt.map(SortKey.text)
        case .latest: e.latestReceivedAt.map(SortKey.text)
        case .version: e.latestVersion > 0 ? .number(e.latestVersion) : nil
        case .review: e.reviewState.map { .number(ReviewState.allCases.firstIndex(of: $0) ?? 0) }
        case .due: e.followUpDueOn.map(SortKey.text)
        case .warnings: e.latestVersion > 0 ? .number(e.warnings) : nil
        }
    }
}

/// A value a roster column sorts by. Stored times are CST text of one offset, so their text
/// order is time order; names sort by their Unicode text (pinyin order is not available here).
private enum SortKey: Equatable {
    case text(String)
    case number(Int)

    func precedes(_ other: SortKey) -> Bool {
        switch (self, other) {
        case (.text(let a), .text(let b)): a < b
        case (.number(let a), .number(let b)): a < b
        case (.number, .text): true
        case (.text, .number): false
        }
    }
}
