import ArgumentParser
import Foundation
import Shared

/// `zicha-server round create|close|list`.
struct RoundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round", abstract: "填报轮次 / Filing rounds.",
        subcommands: [Create.self, Close.self, List.self, RoundRemindersCommand.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "新建轮次及其名单 / Create a round and its roster.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "轮次编号（字母、数字、. _ -） / round id (letters, digits, . _ -).")
        var id: String

        @Option(help: "截止日（中国标准时间当天结束） / deadline day YYYY-MM-DD (until its end, China Standard Time).")
        var deadline: String

        @Option(help: "标题 / title.")
        var title: String?

        @Option(help: "regions | departments | all | FILE.csv")
        var roster: String = "all"

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
        static let configuration = CommandConfiguration(abstract: "关闭轮次，之后拒收上传 / Close a round: later uploads are refused.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "轮次编号 / round id.")
        var id: String

        func run() async throws {
            try await failingClearly {
                try await database.open().closeRound(id: id, actor: AdminActor.current, at: Date())
                print("轮次 \(id) 已关闭 / round \(id) closed")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出轮次 / List rounds.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await failingClearly {
                let store = try database.open()
                for round in try await store.rounds() {
                    let size = try await store.roster(round: round.id).count
                    let state = round.closedAt.map { "closed \($0)" } ?? "open"
                    print("\(round.id)\t\(round.deadline)\t\(state)\t\(size) filers\t\(round.title)")
                }
            }
        }
    }
}
