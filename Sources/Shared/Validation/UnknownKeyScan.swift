import Foundation

/// `UnknownKeys`' usual way: one pass over the bytes comparing each object's keys with the keys
/// learned for its place in the form, with no parsed tree. A 176 KB report costs a fraction of a
/// millisecond instead of a JSONSerialization tree (4.5 ms, and hundreds of MB for a 16 MiB one).
/// It gives up (nil) at the first place nothing has been learned for, and the caller learns.
enum UnknownKeyScan {
    /// An open object or array.
    private struct Frame {
        var isObject: Bool
        /// Whether the next string is a key.
        var expectingKey = false
        /// The place without indices (`platforms[].checks`), as keys are learned. The place with
        /// indices, for messages, is written out only for a finding (`path(of:)`).
        var pattern: String
        /// The keys known here; nil inside a value no type reads (an unknown key's), not looked into.
        var known: Set<String>?
        /// The key whose value comes next (objects) and whether it is known, or the next
        /// element's index (arrays).
        var key = ""
        var keyIsKnown = false
        var index = 0
    }

    /// The unknown keys of `data` (keys, their paths, the keys known there), document order.
    /// With `learning`, nil when an object stands at a place not learned yet; without, such an
    /// object is one no type reads, and is not looked into.
    static func unknown(
        in data: Data, known: [String: Set<String>], learning: Bool
    ) -> [(key: String, path: String, known: Set<String>)]? {
        data.withUnsafeBytes { unknown(in: $0, known: known, learning: learning) }
    }

    private static func unknown(
        in bytes: UnsafeRawBufferPointer, known: [String: Set<String>], learning: Bool
    ) -> [(key: String, path: String, known: Set<String>)]? {
        var stack: [Frame] = []
        var found: [(key: String, path: String, known: Set<String>)] = []
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = bytes[i] == UInt8(ascii: "{")
                i += 1
                var child: Frame
                if let parent = stack.last {
                    let pattern = parent.isObject ? join(parent.pattern, parent.key) : parent.pattern + "[]"
                    child = Frame(isObject: isObject, pattern: pattern)
                    // Below an unknown key nothing is read, so nothing is named.
                    guard parent.known != nil, !parent.isObject || parent.keyIsKnown else {
                        stack.append(child)
                        continue
                    }
                } else {
                    child = Frame(isObject: isObject, pattern: "")
                }
                if isObject {
                    child.known = known[child.pattern]
                    if child.known == nil, learning { return nil }
                    child.expectingKey = true
                } else {
                    child.known = []
                }
                stack.append(child)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                i += 1
            case UInt8(ascii: ","):
                if let last = stack.indices.last {
                    if stack[last].isObject { stack[last].expectingKey = true } else { stack[last].index += 1 }
                }
                i += 1
            case UInt8(ascii: "\""):
                let start = i
                let (end, plain) = JSONStructureGuard.stringEnd(bytes, from: i)
                i = end
                guard let last = stack.indices.last, stack[last].isObject, stack[last].expectingKey else { continue }
                stack[last].expectingKey = false
                let raw = UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<max(start + 1, end - 1)])
                let key = plain ? String(decoding: raw, as: UTF8.self) : JSONStructureGuard.unescape(raw)
                stack[last].key = key
                guard let keys = stack[last].known else { continue }
                stack[last].keyIsKnown = keys.contains(key)
                if !stack[last].keyIsKnown { found.append((key, path(of: stack), keys)) }
            default:
                i += 1
            }
        }
        return found
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// `platforms[0].checks.x`: the place the innermost frame's current key stands at, from each
    /// open frame's current key (objects) or element (arrays).
    private static func path(of stack: [Frame]) -> String {
        var path = ""
        for frame in stack {
            path = frame.isObject ? join(path, frame.key) : "\(path)[\(frame.index)]"
        }
        return path
    }
}
