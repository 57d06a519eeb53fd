import Foundation

/// A JSON path as the validator and `ReportDiff` write it (`platforms[0].checks.search.tests[2].found`,
/// an odd key as `["a b"]`), split into its steps.
package enum ReportPath {
    /// One step of a path: an object key or an array index.
    package enum Step: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    /// The steps of `path`; nil when it is not a path of that syntax. `$` (the whole document)
    /// and the empty path have no steps.
    package static func steps(_ path: String) -> [Step]? {
        if path.isEmpty || path == "$" { return [] }
        var steps: [Step] = []
        var scalars = Substring(path).unicodeScalars[...]
        var expectKey = true
        while let first = scalars.first {
            if first == "[" {
                scalars = scalars.dropFirst()
                if scalars.first == "\"" {
                    guard let (key, rest) = quotedKey(scalars), rest.first == "]" else { return nil }
                    steps.append(.key(key))
                    scalars = rest.dropFirst()
                } else {
                    let digits = scalars.prefix { ("0"..."9").contains($0) }
                    guard !digits.isEmpty, digits.count <= 9, let index = Int(String(String.UnicodeScalarView(digits))) else {
                        return nil
                    }
                    scalars = scalars.dropFirst(digits.count)
                    guard scalars.first == "]" else { return nil }
                    scalars = scalars.dropFirst()
                    steps.append(.index(index))
                }
                expectKey = false
            } else {
                if first == "." {
                    guard !steps.isEmpty else { return nil }
                    scalars = scalars.dropFirst()
                } else if !expectKey {
                    return nil
                }
                let name = scalars.prefix { $0 != "." && $0 != "[" }
                guard !name.isEmpty else { return nil }
                steps.append(.key(String(String.UnicodeScalarView(name))))
                scalars = scalars.dropFirst(name.count)
                expectKey = false
            }
        }
        return steps
    }

    /// `"..."` at the start of `text` (JSON string escapes), and what follows it.
    private static func quotedKey(_ text: Substring.UnicodeScalarView) -> (String, Substring.UnicodeScalarView)? {
        var index = text.index(after: text.startIndex)
        var escaped = false
        while index < text.endIndex {
            let scalar = text[index]
            if escaped {
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if scalar == "\"" {
                let literal = String(String.UnicodeScalarView(text[text.startIndex...index]))
                guard let data = literal.data(using: .utf8), let key = try? ReportCoding.decoder().decode(String.self, from: data)
                else { return nil }
                return (key, text[text.index(after: index)...])
            }
            index = text.index(after: index)
        }
        return nil
    }
}

extension ReportDiff {
    /// Every path that names a value of the JSON document `data` (objects' keys and arrays'
    /// indices, as the validator writes them), the whole document as "". Throws when `data` is not
    /// JSON.
    package static func paths(of data: Data) throws -> Set<String> {
        var paths: Set<String> = [""]
        collect(try ReportCoding.decoder().decode(JSONValue.self, from: data), path: "", into: &paths)
        return paths
    }

    private static func collect(_ value: JSONValue, path: String, into paths: inout Set<String>) {
        switch value {
        case .object(let members):
            for (key, child) in members {
                let childPath = path.isEmpty ? member(key) : path + "." + member(key)
                paths.insert(childPath)
                collect(child, path: childPath, into: &paths)
            }
        case .array(let elements):
            for (index, child) in elements.enumerated() {
                let childPath = path + "[\(index)]"
                paths.insert(childPath)
                collect(child, path: childPath, into: &paths)
            }
        default:
            break
        }
    }
}
