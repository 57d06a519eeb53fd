import ArgumentParser
import Foundation
import Shared

/// `zicha-server round roster add|remove ROUND CODE...`.
struct RoundRosterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster", abstract: "轮次名单 / A round's roster.", subcommands: [Add.self, Remove.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "把填报单位加入轮次名单 / Put filers on a round's roster.",
            discussion: """
                单位须已存在（zicha-server filer add）；有一个代码不对则都不加入。
                The filers must exist (zicha-server filer add); one wrong code and none is added.

                示例 / Example:
                  zicha-server round roster add 2017 bm43 bm44
                """)

        @OptionGroup var round: RoundTarget

        @Argument(help: "填报单位代码 / filer codes.")
        var codes: [String]

        func validate() throws {
            guard !codes.isEmpty else { throw ValidationError("至少给一个单位代码 / give at least one filer code") }
            for code in codes where !Identifier.isFilerCode(code) {
                throw ValidationError("填报单位代码无效 / invalid filer code \(code) (six digits or bm and two digits)")
            }
        }

        func run() async throws {
            try await failingClearly {
                try await round.database.open().addToRoster(round: round.id, codes: codes, actor: AdminActor.current, at: Date())
                print("已加入轮次 \(round.id) 的名单 / added to round \(round.id)'s roster: \(codes.joined(separator: ", "))")
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "把填报单位移出轮次名单 / Take a filer off a round's roster.",
            discussion: """
                已在该轮次报送过的单位不能移出（其版本须保留）。
                A filer that has filed in the round stays on it (its versions are kept).

                示例 / Example:
                  zicha-server round roster remove 2017 bm43
                """)

        @OptionGroup var round: RoundTarget

        @Argument(help: "填报单位代码 / filer code.")
        var code: String

        func run() async throws {
            try await failingClearly {
                try await round.database.open().removeFromRoster(
                    round: round.id, code: code, actor: AdminActor.current, at: Date())
                print("已将 \(code) 移出轮次 \(round.id) 的名单 / \(code) taken off round \(round.id)'s roster")
            }
        }
    }
}
