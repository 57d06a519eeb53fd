import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A command running with a pseudo-terminal as its standard input and output, typed into as a
/// clerk would: each answer only once the command shows its prompt. Keys typed earlier would
/// reach the terminal's own line discipline (cooked mode) instead of the command's line editor.
final class PseudoTerminal: @unchecked Sendable {
    /// The prompts of `zicha fill`, each at the start of a line: an answer, or one more line of a
    /// list or a text of several lines.
    static let prompts = ["\n> ", "\n+ "]

    let process = Process()
    private let master: Int32
    private let condition = NSCondition()
    private var output: [UInt8] = []
    private var ended = false
    /// How far the output has been waited for.
    private var cursor = 0

    /// Starts `executable` on a terminal of `columns` × `rows` with `TERM=xterm`.
    init(_ executable: URL, _ arguments: [String], in directory: URL, columns: UInt16 = 200, rows: UInt16 = 50) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw HarnessError("openpty failed: errno \(errno)") }
        // Other tests' children must not inherit the terminal, or it would never report EOF.
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        self.master = master
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = CommandRunner.environment(["TERM": "xterm", "LANG": "C.UTF-8"])
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        do {
            try CommandRunner.spawn(process)
        } catch {
            close(master)
            close(slave)
            throw error
        }
        close(slave)
        Thread.detachNewThread { [self] in readUntilExit() }
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    private func readUntilExit() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(master, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            condition.lock()
            if n > 0 {
                output += buffer[0..<n]
            } else {
                ended = true  // EIO once the command has exited and closed the terminal
            }
            condition.broadcast()
            condition.unlock()
            if n <= 0 { return }
        }
    }

    /// Writes `text` to the terminal in one write, as a paste or an input method would.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if n > 0 {
                offset += n
            } else if n < 0 && errno != EINTR {
                return
            }
        }
    }

    /// Waits for the next of `texts` after what was waited for before; returns what the command
    /// wrote up to and including it, and moves past it.
    @discardableResult
    func wait(for texts: [String], timeout: TimeInterval = 30) throws -> String {
        let needles = texts.map { Array($0.utf8) }
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            let found = needles.compactMap { needle in output[cursor...].firstRange(of: needle) }.min {
                $0.lowerBound < $1.lowerBound
            }
            if let found {
                let text = String(decoding: output[cursor..<found.upperBound], as: UTF8.self)
                cursor = found.upperBound
                return text
            }
            if ended || !condition.wait(until: deadline) {
                throw HarnessError("waited for \(texts); the terminal shows:\n\(String(decoding: output, as: UTF8.self))")
            }
        }
    }

    @discardableResult
    func wait(for text: String, timeout: TimeInterval = 30) throws -> String { try wait(for: [text], timeout: timeout) }

    /// Waits for the next prompt; returns what was written before it (the question).
    @discardableResult
    func waitForPrompt() throws -> String { try wait(for: Self.prompts) }

    /// Types `line` and Enter at the next prompt.
    func answer(_ line: String) throws {
        try waitForPrompt()
        type(line + "\r")
    }

    /// Answers each of `lines` at its prompt.
    func answer(_ lines: [String]) throws {
        for line in lines { try answer(line) }
    }

    /// Presses Enter at every prompt until the question containing `label` is shown, and stops at
    /// its prompt (nothing typed there yet).
    func advance(to label: String, maxQuestions: Int = 200) throws {
        for _ in 0..<maxQuestions {
            if try waitForPrompt().contains(label) { return }
            type("\r")
        }
        throw HarnessError("no question “\(label)” within \(maxQuestions) prompts")
    }

    /// Waits for the command to exit; everything it wrote, and its status.
    func finish(timeout: TimeInterval = 30) throws -> CommandResult {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        while !ended {
            if !condition.wait(until: deadline) {
                condition.unlock()
                process.terminate()
                throw HarnessError("the command did not exit; the terminal shows:\n\(transcript)")
            }
        }
        condition.unlock()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: transcript, stderr: "")
    }

    /// Everything written so far, escape sequences included.
    var transcript: String {
        condition.lock()
        defer { condition.unlock() }
        return String(decoding: output, as: UTF8.self)
    }

    /// The screen as a terminal shows it after replaying everything written so far.
    var screen: Screen {
        condition.lock()
        defer { condition.unlock() }
        var screen = Screen()
        screen.feed(output)
        return screen
    }
}

extension PseudoTerminal {
    static let enter = "\r"
    static let left = "\u{1B}[D"
    static let right = "\u{1B}[C"
    static let home = "\u{1B}[H"
    static let end = "\u{1B}[F"
    static let backspace = "\u{7F}"
    /// Ctrl-U: clear the line.
    static let clearLine = "\u{15}"
    /// Ctrl-D on an empty line: end of input.
    static let endOfInput = "\u{04}"
    /// Ctrl-V: the next key is taken literally, so a control character reaches the line.
    static let literalNext = "\u{16}"
}
