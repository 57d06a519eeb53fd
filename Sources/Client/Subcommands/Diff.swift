import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha diff`: field-level changes between two versions, or a version and a local file.
    struct Diff: AsyncParsableCommand, OptionalReportFileWording {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "按字段比较两个版本，或某版本与本地文件 / Field-level diff of two versions, or a version and a local file.",
            discussion: """
                示例 / Examples:
                  # 服务器上的第 1 版与第 2 版 / versions 1 and 2 on the server
                  zicha diff --from 1 --to 2
                  # 最新版本与本地文件 / the latest version against a local file
                  zicha diff hubei-2017.json
                  # 第 1 版与本地文件 / version 1 against a local file
                  zicha diff hubei-2017.json --from 1
                  zicha diff --from 1 --file hubei-2017.json
                输出形如 / Output lines look like:
                  ~ platforms[0].checks.search.tests[2].found: false → true
                """)

        static let fileArgumentHelp = "本地报告文件（可选）/ Local report file (optional)."
        static let fileGivenTwice = "本地文件只需给一次：FILE 或 --file / Give the local file once, as FILE or --file."

        @OptionGroup var reportFile: OptionalReportFile<Diff>

        private var file: String? { reportFile.path }

        @Option(help: "旧版本号（有本地文件时默认最新版本）/ Old version (default with a file: the latest).")
        var from: Int?

        @Option(help: "新版本号 / New version.")
        var to: Int?

        @Option(help: "轮次（默认取本地文件的轮次，否则同 zicha status）/ Round (default: the file's, else as zicha status chooses).")
        var round: String?

        @OptionGroup var keyOptions: KeyOptions
        @OptionGroup var serverOptions: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            try reportFile.requireOnce()
            if file == nil && (from == nil || to == nil) {
                throw ValidationError(
                    "请给出 --from N --to M，或本地文件 FILE（可加 --from N）/ Give --from N --to M, or a local FILE (with an optional --from N)."
                )
            }
            if file != nil && to != nil {
                throw ValidationError("--to M 与本地文件 FILE 只能二选一 / Give either --to M or a local FILE, not both.")
            }
            if let from, from < 1 { throw ValidationError("--from 应不小于 1 / --from must be 1 or more.") }
            if let to, to < 1 { throw ValidationError("--to 应不小于 1 / --to must be 1 or more.") }
        }

        func run() async throws {
            let key = try keyOptions.load()
            let client = try serverOptions.client()
            var local: (bytes: Data, report: SelfInspectionReport)?
            if let file { local = try ReportFile.load(file) }
            let choice = try await client.chooseRound(
                round, file: local.map { (path: file ?? "", round: $0.report.round) }, key: key)
            let round = choice.round
            var old = from
            if old == nil {
                old = try await client.versionList(round: round, key: key).versions.map(\.receipt.version).max()
            }
            guard let old else {
                throw CLIFailure(.refused, "轮次 \(round) 尚无版本可比较。", "Round \(round) has no version to compare with yet.")
            }
            let oldBytes = try await client.reportBytes(round: round, version: old, key: key)
            let newBytes: Data
            let newName: String
            if let local, let file {
                newBytes = local.bytes
                newName = file
            } else {
                newBytes = try await client.reportBytes(round: round, version: to!, key: key)
                newName = "v\(to!)"
            }
            do {
                if output.isJSON {
                    ResultPrinter.json(try ReportDiff.changes(from: oldBytes, to: newBytes))
                } else {
                    // In words, as the reviewers' page shows them: the place and the values.
                    let changes = try ReportDiff.labelledChanges(from: oldBytes, to: newBytes)
                    Console.out(choice.reasonLine)
                    ResultPrinter.changes(changes, from: "v\(old)", to: newName)
                }
            } catch {
                throw CLIFailure(.usage, "无法比较：有一方不是有效的 JSON。", "Cannot compare: one side is not valid JSON.")
            }
        }
    }
}
