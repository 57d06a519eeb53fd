import Foundation

/// A change between two versions in words: where (平台1「江苏政务服务网」 · 站内搜索 · 测试3 · 是否搜到)
/// and what (否 → 是), an added or removed list entry as the entry itself. The reviewer pages
/// and `zicha diff` show changes this way; the API keeps the JSON form (`FieldChange`).
package struct LabelledChange: Sendable, Equatable {
    package enum Kind: String, Sendable {
        case added, removed, changed
    }

    /// The JSON path, as `FieldChange` has it.
    package var path: String
    package var kind: Kind
    /// The place in words.
    package var label: String
    /// The old value in words; nil when added.
    package var from: String?
    /// The new value in words; nil when removed.
    package var to: String?
    /// Both sides are texts, worth comparing word by word (`TextDiff`).
    package var isText: Bool

    /// One line, as `zicha diff` prints it: `~ 平台1「…」 · 站内搜索 · 测试3 · 是否搜到：否 → 是`.
    package var line: String {
        switch kind {
        case .added: "+ \(label)（新增 / added）：\(to ?? "")"
        case .removed: "- \(label)（删除 / removed）：\(from ?? "")"
        case .changed: "~ \(label)：\(from ?? "") → \(to ?? "")"
        }
    }
}

extension ReportDiff {
    /// The changes that turn `old` into `new`, in words, in document order (the same changes
    /// as `changes(from:to:)`). Throws when either side is not JSON.
    package static func labelledChanges(from old: Data, to new: Data) throws -> [LabelledChange] {
        let (a, b, changes) = try compared(old, new)
        return changes.map { labelled($0, old: a, new: b) }
    }

    /// The paths `changes(from:to:)` gives for `old` → `new`, without saying them in words
    /// (the marks of "changed since version N" need only where).
    package static func changedPaths(from old: Data, to new: Data) throws -> [String] {
        try changes(from: old, to: new).map(\.path)
    }

    private static func labelled(_ change: FieldChange, old: JSONValue, new: JSONValue) -> LabelledChange {
        let steps = ReportPath.steps(change.path) ?? []
        let kind: LabelledChange.Kind = change.from == nil ? .added : change.to == nil ? .removed : .changed
        let label = DiffLabels.join(DiffLabels.parts(of: steps, in: kind == .removed ? old : new))
        let field = DiffLabels.field(at: steps)
        let node = node(at: steps)
        let before = kind == .added ? nil : value(at: steps, in: old)
        let after = kind == .removed ? nil : value(at: steps, in: new)
        var isText = false
        if case .string? = before, case .string? = after { isText = true }
        return LabelledChange(
            path: change.path, kind: kind, label: label,
            from: before.map { DiffText.say($0, field: field, node: node) },
            to: after.map { DiffText.say($0, field: field, node: node) }, isText: isText)
    }

    private static func value(at steps: [ReportPath.Step], in document: JSONValue) -> JSONValue? {
        var value: JSONValue? = document
        for step in steps {
            switch step {
            case .key(let key): value = value?.member(key)
            case .index(let index): value = value?.element(index)
            }
        }
        return value
    }

    private static func node(at steps: [ReportPath.Step]) -> DiffLabels.Node {
        var node = DiffLabels.Node.report
        for step in steps {
            switch (step, node) {
            case (.index, .list(let list)): node = list.node
            case (.key(let key), _): node = node.child(key).node
            default: node = .unknown
            }
        }
        return node
    }
}
