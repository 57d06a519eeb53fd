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
        out.writeStaticString(#"{"filers":"#)
        out.writeString(String(filers))
        out.writeStaticString(#","perFiler":["#)
        for (index, filer) in perFiler.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            out.writeStaticString(#"{"filer":"#)
            Self.write(string: filer.filer, to: &out)
            out.writeStaticString(#","name":"#)
            Self.write(string: filer.name, to: &out)
            out.writeStaticString(#","platforms":"#)
            out.writeString(String(filer.platforms))
            out.writeStaticString(#","serviceItems":"#)
            out.writeString(String(filer.serviceItems))
            out.writeStaticString(#","shares":"#)
            Self.write(shares: filer.shares, to: &out, tails: &tails)
            out.writeStaticString(#","version":"#)
            out.writeString(String(filer.version))
            out.writeStaticString("}")
        }
        out.writeStaticString(#"],"platforms":"#)
        out.writeString(String(platforms))
        out.writeStaticString(#","round":"#)
        Self.write(string: round, to: &out)
        out.writeStaticString(#","serviceItems":"#)
        out.writeString(String(serviceItems))
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
            bytes.writeStaticString(#","id":"#)
            NationalSummary.write(string: share.id, to: &bytes)
            bytes.writeStaticString(#","label":"#)
            NationalSummary.write(string: share.label, to: &bytes)
            bytes.writeStaticString(#","labelEn":"#)
            NationalSummary.write(string: share.labelEn, to: &bytes)
            bytes.writeStaticString(#","notice2017":"#)
            bytes.writeString(String(share.notice2017))
            bytes.writeStaticString(#","unit":"#)
            NationalSummary.write(string: share.unit, to: &bytes)
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
        out.writeStaticString(#"{"denominator":"#)
        out.writeString(String(ratio.denominator))
        out.writeStaticString(#","numerator":"#)
        out.writeString(String(ratio.numerator))
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

    /// A JSON string: quote, backslash and control characters escaped, everything else as UTF-8.
    fileprivate static func write(string: String, to out: inout ByteBuffer) {
        out.writeStaticString("\"")
        if !string.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) {
            out.writeString(string)
        } else {
            let hex = Array("0123456789abcdef".utf8)
            for byte in string.utf8 {
                switch byte {
                case UInt8(ascii: "\""): out.writeStaticString("\\\"")
                case UInt8(ascii: "\\"): out.writeStaticString("\\\\")
                case 0x0A: out.writeStaticString("\\n")
                case 0x0D: out.writeStaticString("\\r")
                case 0x09: out.writeStaticString("\\t")
                case 0x08: out.writeStaticString("\\b")
                case 0x0C: out.writeStaticString("\\f")
                case ..<0x20:
                    out.writeBytes([UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                default: out.writeInteger(byte)
                }
            }
        }
        out.writeStaticString("\"")
    }
}
