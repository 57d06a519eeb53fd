import ArgumentParser

/// `zicha-server audit verify`.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "审计日志 / The audit log.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "校验审计日志哈希链，发现改动时以非零状态退出 / Verify the audit hash chain; exits non-zero at the first broken event.",
            discussion: """
                示例 / Example:
                  zicha-server audit verify --db /srv/zicha/zicha.sqlite
                """)

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await failingClearly {
                let result = try await database.open().verifyAudit()
                if let broken = result.broken {
                    Self.report("审计日志在第 \(broken.seq) 条事件处断裂 / audit chain broken at event \(broken.seq): \(broken.reason)")
                    throw ExitCode(2)
                }
                for mismatch in result.content {
                    Self.report(
                        "第 \(mismatch.seq) 条事件（\(mismatch.action) \(mismatch.subject)）记录的 \(mismatch.row) 与现存数据不符 / "
                            + "event \(mismatch.seq) (\(mismatch.action) \(mismatch.subject)) no longer matches \(mismatch.row): \(mismatch.reason)"
                    )
                }
                if !result.content.isEmpty { throw ExitCode(2) }
                print(
                    "审计日志完好，所记内容与数据一致 / audit chain intact and every recorded row matches: \(result.events) events, head \(result.head)"
                )
            }
        }
    }
}
