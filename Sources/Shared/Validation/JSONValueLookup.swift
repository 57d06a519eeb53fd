import Foundation

/// Looks up the value at a coding path of a JSON document, to say in an error what was found.
/// Used only on the error path, so decoding the document a second time is acceptable.
enum JSONValueLookup {
    private static func value(in data: Data, at codingPath: [any CodingKey]) -> JSONValue? {
        guard var node = try? JSONDecoder().decode(JSONValue.self, from: data) else { return nil }
        for key in codingPath {
            switch node {
            case .array(let array) where key.intValue.map(array.indices.contains) == true:
                node = array[key.intValue!]
            case .object(let object) where object[key.stringValue] != nil:
                node = object[key.stringValue]!
            default:
                return nil
            }
        }
        return node
    }

    /// The keys of the object at `codingPath` in `data`, sorted; nil when no object stands there.
    static func keys(in data: Data, at codingPath: [any CodingKey]) -> [String]? {
        guard case .object(let object)? = value(in: data, at: codingPath) else { return nil }
        return object.keys.sorted()
    }

    /// The path of the first number under one of `keys` that is not an integer `Int` can hold
    /// (Foundation reports such a number as "not valid JSON", without a path). Keys are visited
    /// in sorted order, so the answer is deterministic.
    static func firstNonInteger(in data: Data, keys: Set<String>) -> String? {
        guard let root = try? JSONDecoder().decode(JSONValue.self, from: data) else { return nil }
        func misfit(_ number: Double, _ path: String, _ key: String?) -> String? {
            let fits = number.rounded() == number && abs(number) < 9.2e18
            return key.map(keys.contains) == true && !fits ? path : nil
        }
        func search(_ node: JSONValue, _ path: String, _ key: String?) -> String? {
            switch node {
            case .integer(let number):
                return misfit(Double(number), path, key)
            case .double(let number):
                return misfit(number, path, key)
            case .array(let array):
                for (i, element) in array.enumerated() {
                    if let found = search(element, "\(path)[\(i)]", key) { return found }
                }
                return nil
            case .object(let object):
                for name in object.keys.sorted() {
                    if let found = search(object[name]!, path.isEmpty ? name : "\(path).\(name)", name) { return found }
                }
                return nil
            case .null, .bool, .string:
                return nil
            }
        }
        return search(root, "", nil)
    }

    /// The JSON kind of the value at `codingPath`, in both languages.
    static func kind(in data: Data, at codingPath: [any CodingKey]) -> (zh: String, en: String) {
        switch value(in: data, at: codingPath) {
        case nil, .null: ("null", "null")
        case .bool: ("布尔值", "a boolean")
        case .integer, .double: ("数字", "a number")
        case .string: ("字符串", "a string")
        case .array: ("数组", "an array")
        case .object: ("对象", "an object")
        }
    }

    /// The value at `codingPath` quoted for a message, e.g. `'township'`.
    static func describe(in data: Data, at codingPath: [any CodingKey]) -> String {
        if case .string(let text) = value(in: data, at: codingPath) {
            // A megabyte-long wrong value must not make a megabyte-long message.
            return text.count > 40 ? "'\(text.prefix(40))…'" : "'\(text)'"
        }
        let kind = kind(in: data, at: codingPath)
        return kind.en
    }
}
