/// Which words of a long text changed between two versions: Latin words and numbers compare as
/// whole words, Chinese character by character (a word of Chinese has no spaces around it), so
/// that “计划12月底完成” → “已于11月20日完成” highlights only what differs.
package enum TextDiff {
    /// A run of a text, changed (deleted from the old text, inserted into the new one) or kept.
    package struct Segment: Sendable, Equatable {
        package var text: String
        package var changed: Bool

        package init(_ text: String, changed: Bool) {
            self.text = text
            self.changed = changed
        }
    }

    /// Above this many token pairs the middle of two texts is not aligned word by word but shown
    /// as replaced whole: the alignment costs time and memory in proportion to it.
    static let alignmentLimit = 400_000

    /// The runs of `old` and of `new`; joined, each gives its text back.
    package static func compare(_ old: String, _ new: String) -> (old: [Segment], new: [Segment]) {
        let a = tokens(old)
        let b = tokens(new)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        var keptA = [Bool](repeating: false, count: middleA.count)
        var keptB = [Bool](repeating: false, count: middleB.count)
        if !middleA.isEmpty, !middleB.isEmpty, middleA.count * middleB.count <= alignmentLimit {
            align(middleA, middleB, &keptA, &keptB)
        }
        func runs(_ all: [Substring], _ kept: [Bool]) -> [Segment] {
            var flags = [Bool](repeating: false, count: all.count)
            for i in 0..<prefix { flags[i] = true }
            for i in 0..<suffix { flags[all.count - 1 - i] = true }
            for (i, keep) in kept.enumerated() { flags[prefix + i] = keep }
            var segments: [Segment] = []
            for (token, keep) in zip(all, flags) {
                if let last = segments.last, last.changed == !keep {
                    segments[segments.count - 1].text += token
                } else {
                    segments.append(Segment(String(token), changed: !keep))
                }
            }
            return segments
        }
        return (runs(a, keptA), runs(b, keptB))
    }

    /// The longest common subsequence of `a` and `b`, marked in `keptA` and `keptB`.
    private static func align(_ a: [Substring], _ b: [Substring], _ keptA: inout [Bool], _ keptB: inout [Bool]) {
        let columns = b.count + 1
        var lengths = [Int32](repeating: 0, count: (a.count + 1) * columns)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i * columns + j] =
                    a[i] == b[j]
                    ? lengths[(i + 1) * columns + j + 1] + 1
                    : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
            }
        }
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                keptA[i] = true
                keptB[j] = true
                i += 1
                j += 1
            } else if lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// Runs of ASCII letters and digits, runs of white space, and every other character alone.
    static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            var end = text.index(after: index)
            if let kind = kind(of: character) {
                while end < text.endIndex, self.kind(of: text[end]) == kind { end = text.index(after: end) }
            }
            tokens.append(text[index..<end])
            index = end
        }
        return tokens
    }

    /// 1 for a word character, 2 for white space, nil for a character that stands alone.
    private static func kind(of character: Character) -> Int? {
        if character.isASCII, character.isLetter || character.isNumber { return 1 }
        if character.isWhitespace { return 2 }
        return nil
    }
}
