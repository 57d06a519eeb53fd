import ArgumentParser

/// `--format text|json` for commands that print results.
struct OutputOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "输出格式 / Output format.")
    var format: Format = .text

    var isJSON: Bool { format == .json }
}
