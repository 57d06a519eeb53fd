import ArgumentParser

/// Why a command stopped, in words a clerk can act on (zh-Hans and English), and its exit code.
struct CLIFailure: Error {
    enum Kind {
        /// Refused (by the server or by a local check) or invalid: exit 1.
        case refused
        /// Wrong usage or an input that cannot be read or decoded: exit 2.
        case usage
        /// The server could not be reached, even after retries: exit 3.
        case unreachable

        var exitCode: ExitCode {
            switch self {
            case .refused: ExitCode(1)
            case .usage: ExitCode(2)
            case .unreachable: ExitCode(3)
            }
        }
    }

    var kind: Kind
    var message: String
    var messageEn: String
    /// Lines printed before the message (e.g. validation issues).
    var details: [String] = []

    init(_ kind: Kind, _ message: String, _ messageEn: String, details: [String] = []) {
        self.kind = kind
        self.message = message
        self.messageEn = messageEn
        self.details = details
    }

    var exitCode: ExitCode { kind.exitCode }
}
