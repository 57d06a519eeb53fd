/// Looking filers up in the built-in roster: the validator's name and level rules, and
/// `zicha init`, which names the codes a mistyped one was probably meant to be.
extension BuiltInFilers {
    /// The built-in filer with `code`, if any.
    package static func filer(code: String) -> FilerSeed? { byCode[code] }

    /// Up to `limit` built-in filers whose codes are nearest to `code`: codes of the family typed
    /// first (digits: regions; `bm…`: departments), then fewest edits (`32000` → `320000`, `bm5`
    /// → `bm05`…), then the numerically closest (`999999` → `660000`, `650000`, `640000`). When
    /// some code is within two edits, only the codes at that distance.
    package static func nearest(to code: String, limit: Int = 3) -> [FilerSeed] {
        let typed = code.lowercased()
        let department: Bool? =
            typed.hasPrefix("bm") ? true : !typed.isEmpty && typed.allSatisfy { $0.isASCII && $0.isNumber } ? false : nil
        let ranked = all.map { filer in
            (
                filer: filer, otherFamily: department.map { $0 != filer.code.hasPrefix("bm") } == true ? 1 : 0,
                edits: editDistance(typed, filer.code), gap: numericGap(typed, filer.code)
            )
        }
        .sorted {
            ($0.otherFamily, $0.edits, $0.gap, $0.filer.code) < ($1.otherFamily, $1.edits, $1.gap, $1.filer.code)
        }
        guard let best = ranked.first else { return [] }
        let close = best.edits <= 2 ? ranked.filter { $0.edits == best.edits && $0.otherFamily == best.otherFamily } : ranked
        return close.prefix(limit).map(\.filer)
    }

    private static let byCode = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// Levenshtein distance over the characters.
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }

    /// How far apart the numbers of two codes of the same family are: region codes with a
    /// short one padded on the right (`32` reads as `320000`), `bm` codes by their digits.
    private static func numericGap(_ typed: String, _ code: String) -> Int {
        func number(_ text: Substring, padTo width: Int) -> Int? {
            guard !text.isEmpty, text.count <= 9, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
            return Int(text + String(repeating: "0", count: max(0, width - text.count)))
        }
        let typedDepartment = typed.hasPrefix("bm")
        guard typedDepartment == code.hasPrefix("bm") else { return Int.max }
        let width = typedDepartment ? 0 : 6
        guard let x = number(typedDepartment ? typed.dropFirst(2) : typed[...], padTo: width),
            let y = number(typedDepartment ? code.dropFirst(2) : code[...], padTo: width)
        else { return Int.max }
        return abs(x - y)
    }
}
