import ArgumentParser

/// `zicha-server`: the filing server and the administrator's commands on its database.
@main
struct ZichaServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zicha-server",
        abstract: "政务服务平台自查填报服务器 / Zicha filing server and administration.",
        subcommands: [
            ServeCommand.self, RoundCommand.self, FilerCommand.self, KeyCommand.self, ReviewerCommand.self,
            AuditCommand.self, SampleCommand.self, BackupCommand.self,
        ])
}
