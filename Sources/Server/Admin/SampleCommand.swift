import ArgumentParser
import Foundation
import Shared

/// `zicha-server sample generate`: the notice's sample round as report files to sign and upload.
struct SampleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample", abstract: "示例数据 / Sample data.", subcommands: [Generate.self])

    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "按 2017 年通报的抽样生成 32 个地区的报告（201 个平台、865 个事项） / Write one report per regional filer shaped like the 2017 notice's sample (201 platforms, 865 service items).",
            discussion: """
                示例 / Example:
                  zicha-server sample generate --out sample/
                """
        )

        @Option(help: "输出目录 / output directory.")
        var out: String

        @Option(help: "轮次 / round.")
        var round: String = "2017"

        @Option(name: .customLong("prepared-on"), help: "填报日期 / the reports' preparedOn (YYYY-MM-DD).")
        var preparedOn: String = SampleFiles.defaultPreparedOn.description

        func validate() throws {
            guard Identifier.isRoundOrKeyID(round) else { throw ValidationError("--round 无效 / invalid round id") }
            guard Day(preparedOn) != nil else { throw ValidationError("--prepared-on 应为 YYYY-MM-DD / must be YYYY-MM-DD") }
        }

        func run() async throws {
            try await failingClearly {
                let files = try SampleFiles.write(
                    to: URL(fileURLWithPath: out, isDirectory: true), round: round,
                    preparedOn: Day(preparedOn) ?? SampleFiles.defaultPreparedOn)
                print("已生成 \(files.count) 份报告 / wrote \(files.count) reports to \(out)")
            }
        }
    }
}
