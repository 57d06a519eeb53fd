import ArgumentParser
import Foundation
import Shared

/// `zicha-server round extend ROUND [--filer CODE] --deadline D --reason TEXT`.
struct RoundExtendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend",
        abstract: "推迟截止日：整个轮次，或经批准的单个单位 / Move a deadline later: for every filer, or for one as an approved exception.",
        discussion: """
            新截止日须晚于现在的截止日；原因记入审计日志。截止日前后的报送状态按新截止日重新计算。
            加 --filer 只为一个单位延期：它在轮次截止日之后、延期日之前首次报送记为“延期后按时”，
            与按时报送分开统计；一个单位可再次延期，每次须晚于上一次。
            The new deadline must be later than the current one; the reason goes to the audit log. Deadline statuses
            are computed against the new deadline from then on. With --filer the extension is that filer's alone: a
            first version after the round's deadline but by the new day counts as 延期后按时 (onTimeExtended), apart
            from on time; it can be extended again, each time later.

            示例 / Examples:
              zicha-server round extend 2017 --deadline 2018-01-05 --reason "国办通知延期（国办函〔2017〕130号）"
              zicha-server round extend 2017 --filer 540000 --deadline 2018-01-10 --reason "雪灾，经批准延期"
            """)

    @OptionGroup var round: RoundTarget

    @Option(help: "只为这个单位延期（须在名单上）/ extend for this filer alone (on the roster).")
    var filer: String?

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
            let store = try round.database.open()
            let day = Day(deadline)!
            if let filer {
                let before = try await store.filerDeadline(round: round.id, filer: filer)?.effective
                try await store.extendDeadline(
                    round: round.id, filer: filer, to: day, reason: reason, actor: AdminActor.current, at: Date())
                print(
                    "轮次 \(round.id) 中 \(filer) 的截止日已由 \(before.map(\.description) ?? "?") 推迟到 \(deadline)（仅此单位）/ round \(round.id): \(filer)'s deadline moved from \(before.map(\.description) ?? "?") to \(deadline) (this filer alone)"
                )
                return
            }
            let before = try await store.round(id: round.id)?.deadline
            try await store.extendDeadline(round: round.id, to: day, reason: reason, actor: AdminActor.current, at: Date())
            print(
                "轮次 \(round.id) 的截止日已由 \(before.map(\.description) ?? "?") 推迟到 \(deadline) / round \(round.id): deadline moved from \(before.map(\.description) ?? "?") to \(deadline)"
            )
        }
    }
}
