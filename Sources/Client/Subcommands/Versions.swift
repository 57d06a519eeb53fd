import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha versions`: the filer's versions in a round, one line each.
    struct Versions: AsyncParsableCommand, RoundReadWording {
        static let configuration = CommandConfiguration(
            commandName: "versions",
            abstract: "列出已报送的各版本 / List the stored versions.",
            discussion: """
                轮次的选法同 `zicha status` / The round is chosen as by `zicha status`.

                示例 / Examples:
                  zicha versions --round 2017 --key 420000.key --server https://zicha.example.gov.cn
                  zicha versions hubei-2017.json
                """)

        static let fileArgumentHelp = "报告文件（可选）：列出其轮次的版本 / Report file (optional): list its round's versions."
        static let roundHelp = "轮次（默认：同 zicha status）/ Round (default: as zicha status chooses)."

        @OptionGroup var filerRead: RoundReadOptions<Versions>
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let (_, _, choice, list) = try await filerRead.read()
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
