import ArgumentParser
import Foundation
import Shared

/// `zicha-server round extend ROUND --deadline D --reason TEXT`.
struct RoundExtendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend",
        abstract: "推迟轮次的截止日（对所有单位）/ Move a round's deadline later, for every filer.",
        discussion: """
            新截止日须晚于现在的截止日；原因记入审计日志。截止日前后的报送状态按新截止日重新计算。
            The new deadline must be later than the current one; the reason goes to the audit log. Deadline statuses
            are computed against the new deadline from then on.

            示例 / Example:
              zicha-server round extend 2017 --deadline 2018-01-05 --reason "国办通知延期（国办函〔2017〕130号）"
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "轮次编号 / round id.")
    var id: String

    @Option(help: "新截止日 YYYY-MM-DD（中国标准时间当天结束）/ new deadline day (until its end, CST).")
    var deadline: String

    @Option(help: "延期原因（记入审计日志）/ why (kept in the audit log).")
    var reason: String

    func validate() throws {
        guard Day(deadline) != nil else { throw ValidationError("--deadline 应为真实日期 YYYY-MM-DD / must be a real date YYYY-MM-DD") }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("--reason 不能为空 / --reason must not be empty")
        }
    }

    func run() async throws {
        try await failingClearly {
            let store = try database.open()
            let before = try await store.round(id: id)?.deadline
            try await store.extendDeadline(round: id, to: Day(deadline)!, reason: reason, actor: AdminActor.current, at: Date())
            print(
                "轮次 \(id) 的截止日已由 \(before.map(\.description) ?? "?") 推迟到 \(deadline) / round \(id): deadline moved from \(before.map(\.description) ?? "?") to \(deadline)"
            )
        }
    }
}
