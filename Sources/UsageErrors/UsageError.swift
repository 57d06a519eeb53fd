import ArgumentParser

/// The argument parser's own usage errors (missing argument, unknown option, bad value…) as
/// both binaries print them: a line naming the kind of mistake in Chinese and English, the
/// parser's English message and usage, and where to read the help; exit status 2, as the README
/// promises, rather than the parser's 64.
package struct UsageError {
    /// The documented exit status of a usage error.
    package static let exitStatus: Int32 = 2

    /// What kind of mistake, in both languages.
    package var kind: (zh: String, en: String)
    /// The parser's message with the usage lines, as `fullMessage(for:)` gives it.
    package var parserText: String
    /// The command whose help to read, e.g. `zicha diff`.
    package var command: String

    /// The usage error `error` is, or `nil` when it is something else (help, a clean exit, a
    /// command's own failure), which the caller handles as before.
    package init?<Root: ParsableCommand>(_ error: any Error, root: Root.Type) {
        guard root.exitCode(for: error) == .validationFailure else { return nil }
        let mirror = Mirror(reflecting: error)
        let parserError = mirror.children.first { $0.label == "parserError" }?.value
        kind = Self.kind(of: parserError)
        parserText = root.fullMessage(for: error)
        var names = [root._commandName]
        if let stack = mirror.children.first(where: { $0.label == "commandStack" })?.value as? [any ParsableCommand.Type] {
            names = stack.map { $0._commandName }
        }
        command = names.joined(separator: " ")
    }

    /// The lines to print on standard error.
    package var lines: [String] {
        ["用法错误：\(kind.zh)。 / Usage error: \(kind.en).", parserText]
            + ["用法和示例见 `\(command) --help`。 / For usage and examples, see `\(command) --help`."]
    }

    /// The kind from the name of the parser's (internal) error case; an unknown case, as a newer
    /// parser might add, is still a usage error, only named more generally.
    private static func kind(of parserError: Any?) -> (zh: String, en: String) {
        guard let parserError else { return ("参数不合要求", "invalid arguments") }
        let description = String(describing: parserError)
        let name = description.prefix { $0 != "(" }
        switch name {
        case "noValue": return ("缺少必需的参数或选项", "a required argument or option is missing")
        case "unknownOption", "invalidOption", "nonAlphanumericShortOption", "missingValueOrUnknownCompositeOption":
            return ("未知的选项", "unknown option")
        case "missingValueForOption": return ("选项缺少取值", "an option is missing its value")
        case "unableToParseValue": return ("取值无效", "a value is not valid")
        case "unexpectedValueForOption": return ("该选项不接受取值", "an option takes no value")
        case "unexpectedExtraValues": return ("多余的参数", "unexpected argument")
        case "duplicateExclusiveValues": return ("互斥的选项同时给出", "options that exclude each other were both given")
        case "missingSubcommand", "notParentCommand": return ("缺少或不认识子命令", "missing or unknown subcommand")
        case "noArguments":
            // The parser wraps the first error when no arguments at all were given.
            let inner = Mirror(reflecting: parserError).children.first?.value
            return inner.map { kind(of: Mirror(reflecting: $0).children.first { $0.label == "parserError" }?.value ?? $0) }
                ?? ("缺少参数", "missing arguments")
        case "userValidationError": return ("参数不合要求", "invalid arguments")
        default: return ("参数有误", "wrong arguments")
        }
    }
}
