import ArgumentParser
import Foundation
import Shared

/// `zicha-server round create|list|close|reopen|extend|extensions|archive|roster|reminders`.
struct RoundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round", abstract: "填报轮次 / Filing rounds.",
        subcommands: [
            Create.self, List.self, Close.self, RoundReopenCommand.self, RoundExtendCommand.self, RoundExtensionsCommand.self,
            RoundArchiveCommand.self, RoundRosterCommand.self, RoundRemindersCommand.self,
        ])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "新建轮次及其名单 / Create a round and its roster.",
            discussion: """
                名单：regions（各省级地区和兵团）、departments（国务院部门）、all，或 CSV 文件（code,name[,nameEn,kind]）。
                截止日不能早于今天，除非加 --allow-past（例如补录往年的轮次）。
                Roster: regions, departments, all, or a CSV file (code,name[,nameEn,kind]). A deadline before today is
                refused unless --allow-past (e.g. to record a past year's round).

                示例 / Examples:
                  zicha-server round create 2018 --deadline 2018-12-31 --title "2018年自查" --roster regions
                  zicha-server round create pilot --deadline 2018-03-31 --roster pilot-filers.csv
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "轮次编号（字母、数字、. _ -） / round id (letters, digits, . _ -).")
        var id: String

        @Option(help: "截止日（中国标准时间当天结束） / deadline day YYYY-MM-DD (until its end, China Standard Time).")
        var deadline: String

        @Option(help: "标题 / title.")
        var title: String?

        @Option(help: "regions | departments | all | FILE.csv")
        var roster: String = "all"

        @Flag(name: .customLong("allow-past"), help: "允许截止日早于今天 / allow a deadline before today.")
        var allowPast = false

        func validate() throws {
            guard Identifier.isRoundOrKeyID(id) else {
                throw ValidationError("轮次编号只能含字母、数字和 . _ - / round id: letters, digits, . _ - only (1–64)")
            }
            guard Day(deadline) != nil else {
                throw ValidationError("--deadline 应为真实日期 YYYY-MM-DD / must be a real date YYYY-MM-DD")
            }
        }

        func run() async throws {
            try await failingClearly {
                let store = try database.open()
                guard try await store.round(id: id) == nil else { throw StoreError.roundExists(id) }
                let today = ChinaTime.day(of: Date())
                if !allowPast, Day(deadline)! < today { throw StoreError.deadlineInThePast(Day(deadline)!, today: today) }
                let codes = try await rosterCodes(store)
                try await store.createRound(
                    id: id, title: title ?? "填报轮次 \(id)", deadline: Day(deadline)!, roster: codes, actor: AdminActor.current,
                    at: Date())
                print(
                    "轮次 \(id) 已创建，截止 \(deadline)，名单 \(codes.count) 个单位 / round \(id) created: deadline \(deadline), \(codes.count) filers on the roster"
                )
            }
        }

        private func rosterCodes(_ store: AppDatabase) async throws -> [String] {
            let filers = try await store.filers()
            switch roster {
            case "all": return filers.map(\.code)
            case "regions": return filers.filter { $0.kind != .department }.map(\.code)
            case "departments": return filers.filter { $0.kind == .department }.map(\.code)
            default:
                let file = try RosterFile(path: roster)
                let known = Set(filers.map(\.code))
                for entry in file.entries where !known.contains(entry.code) {
                    guard Identifier.isFilerCode(entry.code) else {
                        throw CommandFailure("填报单位代码无效 / invalid filer code \(entry.code) (six digits or bm and two digits)")
                    }
                    // A file may bring new filers, provided it names them.
                    guard let name = entry.name else { throw StoreError.unknownFilers([entry.code]) }
                    try await store.addFiler(
                        code: entry.code, name: name, nameEn: entry.nameEn,
                        kind: entry.kind ?? FilerKind.implied(byCode: entry.code), actor: AdminActor.current, at: Date())
                }
                return file.entries.map(\.code)
            }
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "关闭轮次，之后拒收上传 / Close a round: later uploads are refused.",
            discussion: """
                关闭后上传得到 423；可用 round reopen 重新开放。/ Uploads then get 423; round reopen opens it again.

                示例 / Example:
                  zicha-server round close 2017
                """)

        @OptionGroup var round: RoundTarget

        func run() async throws {
            try await failingClearly {
                try await round.database.open().closeRound(id: round.id, actor: AdminActor.current, at: Date())
                print("轮次 \(round.id) 已关闭 / round \(round.id) closed")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "列出轮次 / List rounds.",
            discussion: """
                默认不列已归档的轮次（--all 全部列出）。/ Archived rounds are left out unless --all.

                示例 / Examples:
                  zicha-server round list
                  zicha-server round list --all --format json
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: ListFormatOptions

        @Flag(help: "也列出已归档的轮次 / also list archived rounds.")
        var all = false

        func run() async throws {
            try await failingClearly {
                let store = try database.open()
                var list = ListOutput([
                    ("轮次 round", "id"), ("截止 deadline", "deadline"), ("状态 state", "state"), ("关闭于 closed", "closedAt"),
                    ("名单 roster", "rosterSize"), ("标题 title", "title"),
                ])
                for round in try await store.rounds() where all || round.archivedAt == nil {
                    let size = try await store.roster(round: round.id).count
                    list.append([
                        round.id, round.deadline.description,
                        round.archivedAt != nil ? "archived" : round.isClosed ? "closed" : "open",
                        ReadableTime.of(round.closedAt) as String?, String(size), round.title,
                    ])
                }
                list.print(output)
            }
        }
    }
}
