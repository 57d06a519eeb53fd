import Foundation
import Shared

/// What may be stored from a terminal: no control character (C0, DEL, C1) ever, whatever keys
/// reached the answer (Ctrl-V followed by a key, a pasted escape sequence), and what may be put
/// back on the edit line from a stored value.
enum TerminalText {
    /// `line` without control characters — an escape sequence (`ESC [ D`, left by an arrow key in
    /// a terminal that did not edit lines) goes whole, a tab becomes a space — and the names of
    /// the characters removed.
    static func cleaned(_ line: String) -> (text: String, removed: [String]) {
        guard line.unicodeScalars.contains(where: ControlCharacters.isControl) else { return (line, []) }
        var text = String.UnicodeScalarView()
        var removed: [String] = []
        var scalars = line.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\t" {
                text.append(" ")
                continue
            }
            guard ControlCharacters.isControl(scalar) else {
                text.append(scalar)
                continue
            }
            let name = ControlCharacters.name(scalar)
            if !removed.contains(name) { removed.append(name) }
            if scalar == "\u{1B}" { dropEscapeSequence(&scalars) }
        }
        return (String(text), removed)
    }

    /// A stored value made fit to put on the edit line: line breaks become spaces and other
    /// control characters go, since libedit would act on them as keys.
    static func editable(_ value: String) -> String {
        cleaned(value.replacing(/\r\n|\r|\n/, with: " ")).text
    }

    /// A stored text of several lines with its line breaks kept and everything else cleaned.
    static func cleanedLines(_ value: String) -> String {
        value.components(separatedBy: "\n").map { cleaned($0.replacing("\r", with: "")).text }.joined(separator: "\n")
    }

    /// After an ESC: the rest of a CSI sequence (`[`, parameters, one final byte: arrows, Home,
    /// End, Delete) or of an SS3 sequence (`O` and one byte: arrows in application mode).
    private static func dropEscapeSequence(_ scalars: inout Substring.UnicodeScalarView) {
        guard let next = scalars.first, next == "[" || next == "O" else { return }
        scalars.removeFirst()
        if next == "[" {
            while let byte = scalars.first, (0x20...0x3F).contains(byte.value) { scalars.removeFirst() }
        }
        if let final = scalars.first, (0x40...0x7E).contains(final.value) { scalars.removeFirst() }
    }
}
