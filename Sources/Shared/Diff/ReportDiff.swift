import Foundation

/// Field-level differences between two JSON documents (two versions of a report), by JSON path.
///
/// Used by `zicha diff` and by the server's diff endpoint so both show the same changes.
/// Objects are compared key by key (in sorted key order), arrays index by index; a field that is
/// `null` on one side and absent on the other is not a change, because the form treats both as
/// "not given".
package enum ReportDiff {
    /// The changes that turn `old` into `new`, in document order.
    ///
    /// Paths look like `platforms[0].checks.search.tests[2].found`; values are compact JSON with
    /// sorted keys (`"text"`, `true`, `{"a":1}`); `from` is `nil` for an added field and `to` is
    /// `nil` for a removed one. Throws when either side is not valid JSON.
    package static func changes(from old: Data, to new: Data) throws -> [FieldChange] {
        try compared(old, new).changes
    }

    /// Both sides parsed, and the changes between them.
    static func compared(_ old: Data, _ new: Data) throws -> (old: JSONValue, new: JSONValue, changes: [FieldChange]) {
        let decoder = ReportCoding.decoder()
        let a = try decoder.decode(JSONValue.self, from: old)
        let b = try decoder.decode(JSONValue.self, from: new)
        var changes: [FieldChange] = []
        compare(a, b, path: "", into: &changes)
        return (a, b, changes)
    }

    static func compare(_ a: JSONValue, _ b: JSONValue, path: String, into out: inout [FieldChange]) {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            for key in Set(x.keys).union(y.keys).sorted() {
                let child = path.isEmpty ? member(key) : path + "." + member(key)
                switch (x[key], y[key]) {
                case (let old?, let new?): compare(old, new, path: child, into: &out)
                case (let old?, nil) where old != .null: out.append(FieldChange(path: child, from: old.compactJSON, to: nil))
                case (nil, let new?) where new != .null: out.append(FieldChange(path: child, from: nil, to: new.compactJSON))
                default: break
                }
            }
        case (.array(let x), .array(let y)):
            for index in 0..<max(x.count, y.count) {
                let child = path + "[\(index)]"
                switch (index < x.count ? x[index] : nil, index < y.count ? y[index] : nil) {
                case (let old?, let new?): compare(old, new, path: child, into: &out)
                case (let old?, nil): out.append(FieldChange(path: child, from: old.compactJSON, to: nil))
                case (nil, let new?): out.append(FieldChange(path: child, from: nil, to: new.compactJSON))
                case (nil, nil): break
                }
            }
        default:
            if a != b {
                out.append(FieldChange(path: path.isEmpty ? "$" : path, from: a.compactJSON, to: b.compactJSON))
            }
        }
    }

    /// A key as a path component: bare when it is an identifier, quoted in brackets otherwise.
    static func member(_ key: String) -> String {
        func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
            c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
        }
        let scalars = key.unicodeScalars
        let isIdentifier = scalars.allSatisfy(isWordCharacter) && scalars.first.map { !("0"..."9").contains($0) } == true
        if isIdentifier { return key }
        let quoted = (try? String(decoding: JSONEncoder().encode(key), as: UTF8.self)) ?? "\"\(key)\""
        return "[\(quoted)]"
    }
}
