import ArgumentParser
import Foundation
import Shared

/// `zicha-server reviewer add|revoke|list`.
struct ReviewerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviewer", abstract: "审核人令牌 / Reviewers' bearer tokens.", subcommands: [Add.self, Revoke.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "添加审核人并显示一次令牌（只保存其哈希） / Add a reviewer; prints the token once (only its hash is stored).",
            discussion: """
                示例 / Example:
                  zicha-server reviewer add 张三
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "审核人姓名 / reviewer name.")
        var name: String

        func validate() throws {
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("姓名不能为空 / name must not be empty")
            }
        }

        func run() async throws {
            try await failingClearly {
                let token = ReviewerToken.generate()
                _ = try await database.open().addReviewer(
                    name: name, tokenSHA256: ReviewerToken.hash(token), actor: AdminActor.current, at: Date())
                FileHandle.standardError.write(
                    Data("审核人 \(name) 的令牌如下，只显示这一次，请妥善保管 / the token of reviewer \(name), shown this once only:\n".utf8))
                print(token)
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "吊销审核人令牌 / Revoke a reviewer's token.",
            discussion: """
                示例 / Example:
                  zicha-server reviewer revoke 张三
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "审核人姓名 / reviewer name.")
        var name: String

        func run() async throws {
            try await failingClearly {
                _ = try await database.open().revokeReviewer(name: name, actor: AdminActor.current, at: Date())
                print("已吊销 / revoked: \(name)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "列出审核人 / List reviewers.",
            discussion: """
                示例 / Example:
                  zicha-server reviewer list
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: ListFormatOptions

        func run() async throws {
            try await failingClearly {
                var list = ListOutput([
                    ("审核人 reviewer", "name"), ("状态 state", "state"), ("添加于 added", "createdAt"), ("吊销于 revoked", "revokedAt"),
                ])
                for reviewer in try await database.open().reviewers() {
                    list.append([
                        reviewer.name, reviewer.state.rawValue, ReadableTime.of(reviewer.createdAt) as String,
                        ReadableTime.of(reviewer.revokedAt) as String?,
                    ])
                }
                list.print(output)
            }
        }
    }
}

/// Reviewer bearer tokens: 32 random bytes, stored only as their SHA-256.
package enum ReviewerToken {
    /// A new token, `zr_` and 64 hex digits.
    package static func generate() -> String { "zr_" + Hex.encode(Crypto.randomBytes(32)) }

    /// The stored form of a token.
    package static func hash(_ token: String) -> String { Hex.encode(Crypto.sha256(Array(token.utf8))) }
}
