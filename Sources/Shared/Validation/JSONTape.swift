import Foundation

/// A JSON text read once into a flat list of its values (a tape), for `JSONTapeDecoder`.
///
/// It is the fast path of `ReportDecoder`, so it accepts only what the slow path (the structure
/// guard, then Foundation's `JSONDecoder`) accepts unchanged: strict RFC 8259 syntax, nesting up
/// to `JSONStructureGuard.maximumDepth`, plain integers, and objects of at most 32 plain ASCII
/// keys, each named once. Anything else, valid or not, makes `init` return `nil` and leaves the
/// text to the slow path, which names the fault. The text must already be valid UTF-8.
package final class JSONTape {
    package enum Kind: UInt8 { case object, array, string, number, `true`, `false`, null }

    /// One value. A container's elements follow it (an object's as key, value, key, value...);
    /// `after` is the index just past its last element, so a value is skipped in one step.
    package struct Node {
        package var kind: Kind
        /// A string with a backslash escape.
        package var escaped = false
        /// The bytes of a string's body (without quotes) or of a number.
        package var start = 0
        package var end = 0
        package var after = 0
    }

    package let bytes: [UInt8]
    /// A `let`, filled by `Parser`: reads of a class's `var` are checked for exclusive access
    /// one by one, which cost a tenth of the decoding.
    package let nodes: [Node]

    /// Which objects a decoder read as keyed containers, and which of their keys it looked up:
    /// one flag per node, raw memory so that marking is not checked for exclusive access.
    private let read: UnsafeMutableBufferPointer<Bool>

    /// The tape of `bytes`, or `nil` when they need the slow path.
    package init?(_ bytes: [UInt8]) {
        var parser = Parser()
        parser.nodes.reserveCapacity(bytes.count / 24)
        let parsed: Bool = bytes.withUnsafeBufferPointer { buffer in
            var i = Parser.skipSpace(buffer, 0)
            guard parser.value(buffer, &i, depth: 0) else { return false }
            return Parser.skipSpace(buffer, i) == buffer.count
        }
        guard parsed else { return nil }
        self.bytes = bytes
        self.nodes = parser.nodes
        read = .allocate(capacity: nodes.count)
        read.initialize(repeating: false)
    }

    deinit { read.deallocate() }

    /// Marks an object read as a keyed container, or one of its keys looked up.
    func markRead(_ node: Int) { read[node] = true }

    /// Whether every key of every object a decoder read was looked up: then the types that
    /// read the text know all its keys, and `UnknownKeys` has nothing to find. Objects no
    /// type read (inside an unknown key's value) are not looked into, as `UnknownKeys` does not.
    package var everyKeyRead: Bool {
        for (index, node) in nodes.enumerated() where node.kind == .object && read[index] {
            var key = index + 1
            while key < node.after {
                guard read[key] else { return false }
                key = nodes[key + 1].after
            }
        }
        return true
    }

    /// The value of a hexadecimal digit.
    package static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}

/// Reads the text into nodes, strictly and without recursion beyond the nesting limit.
private struct Parser {
    var nodes: [JSONTape.Node] = []

    /// The most keys an object may have here; a larger one goes to the slow path, whose
    /// duplicate check does not compare every pair.
    private static let keyLimit = 32

    static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var i = start
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        return i
    }

    mutating func value(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, depth: Int) -> Bool {
        guard i < b.count else { return false }
        switch b[i] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < JSONStructureGuard.maximumDepth else { return false }
            return container(b, &i, keyed: b[i] == UInt8(ascii: "{"), depth: depth)
        case UInt8(ascii: "\""):
            return string(b, &i, key: false)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number(b, &i)
        case UInt8(ascii: "t"): return literal(b, &i, "true", .true)
        case UInt8(ascii: "f"): return literal(b, &i, "false", .false)
        case UInt8(ascii: "n"): return literal(b, &i, "null", .null)
        default: return false
        }
    }

    private mutating func container(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, keyed: Bool, depth: Int) -> Bool {
        let index = nodes.count
        nodes.append(JSONTape.Node(kind: keyed ? .object : .array))
        let close = keyed ? UInt8(ascii: "}") : UInt8(ascii: "]")
        i = Self.skipSpace(b, i + 1)
        var keys = 0
        if i < b.count, b[i] == close {
            i += 1
            nodes[index].after = nodes.count
            return true
        }
        while true {
            if keyed {
                guard i < b.count, b[i] == UInt8(ascii: "\""), keys < Self.keyLimit, string(b, &i, key: true),
                    isNewKey(b, index: nodes.count - 1, in: index)
                else { return false }
                keys += 1
                i = Self.skipSpace(b, i)
                guard i < b.count, b[i] == UInt8(ascii: ":") else { return false }
                i = Self.skipSpace(b, i + 1)
            }
            guard value(b, &i, depth: depth + 1) else { return false }
            i = Self.skipSpace(b, i)
            guard i < b.count else { return false }
            if b[i] == UInt8(ascii: ",") {
                i = Self.skipSpace(b, i + 1)
                continue
            }
            guard b[i] == close else { return false }
            i += 1
            nodes[index].after = nodes.count
            return true
        }
    }

    /// Whether the key at `key` differs from the object's earlier keys (plain ASCII, so bytes
    /// compare as the decoder compares Strings).
    private func isNewKey(_ b: UnsafeBufferPointer<UInt8>, index key: Int, in object: Int) -> Bool {
        let new = nodes[key]
        let length = new.end - new.start
        var other = object + 1
        while other < key {
            let old = nodes[other]
            if old.end - old.start == length, memcmp(b.baseAddress! + old.start, b.baseAddress! + new.start, length) == 0 {
                return false
            }
            other = nodes[other + 1].after  // past the key's value
        }
        return true
    }

    /// A string; a key must be plain ASCII without escapes.
    private mutating func string(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, key: Bool) -> Bool {
        let start = i + 1
        var escaped = false
        i = start
        while i < b.count {
            let byte = b[i]
            if byte == UInt8(ascii: "\"") {
                nodes.append(JSONTape.Node(kind: .string, escaped: escaped, start: start, end: i, after: nodes.count + 1))
                i += 1
                return true
            }
            if byte < 0x20 || (key && byte >= 0x80) { return false }
            if byte == UInt8(ascii: "\\") {
                guard !key, i + 1 < b.count else { return false }
                escaped = true
                switch b[i + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u"):
                    guard i + 6 <= b.count, (2..<6).allSatisfy({ JSONTape.hexValue(b[i + $0]) != nil }) else { return false }
                    i += 6
                default:
                    return false
                }
            } else {
                i += 1
            }
        }
        return false
    }

    /// A plain integer: an optional minus, then `0` or digits without a leading zero; not `-0`.
    private mutating func number(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        let start = i
        if b[i] == UInt8(ascii: "-") { i += 1 }
        let digits = i
        while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
        guard i > digits, b[digits] != UInt8(ascii: "0") || i == digits + 1, !(digits > start && b[digits] == UInt8(ascii: "0"))
        else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") || b[i] | 0x20 == UInt8(ascii: "e") { return false }
        nodes.append(JSONTape.Node(kind: .number, start: start, end: i, after: nodes.count + 1))
        return true
    }

    private mutating func literal(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ word: StaticString, _ kind: JSONTape.Kind)
        -> Bool
    {
        let length = word.utf8CodeUnitCount
        guard i + length <= b.count, memcmp(b.baseAddress! + i, word.utf8Start, length) == 0 else { return false }
        i += length
        nodes.append(JSONTape.Node(kind: kind, after: nodes.count + 1))
        return true
    }
}
