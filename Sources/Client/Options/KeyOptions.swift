import ArgumentParser
import Foundation

/// The filer's key file (`--key` or `ZICHA_KEY`), as `zicha-server key issue` wrote it.
struct KeyOptions: ParsableArguments {
    @Option(help: ArgumentHelp("密钥文件 / Key file (default: $ZICHA_KEY).", valueName: "file"))
    var key: String?

    /// The key file named by `--key` or `ZICHA_KEY`, if any.
    var path: String? { EnvironmentFallback.value(key, orVariable: "ZICHA_KEY") }

    /// Loads the key, refusing a file that others can read.
    func load() throws(CLIFailure) -> FilerKey {
        guard let path else {
            throw CLIFailure(
                .usage, "未指定密钥文件：请用 --key FILE 或设置环境变量 ZICHA_KEY。",
                "No key file given: use --key FILE or set ZICHA_KEY.")
        }
        return try KeyStore.load(path: path)
    }
}
