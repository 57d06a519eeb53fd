import ArgumentParser
import Foundation
import UsageErrors

/// `zicha`, the filer's command line: fill, validate, sign, upload and follow a self-inspection report.
@main
struct Zicha: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zicha",
        abstract: "政务服务平台自查填报客户端 / The filer's client for government-service platform self-inspection reports.",
        discussion: """
            典型流程 / A full cycle:
              zicha init --filer 110000 --round 2017 --output report.json
              zicha fill report.json
              zicha validate report.json
              zicha submit report.json --server https://zicha.example.gov.cn --key 110000.key
              zicha status

            退出码 / Exit codes: 0 成功 success, 1 被拒绝或不合格 refused or invalid,
            2 用法错误或无法读取输入 usage or unreadable input, 3 多次重试后仍无法连接服务器 server unreachable.
            """,
        subcommands: [
            Init.self, Fill.self, Import.self, Export.self, Validate.self, Attach.self, Sign.self, Verify.self, Upload.self,
            Submit.self, Status.self, Notices.self, Versions.self, Diff.self,
        ]
    )

    static func main() async {
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CLIFailure {
            Console.report(failure)
            Foundation.exit(failure.exitCode.rawValue)
        } catch {
            // The parser's usage errors exit 64 by default and speak English only; the documented
            // code is 2, and clerks read Chinese first.
            if let usage = UsageError(error, root: Self.self) {
                for line in usage.lines { Console.error(line) }
                Foundation.exit(UsageError.exitStatus)
            }
            exit(withError: error)
        }
    }
}
