import CLibEdit
import Foundation

/// The terminal line editor of `zicha fill`: libedit's wide-character API in emacs mode, so that
/// arrows, Home/End, backspace and Ctrl-A/E/K/U/W move and delete by character and display width,
/// Chinese included, and ↑/↓ recall earlier answers.
///
/// Only the text libedit hands back is returned; the keys themselves never reach the answer.
final class LineEditor {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    /// The current prompt as a NUL-terminated wide string; libedit keeps only the pointer.
    private var prompt: UnsafeMutablePointer<wchar_t>?

    /// Sets up libedit on the process's terminal (standard input, output and error).
    init() {
        Self.useMultibyteCharacters()
        history = history_winit()
        zicha_history_configure(history, 500)
        // Swift 6 treats C's `stdin`/`stdout` globals as shared mutable state; libedit gets its own
        // streams on the same descriptors and flushes its output itself.
        editor = el_init("zicha", fdopen(STDIN_FILENO, "r"), fdopen(STDOUT_FILENO, "w"), fdopen(STDERR_FILENO, "w"))
        zicha_el_configure(editor, history)
    }

    deinit {
        el_end(editor)
        history_wend(history)
        prompt?.deallocate()
    }

    /// Reads one line after `prompt`, with `prefill` already on the line for the clerk to edit.
    /// Returns the line without its newline, or `nil` when input ends (Ctrl-D on an empty line).
    func read(prompt text: String, prefill: String? = nil) -> String? {
        setPrompt(text)
        // Our own output goes through Swift's `print`; it must be on the screen before libedit draws.
        fflush(nil)
        zicha_el_raw_mode(editor)
        if let prefill, !prefill.isEmpty {
            // Pushed text is read back as if typed, so the clerk can edit it like their own.
            Self.wide(prefill).withUnsafeBufferPointer { el_wpush(editor, $0.baseAddress) }
        }
        while true {
            var count: Int32 = 0
            guard let line = el_wgets(editor, &count) else {
                // A signal (a resized window) interrupts the read; anything else is the end of input.
                if count < 0 && errno == EINTR { continue }
                return nil
            }
            var scalars = String.UnicodeScalarView()
            for i in 0..<Int(max(0, count)) {
                if let scalar = Unicode.Scalar(UInt32(bitPattern: Int32(line[i]))) { scalars.append(scalar) }
            }
            var result = String(scalars)
            if result.hasSuffix("\n") { result.removeLast() }
            return result
        }
    }

    /// Adds `line` to the history that ↑ and ↓ walk through.
    func remember(_ line: String) {
        guard !line.isEmpty else { return }
        Self.wide(line).withUnsafeBufferPointer { zicha_history_enter(history, $0.baseAddress) }
    }

    private func setPrompt(_ text: String) {
        let wide = Self.wide(text)
        let buffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: wide.count)
        buffer.initialize(from: wide, count: wide.count)
        zicha_el_set_prompt(editor, buffer)
        prompt?.deallocate()
        prompt = buffer
    }

    /// `text` as a NUL-terminated wide string (UTF-32 on Linux and macOS).
    private static func wide(_ text: String) -> [wchar_t] {
        text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    }

    /// libedit decodes keystrokes with the C library's multibyte functions, which read UTF-8
    /// only in a UTF-8 locale; a terminal started with `LANG` unset (the C locale) would turn
    /// each byte of a Chinese character into its own garbage character.
    private static func useMultibyteCharacters() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "UTF-8") }
        }
    }
}
