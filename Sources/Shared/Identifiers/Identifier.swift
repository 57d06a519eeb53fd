/// The identifiers that appear in URL paths and headers, kept to safe ASCII.
package enum Identifier {
    /// Round and key ids: 1–64 of `A–Z a–z 0–9 . _ -`.
    package static func isRoundOrKeyID(_ text: String) -> Bool {
        (1...64).contains(text.utf8.count)
            && text.utf8.allSatisfy { isLowerOrDigit($0) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || "._-".utf8.contains($0) }
    }

    /// Filer codes, as the form's validator accepts them: six digits (`110000`, `660000`) or
    /// `bm` and two digits (`bm07`).
    package static func isFilerCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        return (bytes.count == 6 && bytes.allSatisfy(isDigit))
            || (bytes.count == 4 && bytes.starts(with: Array("bm".utf8)) && bytes.dropFirst(2).allSatisfy(isDigit))
    }

    private static func isLowerOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
