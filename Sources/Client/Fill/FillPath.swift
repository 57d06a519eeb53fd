/// The JSON paths that name fill's questions (`platforms[0].checks.search.tests`) and the
/// validator's findings (`platforms[0].checks.search.tests[2].found`), compared by their parts.
enum FillPath {
    /// Whether `path` is `ancestor` or lies under it: `a.b` and `a[1]` are under `a`, but
    /// `platforms[10]` is not under `platforms[1]`.
    static func isWithin(_ path: String, _ ancestor: String) -> Bool {
        guard path.hasPrefix(ancestor) else { return false }
        let rest = path.dropFirst(ancestor.count)
        return rest.isEmpty || rest.first == "." || rest.first == "["
    }

    /// `path` and every path above it: `a.b[2].c` gives `a`, `a.b`, `a.b[2]`, `a.b[2].c`.
    static func ancestors(_ path: String) -> [String] {
        var result: [String] = []
        for index in path.indices where index > path.startIndex && (path[index] == "." || path[index] == "[") {
            result.append(String(path[..<index]))
        }
        result.append(path)
        return result
    }

    /// `path` after element `removed` of the list at `list` (`platforms[0].serviceItems`) was
    /// deleted: `nil` for a path under that element, one index lower under a later element.
    static func shifted(_ path: String, list: String, removed: Int) -> String? {
        let head = list + "["
        guard path.hasPrefix(head) else { return path }
        let rest = path.dropFirst(head.count)
        guard let close = rest.firstIndex(of: "]"), let index = Int(rest[..<close]) else { return path }
        if index == removed { return nil }
        if index < removed { return path }
        return head + String(index - 1) + rest[close...]
    }
}
