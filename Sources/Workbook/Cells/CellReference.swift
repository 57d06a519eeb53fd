/// A cell as Excel names it: `服务事项!G12` (sheet, column letters, 1-based row).
package struct CellReference: Sendable, Hashable, CustomStringConvertible {
    package var sheet: String
    /// 1-based, as Excel shows it.
    package var row: Int
    /// 0-based column index (A = 0).
    package var column: Int

    package init(sheet: String, row: Int, column: Int) {
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// `G12`.
    package var address: String { Self.letters(column) + String(row) }

    /// `服务事项!G12`.
    package var description: String { "\(sheet)!\(address)" }

    /// `A`, `B`, … `Z`, `AA`, … for a 0-based column index.
    package static func letters(_ column: Int) -> String {
        var n = column + 1
        var out: [Character] = []
        while n > 0 {
            let digit = (n - 1) % 26
            out.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }

    /// The 0-based column and 1-based row of an address such as `G12` or `$G$12`, or nil.
    package static func parse(_ address: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var sawLetter = false
        var sawDigit = false
        for byte in address.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard !sawDigit, column < 1_000_000 else { return nil }
                column = column * 26 + Int((byte & ~0x20) - UInt8(ascii: "A")) + 1
                sawLetter = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard sawLetter, row < 100_000_000 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                sawDigit = true
            default:
                return nil
            }
        }
        guard sawLetter, sawDigit, row > 0 else { return nil }
        return (column - 1, row)
    }
}
