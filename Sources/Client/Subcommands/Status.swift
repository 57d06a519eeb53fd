import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha status`: where the key's filer stands in a round.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "查看报送状态、各版本回执与审核意见 / Show deadline status, receipts and reviews.",
            discussion: """
                不给 --round 时显示本单位最近的轮次。 / Without --round, shows the filer's most recent round.

                示例 / Examples:
                  zicha status --key 420000.key --server https://zicha.example.gov.cn
                  zicha status --round 2017 --format json
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
            if output.isJSON { ResultPrinter.json(list) } else { ResultPrinter.status(list) }
        }
    }
}
