import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha submit`: validate, sign against the latest version, upload.
    struct Submit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "submit",
            abstract: "一步完成校验、签名、上传 / Validate, sign against the latest version and upload, in one step.",
            discussion: """
                签名写入 FILE.sig 以备核对。内容与服务器上最新版本相同时不再报送，退出码 0。
                The signature is also written to FILE.sig for later checks. A report identical to the latest version on the
                server is not submitted again (exit 0).

                示例 / Example:
                  export ZICHA_SERVER=https://zicha.example.gov.cn ZICHA_KEY=420000.key
                  zicha submit hubei-2017.json
                """)

        @Argument(help: "报告文件，或 .xlsx 工作簿（导入为同名 .json）/ Report file, or an .xlsx workbook (imported into the .json beside it).")
        var file: String

        @OptionGroup var keyOptions: KeyOptions
        @OptionGroup var serverOptions: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let key = try keyOptions.load()
            // A workbook is imported into the JSON beside it, which is then the file signed and uploaded.
            let input = try ReportInput.load(file, quiet: output.isJSON)
            let (bytes, report, file) = (input.bytes, input.report, input.path)
            try SignatureCheck.requireKeyMatches(report, key: key, path: file)
            // Local validation first: it needs no network and says exactly what to fix.
            try LocalValidator.requireNoErrors(
                LocalValidator.withFiles(
                    LocalValidator.check(report, signingFiler: key.filer, source: input.bytes), report: report, reportPath: file),
                report: report, path: file, cell: input.cell)
            let client = try serverOptions.client()
            let list = try await client.versionList(round: report.round, key: key)
            let latest = list.versions.max { $0.receipt.version < $1.receipt.version }
            let base = latest?.receipt.version ?? 0
            // The usual re-run after "did it go through?": nothing to sign or send.
            if let latest, latest.receipt.sha256 == Hex.encode(Crypto.sha256(bytes)) {
                Unchanged(filer: report.filer.code, round: report.round, version: base).print(submitting: true, output: output)
                return
            }
            let result = LocalValidator.check(report, deadline: Day(list.deadline), signingFiler: key.filer, source: input.bytes)
            if result.warnings > 0 && !output.isJSON {
                for line in IssuePrinter.lines(for: result, report: report, cell: input.cell) { Console.out(line) }
            }
            // The server refuses a version naming a file it does not have: those go first.
            _ = try await client.uploadMissingAttachments(of: report, reportPath: file, key: key, quiet: output.isJSON)
            let signature = SignatureCheck.sign(bytes, report: report, baseVersion: base, key: key)
            try ReportFile.writeAtomically(try ReportCoding.encode(signature), to: ReportFile.signaturePath(for: file))
            try await Upload.send(
                bytes, signature: signature, report: report, client: client, key: key, file: file, output: output,
                submitting: true)
        }
    }
}
