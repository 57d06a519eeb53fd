import Foundation

/// Output to the clerk: results on standard output, diagnostics on standard error.
enum Console {
    static func out(_ text: String, terminator: String = "\n") {
        print(text, terminator: terminator)
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints a failure as `错误：…` then `Error: …`, after its details.
    static func report(_ failure: CLIFailure) {
        fflush(nil)
        for line in failure.details { error(line) }
        error("错误：" + failure.message)
        error("Error: " + failure.messageEn)
    }

    /// Writes `text` without a newline and flushes, for prompts.
    static func prompt(_ text: String) {
        print(text, terminator: "")
        fflush(nil)
    }
}
