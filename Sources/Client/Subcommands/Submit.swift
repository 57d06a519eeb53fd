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
                签名写入 FILE.sig 以备核对。 / The signature is also written to FILE.sig for later checks.

                示例 / Example:
                  export ZICHA_SERVER=https://zicha.example.gov.cn ZICHA_KEY=420000.key
                  zicha submit hubei-2017.json
                """)

        @Argument(help: "报告文件 / Report file.")
        var file: String

        @OptionGroup var keyOptions: KeyOptions
        @OptionGroup var serverOptions: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let key = try keyOptions.load()
            let (bytes, report) = try ReportFile.load(file)
            try SignatureCheck.requireKeyMatches(report, key: key, path: file)
            // Local validation first: it needs no network and says exactly what to fix.
            try LocalValidator.requireNoErrors(LocalValidator.check(report, signingFiler: key.filer), report: report, path: file)
            let client = APIClient(baseURL: try serverOptions.baseURL(), retry: serverOptions.retryPolicy)
            let list = try await client.versionList(round: report.round, key: key)
            let base = list.versions.map(\.receipt.version).max() ?? 0
            let result = LocalValidator.check(report, deadline: Day(list.deadline), signingFiler: key.filer)
            if result.warnings > 0 && !output.isJSON {
                for line in IssuePrinter.lines(for: result, report: report) { Console.out(line) }
            }
            let signature = SignatureCheck.sign(bytes, report: report, baseVersion: base, key: key)
            try ReportFile.writeAtomically(try ReportCoding.encode(signature), to: ReportFile.signaturePath(for: file))
            try await Upload.send(
                bytes, signature: signature, report: report, client: client, key: key, file: file, output: output)
        }
    }
}
