import Foundation

/// A cheap, non-recursive pass over a JSON text before it is decoded, refusing what Foundation's
/// decoder would accept or choke on: objects nested deeper than `maximumDepth` (the decoder
/// recurses), and an object that names the same key twice (the decoder keeps one silently, so
/// two readers of the stored bytes could see two different reports).
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

    private enum Frame {
        case array
        /// The keys seen so far, and whether the next string is a key.
        case object(keys: Set<String>, expectingKey: Bool)
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
                stack.append(bytes[i] == UInt8(ascii: "{") ? .object(keys: [], expectingKey: true) : .array)
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                i += 1
            case UInt8(ascii: ","):
                if case .object(let keys, _) = stack.last { stack[stack.count - 1] = .object(keys: keys, expectingKey: true) }
                i += 1
            case UInt8(ascii: "\""):
                let start = i
                let (end, hasEscape) = stringEnd(bytes, from: i)
                guard case .object(var keys, true) = stack.last else {
                    i = end
                    continue
                }
                let raw = UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<max(start + 1, end - 1)])
                let key = hasEscape ? unescape(raw) : String(decoding: raw, as: UTF8.self)
                guard keys.insert(key).inserted else {
                    let shown = key.count > 40 ? String(key.prefix(40)) + "…" : key
                    return Violation(offset: start, message: "重复的键“\(shown)”", messageEn: "duplicate key \"\(shown)\"")
                }
                stack[stack.count - 1] = .object(keys: keys, expectingKey: false)
                i = end
            default:
                i += 1
            }
        }
        return nil
    }

    /// The offset just past the string starting at `start` (its opening quote), and whether it
    /// has escapes. An unterminated string runs to the end.
    private static func stringEnd(_ bytes: UnsafeRawBufferPointer, from start: Int) -> (Int, Bool) {
        var i = start + 1
        var hasEscape = false
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\""): return (i + 1, hasEscape)
            case UInt8(ascii: "\\"):
                hasEscape = true
                i += 2
            default: i += 1
            }
        }
        return (bytes.count, hasEscape)
    }

    /// The text of a string body with JSON escapes; invalid escapes become U+FFFD (the decoder
    /// refuses them anyway).
    private static func unescape(_ raw: UnsafeRawBufferPointer) -> String {
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
