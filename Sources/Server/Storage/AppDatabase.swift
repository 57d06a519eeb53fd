// `stat` is declared by whichever module first includes <sys/stat.h>: in a release (whole-module)
// build that loads ZIPFoundation through Workbook, it is CoreFoundation's.
import Foundation
import GRDB
import Shared

/// The server's SQLite database (GRDB `DatabasePool`, WAL).
///
/// Durability: `synchronous = FULL`. In WAL mode NORMAL can lose the last transactions on power
/// loss (not on a crash of the process); a filer holding a receipt for a version the server then
/// lost would be worse than one fsync per upload, and uploads are few (73 filers per round).
/// Foreign keys are on; writers wait up to 10 s for a lock instead of failing.
package struct AppDatabase: Sendable {
    package let pool: DatabasePool
    /// Seals and opens filers' signing secrets; nil only where no key is issued or read (tests).
    package let masterKey: MasterKey?

    /// Opens (creating if needed) the database at `path`, applies the migrations (`Migrations`),
    /// and gives a database in which nothing has happened yet (no audit event) the built-in
    /// filers and round `2017`. `readers` bounds the connections that read beside the writer.
    package init(path: String, clock: any ServerClock = SystemClock(), masterKey: MasterKey? = nil, readers: Int = 5) throws {
        self.masterKey = masterKey
        Self.protectFiles(of: path)
        var configuration = Configuration()
        configuration.label = "zicha"
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.maximumReaderCount = max(1, readers)
        pool = try DatabasePool(path: path, configuration: configuration)
        // Set on the pool's one writer connection, after GRDB's WAL setup has made it NORMAL.
        // secure_delete: a sealed secret's plaintext leaves no trace in freed pages.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON") }
        try Migrations.migrator().migrate(pool)
        let now = ChinaTime.format(clock.now())
        try pool.write { db in
            if try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM audit_events)")! { try Self.seed2017(db, now: now) }
        }
        // Secrets stored before they were sealed are sealed the first time the master key is given.
        _ = try sealStoredSecrets(actor: "system", at: clock.now())
    }

    /// The database holds every filer's signing secret: it, its WAL and shared-memory files and
    /// every backup are the server account's alone. The umask makes SQLite create them 0600; an
    /// existing file that group or others can read is narrowed to 0600 here, before it is opened.
    static func protectFiles(of path: String) {
        umask(0o077)
        for file in [path, path + "-wal", path + "-shm"] { narrowToOwner(file) }
    }

    /// Makes `file` 0600 when group or others can read or write it; a missing file is left alone.
    static func narrowToOwner(_ file: String) {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: file))?[.posixPermissions] as? Int,
            mode & 0o077 != 0
        else { return }
        try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
    }

    /// The round of the 2017 notice (国办函〔2017〕115号): due by the end of 2017-12-31, CST.
    package static let round2017 = (
        id: "2017", title: "全国互联网政务服务平台自查整改情况报送（国办函〔2017〕115号）",
        deadline: Day(year: 2017, month: 12, day: 31)!
    )

    private static func seed2017(_ db: Database, now: String) throws {
        for filer in BuiltInFilers.all {
            try db.execute(
                sql: "INSERT INTO filers (code, name, name_en, kind, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [filer.code, filer.name, filer.nameEn, filer.kind.rawValue, now])
            try db.appendAudit(
                time: now, actor: "system", action: "filer.add", subject: filer.code,
                details: ["name": filer.name, "kind": filer.kind.rawValue])
        }
        let round = round2017
        try insertRound(
            db, id: round.id, title: round.title, deadline: round.deadline, roster: BuiltInFilers.all.map(\.code),
            actor: "system", now: now)
    }

    static func insertRound(
        _ db: Database, id: String, title: String, deadline: Day, roster: [String], actor: String, now: String
    ) throws {
        try db.execute(
            sql: "INSERT INTO rounds (id, title, deadline, created_at) VALUES (?, ?, ?, ?)",
            arguments: [id, title, deadline.description, now])
        for code in roster {
            try db.execute(sql: "INSERT INTO roster (round_id, filer_code) VALUES (?, ?)", arguments: [id, code])
        }
        try db.appendAudit(
            time: now, actor: actor, action: "round.create", subject: id,
            details: ["title": title, "deadline": deadline.description, "roster": roster.sorted().joined(separator: ",")])
    }
}
