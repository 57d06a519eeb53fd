/// The identifiers that appear in URL paths and headers, kept to safe ASCII.
package enum Identifier {
    /// Round and key ids: 1–64 of `A–Z a–z 0–9 . _ -`.
    package static func isRoundOrKeyID(_ text: String) -> Bool {
        (1...64).contains(text.utf8.count)
            && text.utf8.allSatisfy { isLowerOrDigit($0) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || "._-".utf8.contains($0) }
    }

    /// Filer codes: 1–16 of `a–z 0–9` (`110000`, `660000`, `bm07`).
    package static func isFilerCode(_ text: String) -> Bool {
        (1...16).contains(text.utf8.count) && text.utf8.allSatisfy(isLowerOrDigit)
    }

    private static func isLowerOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
