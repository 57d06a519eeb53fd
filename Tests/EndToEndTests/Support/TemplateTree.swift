import Foundation
import Shared

/// A report file as a JSON tree whose strings are addressed by the validator's paths
/// (`platforms[0].checks.search.tests[1].query`), to fill a template field by field.
struct TemplateTree {
    /// Any JSON value, keeping booleans and integers as they are.
    typealias Value = JSONValue

    var root: Value

    init(_ data: Data) throws { root = try JSONDecoder().decode(Value.self, from: data) }

    private init(root: Value) { self.root = root }

    func data() throws -> Data { try ReportCoding.encode(root) }

    /// Every string with its path, in no particular order.
    var strings: [(path: String, value: String)] {
        var found: [(String, String)] = []
        _ = Self.map(root, "") { path, value in
            found.append((path, value))
            return value
        }
        return found
    }

    /// The paths of the strings holding a placeholder, sorted.
    var placeholderPaths: [String] { strings.filter { Placeholder.contains($0.value) }.map(\.path).sorted() }

    func value(at path: String) -> String { strings.first { $0.path == path }?.value ?? "" }

    /// The tree with `transform(path, value)` applied to every string.
    func mapStrings(_ transform: (String, String) -> String) -> TemplateTree {
        TemplateTree(root: Self.map(root, "", transform))
    }

    func setting(_ target: String, to value: String) -> TemplateTree {
        mapStrings { path, old in path == target ? value : old }
    }

    /// What the clerk did: every date, URL and the e-mail replaced by valid values.
    func replacingDatesURLsAndEmail() -> TemplateTree {
        mapStrings { path, value in
            if value == Placeholder.date.raw { return "2017-12-01" }
            guard Placeholder.contains(value) else { return value }
            if path.hasSuffix("url") || path.hasSuffix("Url") { return "https://zwfw.example.gov.cn/\(path.count)" }
            if path == "preparedBy.email" { return "zwgk@example.gov.cn" }
            return value
        }
    }

    /// Every remaining placeholder replaced by text that passes every rule.
    func fillingEveryPlaceholder() -> TemplateTree {
        mapStrings { path, value in
            guard Placeholder.contains(value) else { return value }
            if path.hasSuffix("siteCode") { return "3200000001" }
            if path.hasSuffix("phone") { return "025-83300000" }
            return "已填写的具体内容"
        }
    }

    private static func map(_ value: Value, _ path: String, _ transform: (String, String) -> String) -> Value {
        switch value {
        case .string(let text):
            return .string(transform(path, text))
        case .array(let items):
            return .array(items.enumerated().map { map($0.element, "\(path)[\($0.offset)]", transform) })
        case .object(let fields):
            var out: [String: Value] = [:]
            for (key, field) in fields { out[key] = map(field, path.isEmpty ? key : "\(path).\(key)", transform) }
            return .object(out)
        default:
            return value
        }
    }
}
