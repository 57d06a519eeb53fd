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
                示例 / Example:
                  zicha versions --round 2017 --key 420000.key --server https://zicha.example.gov.cn
                """)

        @Option(help: "轮次 / Round (default: the most recent).")
        var round: String?

        @OptionGroup var keyOptions: KeyOptions
        @OptionGroup var serverOptions: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let key = try keyOptions.load()
            let client = APIClient(baseURL: try serverOptions.baseURL(), retry: serverOptions.retryPolicy)
            let round = try await client.resolveRound(round, key: key)
            let list = try await client.versionList(round: round, key: key)
            if output.isJSON { ResultPrinter.json(list.versions) } else { ResultPrinter.versions(list) }
        }
    }
}
