import ArgumentParser
import Foundation

/// `zicha-server init`: the one command that makes a database (and its master key).
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "新建数据库及其主密钥 / Create the database and its master key.",
        discussion: """
            新建 SQLite 数据库（含内置的 73 个填报单位和 2017 轮次）和加密各单位签名密钥的主密钥文件，权限均为 0600。
            其他命令都不会新建数据库：--db 写错时会报错（退出码 2），而不是悄悄建一个空库。主密钥请与数据库备份分开保存。
            Creates the SQLite database (with the built-in 73 filers and the 2017 round) and the master key file that
            seals the filers' signing secrets, both mode 0600. No other command creates a database: a mistyped --db is
            an error (exit 2), never a new empty database. Keep the master key apart from the database's backups.

            示例 / Example:
              zicha-server init --db /srv/zicha/zicha.sqlite
              export ZICHA_DB=/srv/zicha/zicha.sqlite   # 之后的命令默认用它 / later commands use it by default
            """)

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await failingClearly {
            let store = try database.create()
            let filers = try await store.filers().count
            print(
                """
                已创建数据库 \(database.db)（\(filers) 个填报单位）和主密钥 \(database.masterKeyPath)，权限 0600。
                Created the database \(database.db) (\(filers) filers) and the master key \(database.masterKeyPath), mode 0600.
                下一步 / Next: zicha-server reviewer add 姓名 --db \(database.db); zicha-server key issue CODE --out CODE.key.json; zicha-server serve
                """)
        }
    }
}
