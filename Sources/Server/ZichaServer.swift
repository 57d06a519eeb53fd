import ArgumentParser
import Foundation
import UsageErrors

/// `zicha-server`: the filing server and the administrator's commands on its database.
@main
struct ZichaServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zicha-server",
        abstract: "政务服务平台自查填报服务器 / Zicha filing server and administration.",
        discussion: """
            退出码 / Exit codes: 0 成功 success, 1 失败 failed, 2 用法错误或审计链断裂 usage error or broken audit chain.
            """,
        subcommands: [
            ServeCommand.self, RoundCommand.self, FilerCommand.self, KeyCommand.self, ReviewerCommand.self,
            AuditCommand.self, SampleCommand.self, BackupCommand.self,
        ])

    /// Parses and runs like the parser's own `main`, except that usage errors are said in
    /// Chinese and English and exit 2 (the parser's default is 64), as in `zicha`.
    static func main() async {
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if let usage = UsageError(error, root: Self.self) {
                FileHandle.standardError.write(Data((usage.lines.joined(separator: "\n") + "\n").utf8))
                Foundation.exit(UsageError.exitStatus)
            }
            exit(withError: error)
        }
    }
}
