import ArgumentParser
import Foundation
import Shared

/// `zicha-server round extensions ROUND`: the filers granted a deadline of their own.
struct RoundExtensionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extensions",
        abstract: "列出单个单位的延期 / List the deadlines granted to single filers.",
        discussion: """
            每行一个单位：延期后的截止日、原因、批准时间和操作人（由 round extend --filer 写入）。
            One row a filer: its own deadline, the reason, when and by whom it was granted (round extend --filer).

            示例 / Examples:
              zicha-server round extensions 2017
              zicha-server round extensions 2017 --format json
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: ListFormatOptions

    @Argument(help: "轮次编号 / round id.")
    var id: String

    func run() async throws {
        try await failingClearly {
            let store = try database.open()
            guard try await store.round(id: id) != nil else { throw StoreError.unknownRound(id) }
            var list = ListOutput([
                ("单位 filer", "filer"), ("名称 name", "name"), ("延期至 deadline", "deadline"), ("批准于 granted", "grantedAt"),
                ("操作人 by", "grantedBy"), ("原因 reason", "reason"),
            ])
            for granted in try await store.deadlineExtensions(round: id) {
                list.append([
                    granted.filer, granted.name, granted.deadline.description, ReadableTime.of(granted.grantedAt) as String,
                    granted.grantedBy, granted.reason,
                ])
            }
            list.print(output)
        }
    }
}
