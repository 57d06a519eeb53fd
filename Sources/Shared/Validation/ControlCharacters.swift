/// Control characters (Unicode general category Cc): C0 U+0000–U+001F, DEL U+007F and C1
/// U+0080–U+009F. Line breaks are LF and CR (a CRLF pair is two).
package enum ControlCharacters {
    /// The first control character of `text` and its position (1-based, in Unicode scalars),
    /// skipping LF and CR when line breaks are allowed. One pass over the UTF-8 bytes: C0 and
    /// DEL are single bytes, C1 is 0xC2 followed by 0x80–0x9F.
    package static func first(in text: String, allowingLineBreaks: Bool) -> (scalar: Unicode.Scalar, position: Int)? {
        var text = text
        let hit: (offset: Int, value: UInt32)? = text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x20 || byte == 0x7F {
                    if !(allowingLineBreaks && (byte == 0x0A || byte == 0x0D)) { return (i, UInt32(byte)) }
                } else if byte == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                    return (i, UInt32(bytes[i + 1]))
                }
                i += 1
            }
            return nil
        }
        guard let hit, let scalar = Unicode.Scalar(hit.value) else { return nil }
        // Only on a finding: count the scalars before it for a position a clerk can find.
        let before = String(decoding: text.utf8.prefix(hit.offset), as: UTF8.self).unicodeScalars.count
        return (scalar, before + 1)
    }

    /// Whether `scalar` is a control character.
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }

    /// A readable name: `ESC`, `TAB`, `BS`, or `U+0085`.
    package static func name(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00: return "NUL"
        case 0x08: return "BS"
        case 0x09: return "TAB"
        case 0x0A: return "LF"
        case 0x0D: return "CR"
        case 0x1B: return "ESC"
        case 0x7F: return "DEL"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    /// `text` with every control character shown as `<ESC>`, `<TAB>`, `<U+0085>`…: messages echo
    /// a clerk's text back to terminals and pages, which must not act on it.
    package static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out.append(contentsOf: "<\(name(scalar))>".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Up to eight scalars on either side of the 1-based `position`.
    static func excerpt(_ text: String, around position: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        let lower = max(0, position - 1 - 8)
        let upper = min(scalars.count, position + 8)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return (lower > 0 ? "…" : "") + String(view) + (upper < scalars.count ? "…" : "")
    }
}
