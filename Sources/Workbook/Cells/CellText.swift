import Foundation

/// Text as spreadsheet files hold it. Office Open XML writes a character XML cannot carry as
/// `_xHHHH_` (libxlsxwriter does so for control characters), and a literal `_xHHHH_` as
/// `_x005F_xHHHH_`; numbers a clerk typed into a text column come back as text.
package enum CellText {
    /// Escapes literal `_xHHHH_` sequences so that reading them back gives the same text
    /// (libxlsxwriter escapes control characters itself, but not these).
    package static func escapeForWriting(_ text: String) -> String {
        rewritingEachX(text) { candidate, out in
            if isEscape(candidate) { out += "_x005F" }
            out += "_x"
            return candidate.dropFirst(2)
        }
    }

    /// Decodes `_xHHHH_` escapes.
    package static func unescape(_ text: String) -> String {
        rewritingEachX(text) { candidate, out in
            if isEscape(candidate), let value = UInt32(candidate.dropFirst(2).prefix(4), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                out.unicodeScalars.append(scalar)
                return candidate.dropFirst(7)
            }
            out += "_x"
            return candidate.dropFirst(2)
        }
    }

    /// `text` copied, each `_x` in it handed to `rewrite` with the rest of the text from there:
    /// it appends what stands for it to `out` and returns where copying goes on. Text without
    /// `_x` (nearly all) is returned as it is.
    private static func rewritingEachX(_ text: String, _ rewrite: (Substring, inout String) -> Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            out += rest[..<range.lowerBound]
            rest = rewrite(rest[range.lowerBound...], &out)
        }
        return out + rest
    }

    /// Whether `text` starts with `_x`, four hexadecimal digits and `_`.
    private static func isEscape(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8.prefix(7))
        guard bytes.count == 7, bytes[6] == UInt8(ascii: "_") else { return false }
        return bytes[2..<6].allSatisfy {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0 | 0x20)
        }
    }

    /// A number as a clerk would have typed it: `320000`, `1.5`.
    package static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Fullwidth digits and punctuation (`２０１７－１２－２０`) as ASCII, for dates and numbers.
    package static func halfWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: out.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: out.append(" ")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

extension String {
    /// Without leading and trailing white space and line breaks; the common case, a text
    /// without any, is returned as it is without Foundation's scan.
    var trimmed: String {
        guard let first, let last, first.isWhitespace || last.isWhitespace else { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
