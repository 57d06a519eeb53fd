import Foundation

/// Names a place of a report in words, from the indicator catalogue and the form's field names:
/// `platforms[0].checks.search.tests[2].found` is 平台1「江苏政务服务网」 · 站内搜索 · 测试3 · 是否搜到.
/// The reviewer pages, the pinned comments and `zicha diff` all say places this one way.
package enum DiffLabels {
    /// The parts of the place `steps` name in `document` (the report as JSON, for the names of
    /// platforms, items and list entries); a step the form does not know keeps its JSON name.
    /// No steps is the report as a whole (no parts).
    static func parts(of steps: [ReportPath.Step], in document: JSONValue?) -> [String] {
        parts(of: steps) { prefix in
            var value = document
            for step in prefix {
                switch step {
                case .key(let key): value = value?.member(key)
                case .index(let index): value = value?.element(index)
                }
            }
            return value?.member("name")?.text
        }
    }

    /// The parts of the place `steps` name, `name` giving the name of the list entry a prefix of
    /// them ends at.
    static func parts(of steps: [ReportPath.Step], name: (ArraySlice<ReportPath.Step>) -> String?) -> [String] {
        var parts: [String] = []
        var node = Node.report
        for (position, step) in steps.enumerated() {
            let isLast = position == steps.count - 1
            switch (step, node) {
            case (.index(let index), .list(let list)):
                let entryName = list.named ? name(steps[...position]).map { "「\(DiffText.excerpt($0, limit: 30))」" } ?? "" : ""
                parts.append("\(list.entry)\(index + 1)\(entryName)")
                node = list.node
            case (.key(let key), _):
                let next = node.child(key)
                if isLast || next.onTheWay { parts.append(next.name) }
                node = next.node
            case (.index(let index), _):
                parts.append("[\(index + 1)]")
                node = .unknown
            }
        }
        return parts
    }

    /// `parts` as one label: 平台1「江苏政务服务网」 · 站内搜索 · 测试3 · 是否搜到.
    static func join(_ parts: [String]) -> String {
        parts.isEmpty ? "整份报告" : parts.joined(separator: " · ")
    }

    /// The label of `path` in the report `document` (its JSON bytes), or the path itself when it
    /// is not one.
    package static func label(of path: String, in document: Data?) -> String {
        let value = document.flatMap { try? ReportCoding.decoder().decode(JSONValue.self, from: $0) }
        return label(of: path, in: value)
    }

    /// The labels of `paths` in the report `document`, its JSON read once.
    package static func labels(of paths: [String], in document: Data) -> [String] {
        let value = try? ReportCoding.decoder().decode(JSONValue.self, from: document)
        return paths.map { label(of: $0, in: value) }
    }

    static func label(of path: String, in document: JSONValue?) -> String {
        guard let steps = ReportPath.steps(path) else { return path }
        return join(parts(of: steps, in: document))
    }

    /// The field whose value sits at the end of `steps` (for formatting the value in words).
    static func field(at steps: [ReportPath.Step]) -> Field {
        var node = Node.report
        var field = Field.plain
        for step in steps {
            switch (step, node) {
            case (.index, .list(let list)):
                field = list.field
                node = list.node
            case (.key(let key), _):
                let next = node.child(key)
                field = next.field
                node = next.node
            default:
                field = .plain
                node = .unknown
            }
        }
        return field
    }
}
