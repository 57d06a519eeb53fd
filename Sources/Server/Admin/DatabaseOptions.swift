import ArgumentParser
import Foundation

/// `--db PATH` and `--master-key PATH`, shared by every subcommand.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite 数据库文件 / the SQLite database file (created on first use).")
    var db: String = "zicha.sqlite"

    @Option(
        name: .customLong("master-key"),
        help:
            "主密钥文件（默认在数据库旁：<db>.master-key），加密保存各单位签名密钥 / the master key file (default beside the database: <db>.master-key) that seals the filers' signing secrets."
    )
    var masterKey: String?

    /// The master key file in use.
    var masterKeyPath: String { masterKey ?? db + ".master-key" }

    /// Opens (and if needed creates and migrates) the database with its master key, or exits with
    /// a clear message. A missing key file is created, unless the database already holds sealed
    /// secrets: then another key would open nothing, and the command stops naming the path.
    func open(clock: any ServerClock = SystemClock()) throws -> AppDatabase {
        do {
            let key: MasterKey
            if FileManager.default.fileExists(atPath: masterKeyPath) {
                key = try MasterKey.load(path: masterKeyPath)
            } else {
                if FileManager.default.fileExists(atPath: db), try AppDatabase(path: db, clock: clock).hasSealedSecretsNow() {
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
