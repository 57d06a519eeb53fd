import ArgumentParser
import Foundation

/// `--db PATH` (default `$ZICHA_DB`, else `zicha.sqlite`) and `--master-key PATH`, shared by
/// every subcommand. Only `zicha-server init` creates a database: a typo in `--db` must not
/// silently make a new, empty one where a key issued would look normal.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "SQLite 数据库文件（默认 $ZICHA_DB，否则 zicha.sqlite；由 zicha-server init 创建）/ the SQLite database file (default: $ZICHA_DB, else zicha.sqlite; made by zicha-server init).",
            valueName: "path"))
    var dbOption: String?

    @Option(
        name: .customLong("master-key"),
        help: ArgumentHelp(
            "主密钥文件（默认在数据库旁：<db>.master-key），加密保存各单位签名密钥 / the master key file (default beside the database: <db>.master-key) that seals the filers' signing secrets.",
            valueName: "path"))
    var masterKey: String?

    /// The database file in use.
    var db: String {
        if let dbOption { return dbOption }
        if let fromEnvironment = ProcessInfo.processInfo.environment["ZICHA_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "zicha.sqlite"
    }

    /// The master key file in use.
    var masterKeyPath: String { masterKey ?? db + ".master-key" }

    /// Opens and migrates the existing database with its master key, or stops with a clear
    /// message: a database that does not exist (exit 2, naming the path and `init`), a missing
    /// master key while the database holds sealed secrets (another key would open nothing).
    func open(clock: any ServerClock = SystemClock()) throws -> AppDatabase {
        guard FileManager.default.fileExists(atPath: db) else { throw DatabaseMissing(path: db) }
        do {
            let key: MasterKey
            if FileManager.default.fileExists(atPath: masterKeyPath) {
                key = try MasterKey.load(path: masterKeyPath)
            } else {
                // A database from before sealing: its secrets are sealed under a new key on opening.
                if try AppDatabase(path: db, clock: clock).hasSealedSecretsNow() {
                    throw StoreError.masterKeyMissing(masterKeyPath)
                }
                key = try MasterKey.create(path: masterKeyPath)
            }
            return try AppDatabase(path: db, clock: clock, masterKey: key)
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        } catch {
            throw CommandFailure("无法打开数据库 \(db) / cannot open the database \(db): \(error)")
        }
    }

    /// Creates the database (migrated, with the built-in roster and round) and its master key,
    /// both 0600; refuses when either already exists.
    func create() throws -> AppDatabase {
        for path in [db, masterKeyPath] where FileManager.default.fileExists(atPath: path) {
            throw CommandFailure("\(path) 已存在，未做任何改动 / \(path) already exists; nothing was changed")
        }
        do {
            let key = try MasterKey.create(path: masterKeyPath)
            return try AppDatabase(path: db, clock: SystemClock(), masterKey: key)
        } catch {
            throw CommandFailure("无法创建数据库 \(db) / cannot create the database \(db): \(error)")
        }
    }
}

/// `--db` names no file: a usage error (exit 2), never a new empty database.
struct DatabaseMissing: Error, CustomStringConvertible {
    var path: String
    var description: String {
        "数据库 \(path) 不存在。新建请运行 zicha-server init --db \(path)；已有数据库请检查 --db 或 ZICHA_DB。/ The database \(path) does not exist. To make one, run zicha-server init --db \(path); otherwise check --db or ZICHA_DB."
    }
}

/// The acting administrator, as written to the audit log.
enum AdminActor {
    static var current: String {
        let user = ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
        return "admin:\(user.isEmpty ? "unknown" : user)"
    }
}

/// A failed command: its message goes to standard error, the exit status is 1, no stack trace.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

extension ParsableCommand {
    /// Runs `body`, turning store and command failures into a message and exit status 1.
    func failingClearly<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            Self.report(error.description)
        } catch let error as CommandFailure {
            Self.report(error.description)
        } catch let error as DatabaseMissing {
            Self.report(error.description)
            throw ExitCode(2)
        } catch let error as ContactError {
            Self.report(error.description)
        } catch let error as ExitCode {
            throw error
        } catch {
            Self.report("失败 / failed: \(error)")
        }
        throw ExitCode.failure
    }

    static func report(_ message: String) {
        FileHandle.standardError.write(Data("zicha-server: \(message)\n".utf8))
    }
}
