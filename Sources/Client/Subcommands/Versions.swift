import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha versions`: the filer's versions in a round, one line each.
    struct Versions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "versions",
            abstract: "列出已报送的各版本 / List the stored versions.",
            discussion: """
                轮次的选法同 `zicha status` / The round is chosen as by `zicha status`.

                示例 / Examples:
                  zicha versions --round 2017 --key 420000.key --server https://zicha.example.gov.cn
                  zicha versions hubei-2017.json
                """)

        @Argument(help: "报告文件（可选）：列出其轮次的版本 / Report file (optional): list its round's versions.")
        var localFile: String?

        @Option(name: .customLong("file"), help: "同 FILE 参数 / Same as the FILE argument.")
        var fileOption: String?

        @Option(help: "轮次（默认：同 zicha status）/ Round (default: as zicha status chooses).")
        var round: String?

        @OptionGroup var keyOptions: KeyOptions
        @OptionGroup var serverOptions: ServerOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if localFile != nil && fileOption != nil {
                throw ValidationError("报告文件只需给一次：FILE 或 --file / Give the report file once, as FILE or --file.")
            }
        }

        func run() async throws {
            let file = localFile ?? fileOption
            let key = try keyOptions.load()
            let report = try file.map { path throws(CLIFailure) in (path: path, round: try ReportFile.load(path).report.round) }
            let client = APIClient(baseURL: try serverOptions.baseURL(), retry: serverOptions.retryPolicy)
            let choice = try await client.chooseRound(round, file: report, key: key)
            let list = try await client.versionList(round: choice.round, key: key)
            if output.isJSON {
                ResultPrinter.json(list.versions)
            } else {
                Console.out(choice.reasonLine)
                ResultPrinter.versions(list)
                for line in choice.otherLines { Console.out(line) }
            }
        }
    }
}
