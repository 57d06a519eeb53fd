import ArgumentParser
import Foundation

/// `zicha-server round reopen ROUND --reason TEXT`.
struct RoundReopenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "重新开放已关闭的轮次 / Open a closed round to uploads again.",
        discussion: """
            已归档的轮次不能重新开放。原因记入审计日志。/ An archived round cannot be reopened. The reason is audited.

            示例 / Example:
              zicha-server round reopen 2017 --reason "补报西藏自治区的整改材料"
            """)

    @OptionGroup var round: RoundTarget

    @Option(help: "原因（记入审计日志）/ why (kept in the audit log).")
    var reason: String

    func run() async throws {
        try await failingClearly {
            try await round.database.open().reopenRound(id: round.id, reason: reason, actor: AdminActor.current, at: Date())
            print("轮次 \(round.id) 已重新开放，可以上传 / round \(round.id) reopened: uploads are accepted again")
        }
    }
}

/// `zicha-server round archive ROUND`.
struct RoundArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "归档轮次：关闭并不再默认显示 / Archive a round: closed, and no longer offered by default.",
        discussion: """
            归档的轮次保留全部数据，但不再是填报端的默认轮次、审核人登录后的默认看板，也不在 round list 中（--all 可见）。
            用于试点或测试轮次，以及已结束的年度。
            An archived round keeps all its data but is no longer the filers' default round, the reviewers' first
            dashboard, or listed by round list (--all shows it). For pilot or test rounds and finished years.

            示例 / Example:
              zicha-server round archive pilot
            """)

    @OptionGroup var round: RoundTarget

    func run() async throws {
        try await failingClearly {
            try await round.database.open().archiveRound(id: round.id, actor: AdminActor.current, at: Date())
            print("轮次 \(round.id) 已归档 / round \(round.id) archived")
        }
    }
}
