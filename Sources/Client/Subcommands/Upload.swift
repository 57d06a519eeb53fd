import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha upload`: sends exactly the signed bytes and prints the receipt.
    struct Upload: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "upload",
            abstract: "上传已签名的报告 / Upload a signed report.",
            discussion: """
                发送签名时的原始字节。网络错误或服务器 5xx 时自动重试（默认共不超过一分钟）；重试不会产生第二个版本。
                Sends exactly the signed bytes. Network errors and 5xx are retried (under a minute by default); a retry never
                creates a second version.

                示例 / Example:
                  zicha upload hubei-2017.json --key 420000.key --server https://zicha.example.gov.cn
                """)

        @OptionGroup var signed: SignedReportFile
        private var file: String { signed.file }

        @OptionGroup var keyOptions: KeyOptions
        @OptionGroup var serverOptions: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let key = try keyOptions.load()
            let (bytes, report) = try ReportFile.load(file)
            let detached = try signed.loadSignature()
            let problems = SignatureCheck.mismatches(bytes: bytes, report: report, signature: detached, key: key)
            guard problems.isEmpty else {
                throw CLIFailure(
                    .refused, "签名 \(signed.signaturePath) 与 \(file) 不一致，未上传。",
                    "The signature \(signed.signaturePath) does not match \(file); nothing was uploaded.",
                    details: problems.flatMap { [$0.zh, $0.en] })
            }
            let client = try serverOptions.client()
            _ = try await client.uploadMissingAttachments(of: report, reportPath: file, key: key, quiet: output.isJSON)
            try await Self.send(bytes, signature: detached, report: report, client: client, key: key, file: file, output: output)
        }

        /// Uploads and prints the receipt, or explains the refusal. Bytes identical to the latest
        /// version's are not a new version (409 `unchanged`): that is said, and it is no failure.
        static func send(
            _ bytes: Data, signature: DetachedSignature, report: SelfInspectionReport, client: APIClient, key: FilerKey,
            file: String,
            output: OutputOptions, submitting: Bool = false
        ) async throws(CLIFailure) {
            let response = try await client.upload(bytes, signature: signature)
            if response.status == 409, let body = try? ReportCoding.decoder().decode(APIErrorBody.self, from: response.body),
                body.error == "unchanged", let version = body.currentVersion
            {
                Unchanged(filer: signature.filer, round: signature.round, version: version).print(
                    submitting: submitting, output: output)
                return
            }
            guard response.status == 201 || response.status == 200 else {
                throw Refusal.failure(
                    for: response, context: Refusal.Context(signature: signature, keyPath: key.path, reportPath: file),
                    report: report)
            }
            guard let receipt = try? ReportCoding.decoder().decode(Receipt.self, from: response.body) else {
                throw CLIFailure(.refused, "服务器的回执无法解读。", "The server's receipt could not be understood.")
            }
            if output.isJSON {
                ResultPrinter.json(receipt)
            } else {
                ResultPrinter.receipt(receipt, replayed: response.status == 200)
            }
        }
    }
}

/// What `upload` and `submit` say when the report is identical to a version already stored.
struct Unchanged: Encodable {
    var unchanged = true
    var filer: String
    var round: String
    var version: Int

    func print(submitting: Bool, output: OutputOptions) {
        if output.isJSON {
            ResultPrinter.json(self)
        } else if submitting {
            Console.out("与第 \(version) 版内容相同，未重新报送 / identical to version \(version), not submitted again")
        } else {
            Console.out(
                "与第 \(version) 版内容相同，未重新上传：服务器上的第 \(version) 版就是这份报告 / "
                    + "identical to version \(version), not uploaded again: version \(version) on the server is this report")
        }
        if !output.isJSON {
            Console.out("  查看审核状态 / Review state: zicha status")
        }
    }
}
