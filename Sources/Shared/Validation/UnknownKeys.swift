import Foundation
import Synchronization

/// Keys of a report that the form does not know (FORM.md, rule of strict input): a typo such as
/// `downloadURL` would otherwise be dropped silently and noticed only as a failed indicator.
/// A key that is a known key's case or spelling variant is an error naming that key; any other
/// unknown key is a warning naming the nearest known one, if one is near.
package enum UnknownKeys {
    /// The findings for `data`, the bytes a report was decoded from; none when they are not a
    /// JSON object (the decoder has said so already).
    package static func issues(in data: Data) -> [ValidationIssue] {
        // The keys a type asks for are the same wherever it stands, so they are learned once per
        // place in the form (`platforms[].checks.search`) and kept: a report whose places are all
        // known is checked by one pass over its bytes. A place not seen before is learned by
        // recording a decode over a parsed tree, several times the cost of the decode itself.
        var patterns = learned.withLock { $0 }
        if let found = UnknownKeyScan.unknown(in: data, known: patterns, learning: true) { return found.map(issue) }
        guard let tree = try? JSONSerialization.jsonObject(with: data), tree is [String: Any] else { return [] }
        // Places repeat in every item of a long report: they are learned from one element standing
        // for all the elements of each list, and from the whole tree only if that left one out.
        for candidate in [merged(tree), tree] {
            let recorder = KeyRecordingDecoder(candidate)
            guard (try? SelfInspectionReport(from: recorder)) != nil else { continue }
            for (path, keys) in recorder.asked { patterns[pattern(of: path), default: []].formUnion(keys) }
            if let found = UnknownKeyScan.unknown(in: data, known: patterns, learning: true) {
                learned.withLock { [patterns] in $0.merge(patterns) { $0.union($1) } }
                return found.map(issue)
            }
        }
        return []
    }

    /// `value` with each array cut to one element that merges all of its elements, key by key
    /// (a value beats null; otherwise the first one stays).
    private static func merged(_ value: Any) -> Any {
        if let object = value as? [String: Any] { return object.mapValues(merged) }
        guard let array = value as? [Any], let first = array.first else { return value }
        return [array.dropFirst().reduce(merged(first)) { merge($0, merged($1)) }]
    }

    private static func merge(_ a: Any, _ b: Any) -> Any {
        switch (a, b) {
        case (let a as [String: Any], let b as [String: Any]):
            return a.merging(b) { merge($0, $1) }
        case (let a as [Any], let b as [Any]):
            guard let x = a.first else { return b }
            return b.first.map { [merge(x, $0)] } ?? a
        default:
            // Asked last: `is NSNull` on a Swift collection bridges it to Foundation first.
            return a is NSNull ? b : a
        }
    }

    /// The keys each place of the form asks for, by the place's path without indices.
    private static let learned = Mutex<[String: Set<String>]>([:])

    /// `platforms[0].serviceItems[3]` → `platforms[].serviceItems[]`.
    private static func pattern(of path: String) -> String {
        var pattern = ""
        var inIndex = false
        for character in path {
            if character == "[" {
                inIndex = true
                pattern += "[]"
            } else if character == "]" {
                inIndex = false
            } else if !inIndex {
                pattern.append(character)
            }
        }
        return pattern
    }

    /// A key of the object at `codingPath` in `data` that is a variant of the missing `key`.
    static func variant(of key: String, in data: Data, at codingPath: [any CodingKey]) -> String? {
        JSONValueLookup.keys(in: data, at: codingPath)?.first { isVariant($0, of: key) }
    }

    /// The same letters in another case, or one or two letters off a key of 5 or more.
    private static func isVariant(_ candidate: String, of key: String) -> Bool {
        let d = distance(candidate.lowercased(), key.lowercased())
        return candidate != key && (d == 0 || (d <= 2 && key.count >= 5))
    }

    private static func issue(_ found: (key: String, path: String, known: Set<String>)) -> ValidationIssue {
        issue(found.key, at: found.path, known: found.known)
    }

    private static func issue(_ key: String, at path: String, known: Set<String>) -> ValidationIssue {
        let nearest = known.map { (key: $0, distance: distance(key.lowercased(), $0.lowercased())) }
            .min { ($0.distance, $0.key) < ($1.distance, $1.key) }
        if let nearest, isVariant(key, of: nearest.key) {
            return ValidationIssue(
                severity: .error, code: "key.misspelled", indicator: nil, path: path,
                message: "未知的字段“\(key)”，应为“\(nearest.key)”（写法有误的字段不会被读取）",
                messageEn: "unknown field \"\(key)\"; did you mean \"\(nearest.key)\"? (a misspelt field is not read)")
        }
        // Named only when it is near enough to be what was meant.
        let near = nearest.flatMap { $0.distance <= max(2, key.count / 2) ? $0.key : nil }
        let hint = near.map { "（最接近的已知字段：“\($0)”）" } ?? ""
        let hintEn = near.map { " (nearest known field: \"\($0)\")" } ?? ""
        return ValidationIssue(
            severity: .warning, code: "key.unknown", indicator: nil, path: path,
            message: "表单中没有字段“\(key)”，其内容不会被读取\(hint)",
            messageEn: "the form has no field \"\(key)\"; its content is not read\(hintEn)")
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
