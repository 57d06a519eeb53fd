import Foundation
import GRDB
import Server
import Shared
import Testing

/// The administrator's verbs beyond create and close, through the real `zicha-server`: only
/// `init` makes a database, deadlines are extended, rounds reopened and archived, rosters
/// changed, lists have headers or JSON, `serve` says where the pages are. Every change audited.
@Suite("Administrator's verbs")
struct AdminVerbTests {
    /// A `--db` typo never makes a new database: every command but `init` exits 2 naming the path,
    /// and nothing is created (no database, no master key, no key file).
    @Test(
        "a database that does not exist is refused by every command, exit 2, nothing created",
        arguments: [
            ["round", "list"], ["filer", "list"], ["key", "issue", "110000", "--out", "KEYFILE"], ["reviewer", "add", "张三"],
            ["audit", "verify"], ["backup", "BACKUP"], ["serve", "--port", "0"],
            ["round", "extend", "2017", "--deadline", "2018-01-05", "--reason", "x"],
        ])
    func missingDatabase(arguments: [String]) async throws {
        let workspace = try Workspace(prefix: "zicha-admin")
        defer { workspace.remove() }
        let db = workspace.path("typo.sqlite")
        let resolved = arguments.map {
            $0 == "KEYFILE" ? workspace.path("k.json") : $0 == "BACKUP" ? workspace.path("b.sqlite") : $0
        }
        let result = try await ServerBinary.run(resolved + ["--db", db])
        #expect(result.status == 2, "\(result.output)")
        #expect(
            result.stderr.contains("数据库 \(db) 不存在") && result.stderr.contains("zicha-server init --db \(db)"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url.path).isEmpty, "nothing created")
    }

    @Test("init makes the database and its master key once; ZICHA_DB is the default database")
    func initAndEnvironment() async throws {
        let workspace = try Workspace(prefix: "zicha-admin")
        defer { workspace.remove() }
        let db = workspace.path("zicha.sqlite")
        let made = try await ServerBinary.run(["init", "--db", db])
        #expect(made.status == 0 && made.stdout.contains("73"), "\(made.output)")
        let before = try Data(contentsOf: URL(fileURLWithPath: db + ".master-key"))
        let again = try await ServerBinary.run(["init", "--db", db])
        #expect(again.status == 1 && again.stderr.contains("已存在"), "\(again.output)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db + ".master-key")) == before, "the master key is kept")

        let listed = try await ServerBinary.run(["round", "list", "--format", "json"], env: ["ZICHA_DB": db])
        #expect(listed.status == 0 && listed.stdout.contains("\"id\" : \"2017\""), "\(listed.output)")
        let elsewhere = try await ServerBinary.run(["round", "list"], env: ["ZICHA_DB": workspace.path("other.sqlite")])
        #expect(elsewhere.status == 2 && elsewhere.stderr.contains("other.sqlite"), "\(elsewhere.output)")
    }

    @Test("extend moves the deadline later with its reason audited; reopen and archive; refusals change nothing")
    func roundLifecycle() async throws {
        let workspace = try Workspace(prefix: "zicha-admin")
        defer { workspace.remove() }
        let db = workspace.path("zicha.sqlite")
        try await ServerBinary.initialise(db)
        func run(_ arguments: String...) async throws -> CommandResult { try await ServerBinary.run(arguments + ["--db", db]) }

        var result = try await run("round", "extend", "2017", "--deadline", "2017-12-20", "--reason", "误操作")
        #expect(result.status == 1 && result.stderr.contains("later than"), "\(result.output)")
        result = try await run("round", "extend", "2017", "--deadline", "2018-01-05", "--reason", " ")
        #expect(result.status == 2, "an empty reason is a usage error: \(result.output)")
        result = try await run("round", "extend", "2017", "--deadline", "2018-01-05", "--reason", "国办通知延期")
        #expect(
            result.status == 0 && result.stdout.contains("2017-12-31") && result.stdout.contains("2018-01-05"), "\(result.output)"
        )

        result = try await run("round", "reopen", "2017", "--reason", "x")
        #expect(result.status == 1 && result.stderr.contains("not closed"), "\(result.output)")
        #expect(try await run("round", "close", "2017").status == 0)
        result = try await run("round", "reopen", "2017", "--reason", "补报材料")
        #expect(result.status == 0, "\(result.output)")

        #expect(try await run("round", "create", "pilot", "--deadline", "2099-01-31", "--roster", "regions").status == 0)
        #expect(try await run("round", "archive", "pilot").status == 0)
        result = try await run("round", "archive", "pilot")
        #expect(result.status == 1 && result.stderr.contains("archived"), "\(result.output)")
        result = try await run("round", "reopen", "pilot", "--reason", "x")
        #expect(result.status == 1 && result.stderr.contains("archived"), "\(result.output)")
        let shown = try await run("round", "list", "--format", "json").stdout
        let all = try await run("round", "list", "--all", "--format", "json").stdout
        #expect(!shown.contains("pilot") && all.contains("\"state\" : \"archived\""), "\(shown) \(all)")

        let store = try AppDatabase(path: db, masterKey: MasterKey.load(path: db + ".master-key"))
        let round = try #require(try await store.round(id: "2017"))
        #expect(round.deadline.description == "2018-01-05" && !round.isClosed)
        let pilot = try #require(try await store.round(id: "pilot"))
        #expect(pilot.isClosed && pilot.archivedAt != nil)
        #expect(try await store.rounds(forFiler: "320000").map(\.id) == ["2017"], "an archived round is not offered to filers")
        let events = try store.pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT action, subject, details FROM audit_events WHERE action LIKE 'round.%' ORDER BY seq")
        }
        #expect(
            events.map { $0["action"] as String } == [
                "round.create", "round.extend", "round.close", "round.reopen", "round.create", "round.archive",
            ],
            "\(events)")
        let extend: String = events[1]["details"]
        #expect(extend.contains("国办通知延期") && extend.contains("2017-12-31") && extend.contains("2018-01-05"))
        #expect(try await run("audit", "verify").status == 0)
    }

    @Test("roster add and remove: unknown or present codes refused, a filer that filed stays; audited")
    func roster() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let db = server.databasePath
        func run(_ arguments: String...) async throws -> CommandResult { try await ServerBinary.run(arguments + ["--db", db]) }
        #expect(try await run("round", "create", "2030", "--deadline", "2030-12-31", "--roster", "departments").status == 0)

        var result = try await run("round", "roster", "add", "2030", "110000", "990000")
        #expect(result.status == 1 && result.stderr.contains("990000"), "\(result.output)")
        result = try await run("round", "roster", "add", "2030", "bm05")
        #expect(result.status == 1 && result.stderr.contains("already on"), "\(result.output)")
        result = try await run("round", "roster", "add", "2030", "11000x")
        #expect(result.status == 2, "\(result.output)")
        #expect(try await server.store.roster(round: "2030").count == 41, "nothing added by a refusal")
        result = try await run("round", "roster", "add", "2030", "110000", "320000")
        #expect(result.status == 0, "\(result.output)")
        #expect(try await server.store.roster(round: "2030").count == 43)

        // 320000 filed in 2017: it stays on that roster; off a roster it never filed on, it goes.
        let key = try await server.issueKey("320000")
        try await server.storeUnchecked(TestReports.bytes(TestReports.jiangsu()), key: key)
        result = try await run("round", "roster", "remove", "2017", "320000")
        #expect(result.status == 1 && result.stderr.contains("1 version"), "\(result.output)")
        #expect(try await server.store.roster(round: "2017").contains("320000"))
        result = try await run("round", "roster", "remove", "2030", "320000")
        #expect(result.status == 0, "\(result.output)")
        result = try await run("round", "roster", "remove", "2030", "320000")
        #expect(result.status == 1 && result.stderr.contains("not on"), "\(result.output)")
        #expect(try await !server.store.roster(round: "2030").contains("320000"))
        let actions = try await server.store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT action FROM audit_events WHERE action LIKE 'round.roster.%' ORDER BY seq")
        }
        #expect(actions == ["round.roster.add", "round.roster.add", "round.roster.remove"])
    }

    @Test("round create refuses a past deadline unless --allow-past")
    func pastDeadline() async throws {
        let workspace = try Workspace(prefix: "zicha-admin")
        defer { workspace.remove() }
        let db = workspace.path("zicha.sqlite")
        try await ServerBinary.initialise(db)
        let refused = try await ServerBinary.run(["round", "create", "old", "--deadline", "2020-01-01", "--db", db])
        #expect(refused.status == 1 && refused.stderr.contains("--allow-past"), "\(refused.output)")
        #expect(try await ServerBinary.run(["round", "list", "--all", "--db", db]).stdout.contains("old") == false)
        let allowed = try await ServerBinary.run([
            "round", "create", "old", "--deadline", "2020-01-01", "--allow-past", "--db", db,
        ])
        #expect(allowed.status == 0, "\(allowed.output)")
    }

    @Test("serve names the pages and warns while no reviewer exists")
    func serveBanner() async throws {
        let workspace = try Workspace(prefix: "zicha-admin")
        defer { workspace.remove() }
        let db = workspace.path("zicha.sqlite")
        let log = workspace.file("serve.log")
        var server = try await ServerProcess.start(db: db, log: log)
        var text = try String(contentsOf: log, encoding: .utf8)
        #expect(text.contains("\(server.url)/web") && text.contains("\(server.url)/public/"), "\(text)")
        #expect(text.contains("尚无审核人") && text.contains("reviewer add"), "\(text)")
        await server.stop()
        #expect(try await ServerBinary.run(["reviewer", "add", "张三", "--db", db]).status == 0)
        try FileManager.default.removeItem(at: log)
        server = try await ServerProcess.start(db: db, log: log)
        text = try String(contentsOf: log, encoding: .utf8)
        #expect(text.contains("/web") && !text.contains("尚无审核人"), "\(text)")
        await server.stop()
    }

    @Test(
        "every administrator's command has help with an example",
        arguments: [
            "init", "serve", "round create", "round list", "round close", "round reopen", "round extend", "round extensions",
            "round archive",
            "round roster add", "round roster remove", "filer add", "filer list", "key issue", "key rotate", "key revoke",
            "key list", "reviewer add", "reviewer revoke", "reviewer list", "audit verify", "sample generate", "backup",
            "filer contact add", "filer contact remove", "filer contact list", "round reminders",
        ])
    func helpHasExamples(command: String) async throws {
        let help = try await ServerBinary.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(
            help.status == 0 && help.stdout.contains("示例 / Example") && help.stdout.contains("zicha-server \(command)"),
            "\(help.stdout)")
    }
}
