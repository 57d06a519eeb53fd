import ArgumentParser
import Foundation

/// `zicha-server backup PATH`: a consistent copy of the database, safe while the server runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "在线备份数据库，服务器运行时亦可 / Copy the database consistently, also while the server runs (SQLite online backup).",
        discussion: """
            副本经完整性检查和审计链校验后才以 PATH 命名。恢复：停止服务器，用副本替换数据库文件（并删除旧的 -wal、-shm 文件）。
            The copy gets its name PATH only after integrity_check and the audit chain pass on it. To restore: stop \
            the server, put the copy in place of the database file (removing the old -wal and -shm files), start it.

            示例 / Example:
              zicha-server backup /backups/zicha-2017-12-31.sqlite --db /srv/zicha/zicha.sqlite
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "备份文件，不得已存在 / the backup file to write; must not exist.")
    var path: String

    func run() async throws {
        try await failingClearly {
            do {
                let summary = try database.open().backup(to: path)
                print(
                    "备份完成 / backup written: \(path) — \(summary.versions) 个版本 / versions, "
                        + "\(summary.auditEvents) 条审计事件 / audit events, head \(summary.auditHead)"
                        + (summary.attachments > 0
                            ? "; \(summary.attachments) 个佐证材料文件 / attachment files in \(path).attachments" : ""))
            } catch let failure as AppDatabase.BackupFailure {
                throw CommandFailure("备份失败 / backup failed: \(failure.description)")
            }
        }
    }
}
