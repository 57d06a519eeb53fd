import Foundation

/// Decodes a `Decodable` value from a `JSONTape`: the fast path of `ReportDecoder`.
///
/// It decodes as Foundation's `JSONDecoder` does (default strategies) wherever it succeeds; where
/// it does not, it throws `JSONTapeDecoder.Mismatch` without saying why, and the caller decodes
/// again with `JSONDecoder`, whose error names the path. Coding paths are therefore always empty.
package enum JSONTapeDecoder {
    /// The value does not have the type asked for (or a key is missing); decode again slowly.
    package struct Mismatch: Error {}

    package static func decode<T: Decodable>(_ type: T.Type, from tape: JSONTape) throws -> T {
        try tape.decode(T.self, at: 0)
    }
}

extension JSONTape {
    /// The value at `node` as `T`.
    func decode<T: Decodable>(_ type: T.Type, at node: Int) throws -> T {
        // Strings are most of a report's values: skip the single-value container for them.
        if T.self == String.self { return try String.read(self, at: node) as! T }
        return try T(from: TapeValueDecoder(tape: self, node: node))
    }

    /// The value node of `key` in the object at `object`.
    func find(_ key: String, in object: Int) -> Int? {
        var key = key
        return key.withUTF8 { k in
            bytes.withUnsafeBufferPointer { b in
                var child = object + 1
                let end = nodes[object].after
                while child < end {
                    let name = nodes[child]
                    if name.end - name.start == k.count,
                        k.isEmpty || memcmp(b.baseAddress! + name.start, k.baseAddress!, k.count) == 0
                    {
                        markRead(child)
                        return child + 1
                    }
                    child = nodes[child + 1].after
                }
                return nil
            }
        }
    }

    func text(at node: Int) throws -> String {
        let value = nodes[node]
        guard value.kind == .string else { throw JSONTapeDecoder.Mismatch() }
        return try bytes.withUnsafeBufferPointer { b in
            let raw = UnsafeBufferPointer(rebasing: b[value.start..<value.end])
            // The whole text is valid UTF-8 and a body ends at a quote, so the body is too.
            guard value.escaped else { return String(decoding: raw, as: UTF8.self) }
            guard let text = Self.unescape(raw) else { throw JSONTapeDecoder.Mismatch() }
            return text
        }
    }

    /// A string body's text with its escapes resolved (the tape checked their form), or `nil`
    /// for an unpaired surrogate, which `JSONDecoder` refuses too.
    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        func unit(at i: Int) -> UInt32 { (i..<(i + 4)).reduce(0) { $0 << 4 | hexValue(raw[$1])! } }
        var i = 0
        while i < raw.count {
            guard raw[i] == UInt8(ascii: "\\") else {
                out.append(raw[i])
                i += 1
                continue
            }
            let escape = raw[i + 1]
            i += 2
            switch escape {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = unit(at: i)
                i += 4
                if (0xD800..<0xDC00).contains(code) {
                    guard i + 6 <= raw.count, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u") else { return nil }
                    let low = unit(at: i + 2)
                    guard (0xDC00..<0xE000).contains(low) else { return nil }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                guard let scalar = Unicode.Scalar(code) else { return nil }
                UTF8.encode(scalar) { out.append($0) }
            default: out.append(escape)  // " \ /
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A value `JSONTapeDecoder` reads without a container.
protocol TapeScalar {
    static func read(_ tape: JSONTape, at node: Int) throws -> Self
}

extension String: TapeScalar {
    static func read(_ tape: JSONTape, at node: Int) throws -> String { try tape.text(at: node) }
}

extension Bool: TapeScalar {
    static func read(_ tape: JSONTape, at node: Int) throws -> Bool {
        switch tape.nodes[node].kind {
        case .true: true
        case .false: false
        default: throw JSONTapeDecoder.Mismatch()
        }
    }
}

extension TapeScalar where Self: FixedWidthInteger {
    static func read(_ tape: JSONTape, at node: Int) throws -> Self {
        let value = tape.nodes[node]
        guard value.kind == .number,
            let number = Self(String(decoding: tape.bytes[value.start..<value.end], as: UTF8.self), radix: 10)
        else { throw JSONTapeDecoder.Mismatch() }
        return number
    }
}

extension TapeScalar where Self: BinaryFloatingPoint & LosslessStringConvertible {
    static func read(_ tape: JSONTape, at node: Int) throws -> Self {
        let value = tape.nodes[node]
        guard value.kind == .number, let number = Self(String(decoding: tape.bytes[value.start..<value.end], as: UTF8.self))
        else { throw JSONTapeDecoder.Mismatch() }
        return number
    }
}

extension Int: TapeScalar {}
extension Int8: TapeScalar {}
extension Int16: TapeScalar {}
extension Int32: TapeScalar {}
extension Int64: TapeScalar {}
extension UInt: TapeScalar {}
extension UInt8: TapeScalar {}
extension UInt16: TapeScalar {}
extension UInt32: TapeScalar {}
extension UInt64: TapeScalar {}
extension Double: TapeScalar {}
extension Float: TapeScalar {}
