import Foundation

/// A report file read loosely as JSON, to look at or change single values by their path
/// (`platforms[0].checks.search.result`), as a test of `zicha fill` needs.
struct ReportJSON {
    private var root: Any

    init(_ workspace: Workspace, _ name: String) throws {
        root = try JSONSerialization.jsonObject(with: workspace.read(name))
    }

    /// The value at `path`, `nil` when there is none.
    subscript(path: String) -> Any? {
        var value: Any? = root
        for key in Self.keys(path) {
            switch key {
            case .name(let name): value = (value as? [String: Any])?[name]
            case .index(let index): value = (value as? [Any]).flatMap { $0.indices.contains(index) ? $0[index] : nil }
            }
        }
        return value
    }

    /// The string at `path`.
    func string(_ path: String) -> String? { self[path] as? String }

    /// The number of elements of the list at `path`.
    func count(_ path: String) -> Int? { (self[path] as? [Any])?.count }

    /// Sets the value at `path` (which must exist up to its last key).
    mutating func set(_ path: String, _ value: Any) {
        root = Self.setting(root, Self.keys(path)[...], value)
    }

    func write(_ workspace: Workspace, _ name: String) throws {
        try workspace.write(try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys]), name)
    }

    private enum Key {
        case name(String)
        case index(Int)
    }

    private static func keys(_ path: String) -> [Key] {
        path.split(separator: ".").flatMap { part -> [Key] in
            let pieces = part.split(separator: "[")
            return [.name(String(pieces[0]))] + pieces.dropFirst().compactMap { Int($0.dropLast()).map(Key.index) }
        }
    }

    private static func setting(_ node: Any, _ keys: ArraySlice<Key>, _ value: Any) -> Any {
        guard let key = keys.first else { return value }
        switch key {
        case .name(let name):
            var object = node as? [String: Any] ?? [:]
            object[name] = setting(object[name] ?? [String: Any](), keys.dropFirst(), value)
            return object
        case .index(let index):
            var array = node as? [Any] ?? []
            array[index] = setting(array[index], keys.dropFirst(), value)
            return array
        }
    }
}
