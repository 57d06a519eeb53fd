import Foundation
import Hummingbird
import Shared

/// The summary as compact JSON, written straight into a buffer.
///
/// At 10,000 filers the per-filer shares are tens of MB of JSON; Foundation's encoder builds
/// the whole value tree first, which cost seconds and hundreds of MB. The output is the same
/// as `ReportCoding.encode(summary, pretty: false)` (sorted keys, no escaped slashes, an absent
/// percent left out); ServerTests compares the two byte for byte.
extension NationalSummary {
    package func compactJSON(allocator: ByteBufferAllocator = ByteBufferAllocator()) -> ByteBuffer {
        // About 330 bytes per share, most of them the labels.
        var out = allocator.buffer(capacity: 4096 + (perFiler.count + 1) * shares.count * 340)
        var tails = TailCache()
        out.writeMember(#"{"filers":"#, filers)
        out.writeStaticString(#","perFiler":["#)
        for (index, filer) in perFiler.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            out.writeMember(#"{"filer":"#, filer.filer)
            out.writeMember(#","name":"#, filer.name)
            out.writeMember(#","platforms":"#, filer.platforms)
            out.writeMember(#","serviceItems":"#, filer.serviceItems)
            out.writeStaticString(#","shares":"#)
            Self.write(shares: filer.shares, to: &out, tails: &tails)
            out.writeMember(#","version":"#, filer.version)
            out.writeStaticString("}")
        }
        out.writeMember(#"],"platforms":"#, platforms)
        out.writeMember(#","round":"#, round)
        out.writeMember(#","serviceItems":"#, serviceItems)
        out.writeStaticString(#","shares":"#)
        Self.write(shares: shares, to: &out, tails: &tails)
        out.writeStaticString("}")
        return out
    }

    /// Each share's description after its ratios (id, labels, notice figure, unit) is the same
    /// for every filer: written once, then copied.
    private struct TailCache {
        var tails: [String: (share: Share, bytes: ByteBuffer)] = [:]

        mutating func tail(of share: Share) -> ByteBuffer {
            if let cached = tails[share.id], cached.share.label == share.label, cached.share.labelEn == share.labelEn,
                cached.share.notice2017 == share.notice2017, cached.share.unit == share.unit
            {
                return cached.bytes
            }
            var bytes = ByteBuffer()
            bytes.writeMember(#","id":"#, share.id)
            bytes.writeMember(#","label":"#, share.label)
            bytes.writeMember(#","labelEn":"#, share.labelEn)
            bytes.writeMember(#","notice2017":"#, share.notice2017)
            bytes.writeMember(#","unit":"#, share.unit)
            bytes.writeStaticString("}")
            tails[share.id] = (share, bytes)
            return bytes
        }
    }

    private static func write(shares: [Share], to out: inout ByteBuffer, tails: inout TailCache) {
        out.writeStaticString("[")
        for (index, share) in shares.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            out.writeStaticString(#"{"afterRectification":"#)
            write(ratio: share.afterRectification, to: &out)
            out.writeStaticString(#","firstFound":"#)
            write(ratio: share.firstFound, to: &out)
            var tail = tails.tail(of: share)
            out.writeBuffer(&tail)
        }
        out.writeStaticString("]")
    }

    private static func write(ratio: Ratio, to out: inout ByteBuffer) {
        out.writeMember(#"{"denominator":"#, ratio.denominator)
        out.writeMember(#","numerator":"#, ratio.numerator)
        if let percent = ratio.percent {
            out.writeStaticString(#","percent":"#)
            // Whole numbers without ".0", as JSONEncoder writes them; percentages stay far from
            // the range where `description` switches to exponents.
            if percent == percent.rounded(), abs(percent) < 1e15 {
                out.writeString(String(Int(percent)))
            } else {
                out.writeString(percent.description)
            }
        }
        out.writeStaticString("}")
    }

}

extension ByteBuffer {
    /// A member of an object: `key` is its name with quotes and colon, after the comma or brace
    /// before it (`#","name":"#`); `value` follows as a JSON string.
    fileprivate mutating func writeMember(_ key: StaticString, _ value: String) {
        writeStaticString(key)
        writeJSONString(value)
    }

    /// A member of an object (see above) whose value is an integer.
    fileprivate mutating func writeMember(_ key: StaticString, _ value: Int) {
        writeStaticString(key)
        writeString(String(value))
    }

    /// A JSON string: quote, backslash and control characters escaped, everything else as UTF-8.
    fileprivate mutating func writeJSONString(_ string: String) {
        writeStaticString("\"")
        if !string.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) {
            writeString(string)
        } else {
            let hex = Array("0123456789abcdef".utf8)
            for byte in string.utf8 {
                switch byte {
                case UInt8(ascii: "\""): writeStaticString("\\\"")
                case UInt8(ascii: "\\"): writeStaticString("\\\\")
                case 0x0A: writeStaticString("\\n")
                case 0x0D: writeStaticString("\\r")
                case 0x09: writeStaticString("\\t")
                case 0x08: writeStaticString("\\b")
                case 0x0C: writeStaticString("\\f")
                case ..<0x20:
                    writeBytes([UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                default: writeInteger(byte)
                }
            }
        }
        writeStaticString("\"")
    }
}
