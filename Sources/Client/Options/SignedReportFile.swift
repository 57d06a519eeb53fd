import ArgumentParser
import Shared

/// A report file and its detached signature, beside it unless `--signature` says otherwise
/// (`upload`, `verify`).
struct SignedReportFile: ParsableArguments {
    @Argument(help: "报告文件 / Report file.")
    var file: String

    @Option(help: "签名文件 / Signature file (default: FILE.sig).")
    var signature: String?

    /// Where the signature is read from.
    var signaturePath: String { signature ?? ReportFile.signaturePath(for: file) }

    /// The detached signature, read from `signaturePath`.
    func loadSignature() throws(CLIFailure) -> DetachedSignature {
        try SignatureCheck.load(signaturePath, reportPath: file)
    }
}
