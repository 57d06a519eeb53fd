import Foundation

/// A cheap, non-recursive pass over a JSON text before it is decoded, refusing what Foundation's
/// decoder would accept or choke on: objects nested deeper than `maximumDepth` (the decoder
/// recurses), an object that names the same key twice (the decoder keeps one silently, so two
/// readers of the stored bytes could see two different reports), and a number not written as
/// a plain integer (`1e2`, `100.0`, `-0` decode as integers; every number of the API is a count).
///
/// It checks nothing else: a syntax error is left to the decoder and `JSONSyntaxCheck`, which
/// name it precisely.
package enum JSONStructureGuard {
    /// Deeper than any report or request of the API (a report needs about 8 levels).
    package static let maximumDepth = 64

    package struct Violation: Error, Sendable, Equatable {
        /// Byte offset of the offending `{`, `[` or key.
        package var offset: Int
        package var message: String
        package var messageEn: String
    }

    /// The first violation in `data`, or `nil`.
    package static func firstViolation(in data: Data) -> Violation? {
        data.withUnsafeBytes { firstViolation(in: $0) }
    }

    /// An open object or array. Mutated in place through the stack's subscript: a copy taken
    /// out and put back would copy the key list on every key (quadratic on a huge object).
    private struct Frame {
        var isObject: Bool
        /// Whether the next string is a key.
        var expectingKey: Bool
        var keys = ObjectKeys()
    }

    /// The keys of one object. Plain ASCII keys (all of the form's) are compared as bytes where
    /// they lie, without allocating; the first key that is escaped or not ASCII, or the 33rd,
    /// moves the object to a set of Strings, compared as the decoder compares them (Swift String
    /// equality: "\u212A" KELVIN SIGN equals "K").
    private struct ObjectKeys {
        var ranges: [Range<Int>] = []
        var strings: Set<String>?

        /// `false` when the key was already there.
        mutating func insert(_ range: Range<Int>, plain: Bool, in bytes: UnsafeRawBufferPointer) -> (Bool, String) {
            if strings == nil, plain, ranges.count < 32 {
                let length = range.count
                for other in ranges
                where other.count == length
                    && memcmp(bytes.baseAddress! + other.lowerBound, bytes.baseAddress! + range.lowerBound, length) == 0
                {
                    return (false, text(range, plain: true, in: bytes))
                }
                ranges.append(range)
                return (true, "")
            }
            if strings == nil {
                strings = Set(ranges.map { text($0, plain: true, in: bytes) })
                ranges = []
            }
            let key = text(range, plain: plain, in: bytes)
            return (strings!.insert(key).inserted, key)
        }

        private func text(_ range: Range<Int>, plain: Bool, in bytes: UnsafeRawBufferPointer) -> String {
            let raw = UnsafeRawBufferPointer(rebasing: bytes[range])
            return plain ? String(decoding: raw, as: UTF8.self) : JSONStructureGuard.unescape(raw)
        }
    }

    private static func firstViolation(in bytes: UnsafeRawBufferPointer) -> Violation? {
        var stack: [Frame] = []
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < maximumDepth else {
                    return Violation(
                        offset: i, message: "嵌套超过 \(maximumDepth) 层", messageEn: "nested deeper than \(maximumDepth) levels")
                }
                let isObject = bytes[i] == UInt8(ascii: "{")
                stack.append(Frame(isObject: isObject, expectingKey: isObject))
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                i += 1
            case UInt8(ascii: ","):
                if let last = stack.indices.last, stack[last].isObject { stack[last].expectingKey = true }
                i += 1
            case UInt8(ascii: "\""):
                let start = i
                let (end, plain) = stringEnd(bytes, from: i)
                i = end
                guard let last = stack.indices.last, stack[last].isObject, stack[last].expectingKey else { continue }
                stack[last].expectingKey = false
                let body = (start + 1)..<max(start + 1, end - 1)
                let (inserted, key) = stack[last].keys.insert(body, plain: plain, in: bytes)
                guard inserted else {
                    let shown = key.count > 40 ? String(key.prefix(40)) + "…" : key
                    return Violation(offset: start, message: "重复的键“\(shown)”", messageEn: "duplicate key \"\(shown)\"")
                }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = i
                var plainInteger = true
                while i < bytes.count, numberBytes.contains(bytes[i]) {
                    if [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+")].contains(bytes[i]) {
                        plainInteger = false
                    }
                    i += 1
                }
                // Every number of the form and the API is a count: written as an integer, once.
                let negativeZero = i - start == 2 && bytes[start] == UInt8(ascii: "-") && bytes[start + 1] == UInt8(ascii: "0")
                guard plainInteger, !negativeZero else {
                    let token = String(
                        decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<min(i, start + 40)]), as: UTF8.self)
                    return Violation(
                        offset: start, message: "数字“\(token)”应写成整数（如 100），不能写成 1e2、100.0 或 -0",
                        messageEn: "the number \(token) must be written as an integer (like 100), not as 1e2, 100.0 or -0")
                }
            default:
                i += 1
            }
        }
        return nil
    }

    /// The bytes a JSON number is written with.
    private static let numberBytes = Set("0123456789+-.eE".utf8)

    /// The offset just past the string starting at `start` (its opening quote), and whether it
    /// is plain: no escape and only ASCII. An unterminated string runs to the end.
    package static func stringEnd(_ bytes: UnsafeRawBufferPointer, from start: Int) -> (Int, Bool) {
        var i = start + 1
        var plain = true
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { return (i + 1, plain) }
            if byte == UInt8(ascii: "\\") {
                plain = false
                i += 2
            } else {
                if byte >= 0x80 { plain = false }
                i += 1
            }
        }
        return (bytes.count, plain)
    }

    /// The text of a string body with JSON escapes; invalid escapes become U+FFFD (the decoder
    /// refuses them anyway).
    package static func unescape(_ raw: UnsafeRawBufferPointer) -> String {
        var scalars = String.UnicodeScalarView()
        var pending: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: pending, as: UTF8.self).unicodeScalars)
            pending.removeAll()
        }
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= raw.count else { return nil }
            return UInt32(String(decoding: UnsafeRawBufferPointer(rebasing: raw[at..<(at + 4)]), as: UTF8.self), radix: 16)
        }
        var i = 0
        while i < raw.count {
            guard raw[i] == UInt8(ascii: "\\"), i + 1 < raw.count else {
                pending.append(raw[i])
                i += 1
                continue
            }
            flush()
            let simple: [UInt8: Unicode.Scalar] = [
                UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/", UInt8(ascii: "b"): "\u{8}",
                UInt8(ascii: "f"): "\u{C}", UInt8(ascii: "n"): "\n", UInt8(ascii: "r"): "\r", UInt8(ascii: "t"): "\t",
            ]
            if let scalar = simple[raw[i + 1]] {
                scalars.append(scalar)
                i += 2
            } else if raw[i + 1] == UInt8(ascii: "u"), let unit = hex4(i + 2) {
                i += 6
                if (0xD800..<0xDC00).contains(unit), i + 1 < raw.count, raw[i] == UInt8(ascii: "\\"),
                    raw[i + 1] == UInt8(ascii: "u"), let low = hex4(i + 2), (0xDC00..<0xE000).contains(low)
                {
                    i += 6
                    scalars.append(Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}")
                } else {
                    scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
                }
            } else {
                scalars.append("\u{FFFD}")
                i += 2
            }
        }
        flush()
        return String(scalars)
    }
}
