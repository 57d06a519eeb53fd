import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha sign`: a detached signature over the exact bytes of a valid report.
    struct Sign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sign",
            abstract: "用本单位密钥签名报告 / Sign a report with your office's key.",
            discussion: """
                有校验错误或填报单位与密钥不符时拒绝签名。不给 --base 时向服务器查询最新版本；离线时请用 --base 指定（首次报送为 0）。
                Refuses a report with validation errors or whose filer is not the key's. Without --base it asks the server
                for the latest version; offline, give --base (0 for the first filing).

                示例 / Examples:
                  zicha sign hubei-2017.json --key 420000.key --server https://zicha.example.gov.cn
                  zicha sign hubei-2017.json --key 420000.key --base 2 --output hubei-2017.json.sig
                """)

        @Argument(help: "报告文件，或 .xlsx 工作簿（导入为同名 .json）/ Report file, or an .xlsx workbook (imported into the .json beside it).")
        var file: String

        @Option(help: "所修改的版本号（首次为 0）/ The version this upload amends (0 for the first).")
        var base: Int?

        @Option(name: .shortAndLong, help: "签名文件 / Signature file (default: FILE.sig).")
        var output: String?

        @OptionGroup var keyOptions: KeyOptions
        @OptionGroup var serverOptions: ServerOptions

        func validate() throws {
            if let base, base < 0 {
                throw ValidationError("--base 不能为负数（首次报送为 0）/ --base must be 0 or more (0 for the first filing).")
            }
        }

        func run() async throws {
            let key = try keyOptions.load()
            // A workbook is imported into the JSON beside it, which is then the file signed.
            let input = try ReportInput.load(file)
            let (bytes, report, file) = (input.bytes, input.report, input.path)
            try SignatureCheck.requireKeyMatches(report, key: key, path: file)
            // Local validation before asking the server: it needs no network and says what to fix.
            try LocalValidator.requireNoErrors(
                LocalValidator.check(report, signingFiler: key.filer), report: report, path: file, cell: input.cell)
            let (baseVersion, deadline) = try await resolveBase(report: report, key: key)
            let result = LocalValidator.check(report, deadline: deadline, signingFiler: key.filer)
            try LocalValidator.requireNoErrors(result, report: report, path: file, cell: input.cell)
            let signature = SignatureCheck.sign(bytes, report: report, baseVersion: baseVersion, key: key)
            let path = output ?? ReportFile.signaturePath(for: file)
            try ReportFile.writeAtomically(try ReportCoding.encode(signature), to: path)
            if result.warnings > 0 {
                for line in IssuePrinter.lines(for: result, report: report, cell: input.cell) { Console.out(line) }
            }
            Console.out("已签名 \(file)（基于第 \(baseVersion) 版），签名写入 \(path)。下一步：zicha upload \(file)")
            Console.out(
                "Signed \(file) (amends version \(baseVersion)); signature written to \(path). Next: zicha upload \(file)")
        }

        private func resolveBase(report: SelfInspectionReport, key: FilerKey) async throws(CLIFailure) -> (Int, Day?) {
            if let base { return (base, nil) }
            let client = try APIClient(baseURL: baseURL(), retry: serverOptions.retryPolicy)
            do {
                let list = try await client.versionList(round: report.round, key: key)
                return (list.versions.map(\.receipt.version).max() ?? 0, Day(list.deadline))
            } catch  where error.kind == .unreachable {
                var failure = error
                failure.message += " 离线签名请用 --base N 指定所修改的版本（首次报送为 0）。"
                failure.messageEn += " To sign offline, give --base N, the version this amends (0 for the first filing)."
                throw failure
            }
        }

        private func baseURL() throws(CLIFailure) -> URL {
            do {
                return try serverOptions.baseURL()
            } catch {
                throw CLIFailure(
                    .usage, "需要知道所修改的版本：请用 --server（或 ZICHA_SERVER）连接服务器查询，或用 --base N 指定（首次报送为 0）。",
                    "The version this amends is needed: give --server (or ZICHA_SERVER) to ask the server, or --base N (0 for the first filing)."
                )
            }
        }
    }
}
