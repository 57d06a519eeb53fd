import ArgumentParser
import Shared

/// How a command that takes an optional report file speaks of it: the argument's help, and the
/// refusal when the file is given both as FILE and as `--file`.
protocol OptionalReportFileWording {
    static var fileArgumentHelp: String { get }
    static var fileGivenTwice: String { get }
}

extension OptionalReportFileWording {
    static var fileGivenTwice: String {
        "报告文件只需给一次：FILE 或 --file / Give the report file once, as FILE or --file."
    }
}

/// An optional report file, given as the FILE argument or as `--file` (`status`, `versions`,
/// `diff`), in the command's own words.
struct OptionalReportFile<Wording: OptionalReportFileWording>: ParsableArguments {
    @Argument(help: ArgumentHelp(Wording.fileArgumentHelp))
    var localFile: String?

    @Option(name: .customLong("file"), help: "同 FILE 参数 / Same as the FILE argument.")
    var fileOption: String?

    /// The file, however it was given.
    var path: String? { localFile ?? fileOption }

    /// The file and the round its report is for, to choose the round by; nil without a file.
    func round() throws(CLIFailure) -> (path: String, round: String)? {
        try path.map { path throws(CLIFailure) in (path: path, round: try ReportFile.load(path).report.round) }
    }

    /// Refuses the file given both ways. The command calls it first in its own `validate()`, so
    /// that its refusals keep their order (an option group's `validate()` would run earlier).
    func requireOnce() throws {
        if localFile != nil && fileOption != nil { throw ValidationError(Wording.fileGivenTwice) }
    }
}
