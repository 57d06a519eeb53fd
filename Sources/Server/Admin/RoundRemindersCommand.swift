import ArgumentParser
import Foundation
import Shared

/// `zicha-server round reminders ROUND --days 5,1`: how many working days before the round's
/// deadline (and before follow-up due dates) filers are reminded.
struct RoundRemindersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders",
        abstract: "设置截止前几个工作日提醒（默认 5,1） / Set the working days before a deadline on which filers are reminded (default 5,1).",
        discussion: """
            同样适用于退回和抽查整改期限之前的提醒。none 表示不提前提醒（截止后的提醒照发）。
            Applies to reminders before follow-up due dates too. none: no reminder before (the one after is still sent).

            示例 / Examples:
              zicha-server round reminders 2017 --days 5,1
              zicha-server round reminders 2017 --days 10,3,1
              zicha-server round reminders 2017 --days none
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "轮次 / round id.")
    var round: String

    @Option(help: "逗号分隔的工作日数（1–30，最多5个），或 none / working days, comma-separated (1–30, at most 5), or none.")
    var days: String

    func validate() throws {
        guard Self.parse(days) != nil else {
            throw ValidationError(
                "--days 应为 1–30 之间、逗号分隔的最多5个不同的数，或 none / must be at most 5 distinct numbers 1–30, comma-separated, or none")
        }
    }

    /// `5,1` → [5, 1] (largest first); `none` → []; nil for anything else.
    static func parse(_ text: String) -> [Int]? {
        if text == "none" { return [] }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        guard (1...5).contains(parts.count), parts.allSatisfy({ $0.map { (1...30).contains($0) } ?? false }) else { return nil }
        let values = parts.compactMap { $0 }
        guard Set(values).count == values.count else { return nil }
        return values.sorted(by: >)
    }

    func run() async throws {
        try await failingClearly {
            let values = Self.parse(days) ?? []
            try await database.open().setReminderDays(round: round, days: values, actor: AdminActor.current, at: Date())
            let text = values.isEmpty ? "不提前提醒 / none before" : values.map(String.init).joined(separator: ",")
            print("轮次 \(round) 的提醒日 / reminder days of round \(round): \(text)")
        }
    }
}
