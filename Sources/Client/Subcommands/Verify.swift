import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha verify`: does the detached signature still hold for the file and the key?
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "核对报告与签名是否一致 / Check that a report still matches its signature.",
            discussion: """
                退出码 0 表示签名与文件内容和密钥一致；1 表示不一致，并说明哪里不同（内容被改动、密钥不同、单位不同）。
                Exit 0 when the signature matches the bytes and the key; 1 otherwise, saying what differs.

                示例 / Examples:
                  zicha verify hubei-2017.json --key 420000.key
                  zicha verify hubei-2017.json --signature hubei-2017.json.sig --format json
                """)

        @OptionGroup var signed: SignedReportFile
        private var file: String { signed.file }

        @OptionGroup var keyOptions: KeyOptions
        @OptionGroup var output: OutputOptions

        /// `--format json`: the verdict, the signed fields and what differs.
        struct Verdict: Encodable {
            struct Problem: Encodable {
                var message: String
                var messageEn: String
            }

            var valid: Bool
            var signature: DetachedSignature
            var problems: [Problem]
        }

        func run() async throws {
            let key = try keyOptions.load()
            let bytes = try ReportFile.read(file)
            let sigPath = signed.signaturePath
            let detached = try signed.loadSignature()
            let report = try? ReportDecoder.decode(bytes)
            var problems = SignatureCheck.mismatches(bytes: bytes, report: report, signature: detached, key: key)
            // The signature binds each attachment's digest: a file changed since is a mismatch too.
            if let report {
                problems += AttachmentFiles.check(report, directory: AttachmentFiles.directory(forReport: file)).map {
                    (zh: "\($0.path)：\($0.message)", en: "\($0.path): \($0.messageEn)")
                }
            }
            if output.isJSON {
                ResultPrinter.json(
                    Verdict(
                        valid: problems.isEmpty, signature: detached,
                        problems: problems.map { Verdict.Problem(message: $0.zh, messageEn: $0.en) }))
                if !problems.isEmpty { throw ExitCode(1) }
                return
            }
            guard problems.isEmpty else {
                throw CLIFailure(
                    .refused, "签名 \(sigPath) 与 \(file) 不一致。", "The signature \(sigPath) does not match \(file).",
                    details: problems.flatMap { [$0.zh, $0.en] })
            }
            Console.out("签名有效 / Signature valid: \(file)")
            Console.out("  单位 / filer \(detached.filer) · 轮次 / round \(detached.round) · 密钥 / key \(detached.keyId)")
            Console.out(
                "  基于第 \(detached.baseVersion) 版 / amends version \(detached.baseVersion) · 签名时间 / signed at \(detached.signedAt)"
            )
            Console.out("  SHA-256: \(detached.sha256)")
        }
    }
}
