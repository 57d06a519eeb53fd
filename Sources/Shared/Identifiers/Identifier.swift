/// The identifiers that appear in URL paths, headers and reports, kept to safe ASCII: every check
/// of their format, on either side, goes through here.
package enum Identifier {
    /// Round and key ids: 1–64 of `A–Z a–z 0–9 . _ -`, starting with a letter or digit (so that no
    /// id is `.` or `..`, which a path could not carry unambiguously).
    package static func isRoundOrKeyID(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (1...64).contains(bytes.count), let first = bytes.first, isLetterOrDigit(first) else { return false }
        return bytes.allSatisfy { isLetterOrDigit($0) || "._-".utf8.contains($0) }
    }

    /// Filer codes, as the form's validator accepts them: six digits (`110000`, `660000`) or
    /// `bm` and two digits (`bm07`).
    package static func isFilerCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return (bytes.count == 6 && bytes.allSatisfy(isDigit))
            || (bytes.count == 4 && bytes.starts(with: Array("bm".utf8)) && bytes.dropFirst(2).allSatisfy(isDigit))
    }

    /// A positive whole number written canonically (digits only, no sign, no leading zero), at
    /// most `limit`: version numbers, row ids, page numbers. Anything else is nil, never a trap.
    package static func positiveNumber(_ text: String, limit: Int64 = 999_999_999_999_999) -> Int64? {
        let bytes = text.utf8
        guard (1...18).contains(bytes.count), bytes.allSatisfy(isDigit), bytes.first != UInt8(ascii: "0"),
            let value = Int64(text), value <= limit
        else { return nil }
        return value
    }

    /// A version number: a positive whole number of at most nine digits.
    package static func versionNumber(_ text: String) -> Int? {
        positiveNumber(text, limit: 999_999_999).map { Int($0) }
    }

    /// A byte that may stand in a path segment: letters, digits, `.`, `_`, `-`.
    /// 64 lower-case hex digits: a SHA-256 as Zicha writes it (attachments' addresses).
    package static func isSHA256(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { isDigit($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }

    static func isSegmentByte(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || "._-".utf8.contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
