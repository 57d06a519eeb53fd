/// What a terminal shows after replaying a program's output: enough of xterm's control
/// sequences (cursor movement, erase, insert and delete characters) for libedit's line editing,
/// with Chinese characters two columns wide. Rows are never scrolled away, so every line the
/// session showed can be looked up afterwards.
struct Screen {
    private enum Cell: Equatable {
        case blank
        case character(Unicode.Scalar)
        /// The right half of a two-column character.
        case tail
    }

    private var rows: [[Cell]] = [[]]
    private var row = 0
    private var column = 0

    /// Each row's text, trailing blanks removed.
    var lines: [String] {
        rows.map { cells in
            var text = String.UnicodeScalarView()
            for cell in cells {
                switch cell {
                case .blank: text.append(" ")
                case .character(let scalar): text.append(scalar)
                case .tail: break
                }
            }
            return String(String(text).reversed().drop { $0 == " " }.reversed())
        }
    }

    mutating func feed(_ bytes: [UInt8]) {
        var scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\r": column = 0
            case "\n": moveTo(row: row + 1)
            case "\u{08}": column = max(0, column - 1)
            case "\u{07}": break
            case "\u{1B}": escape(&scalars)
            default:
                if scalar.value >= 0x20 { put(scalar) }
            }
        }
    }

    private mutating func escape(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let kind = scalars.popFirst() else { return }
        if kind == "(" || kind == ")" {
            _ = scalars.popFirst()
            return
        }
        guard kind == "[" else { return }  // ESC =, ESC >, ESC 7…: nothing shown
        var parameters = ""
        while let next = scalars.popFirst() {
            guard (0x40...0x7E).contains(next.value) else {
                parameters.unicodeScalars.append(next)
                continue
            }
            let numbers = parameters.split(separator: ";").map { Int($0.filter(\.isNumber)) ?? 0 }
            let n = max(1, numbers.first ?? 1)
            switch next {
            case "A": row = max(0, row - n)
            case "B": moveTo(row: row + n)
            case "C": column += n
            case "D": column = max(0, column - n)
            case "G": column = n - 1
            case "K": eraseInLine(numbers.first ?? 0)
            case "J": eraseBelow()
            case "@": line.insert(contentsOf: Array(repeating: .blank, count: n), at: min(column, line.count))
            case "P":
                pad(to: column + n)
                line.removeSubrange(column..<(column + n))
            case "X":
                pad(to: column + n)
                for i in column..<(column + n) { line[i] = .blank }
            default: break  // colours, modes
            }
            return
        }
    }

    private var line: [Cell] {
        get { rows[row] }
        set { rows[row] = newValue }
    }

    private mutating func moveTo(row target: Int) {
        while rows.count <= target { rows.append([]) }
        row = target
    }

    private mutating func pad(to count: Int) {
        if line.count < count { line += Array(repeating: .blank, count: count - line.count) }
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let width = Self.isWide(scalar) ? 2 : 1
        pad(to: column + width)
        line[column] = .character(scalar)
        if width == 2 { line[column + 1] = .tail }
        column += width
    }

    private mutating func eraseInLine(_ mode: Int) {
        switch mode {
        case 0: if line.count > column { line.removeSubrange(column...) }
        case 1:
            pad(to: column + 1)
            for i in 0...column { line[i] = .blank }
        default: line = []
        }
    }

    private mutating func eraseBelow() {
        eraseInLine(0)
        if rows.count > row + 1 { rows.removeSubrange((row + 1)...) }
    }

    /// East Asian wide and full-width characters, as the C library's `wcwidth` counts them.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default: false
        }
    }
}
