import Foundation
import GRDB
import Server
import Shared
import Testing

/// The server applies exactly the top-level `schema.sql`, so the two cannot drift.
@Suite("Schema")
struct SchemaTests {
    static let schemaFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema.sql")

    @Test("the schema embedded in the server is the text of schema.sql")
    func embeddedTextIsTheFile() throws {
        let file = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        // A multi-line literal drops the file's final newline.
        #expect(Schema.v1 + "\n" == file)
    }

    @Test("a server-made database has the sqlite_master of schema.sql applied by SQLite itself")
    func sameSQLiteMaster() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let reference = try DatabaseQueue(path: server.directory.appendingPathComponent("reference.sqlite").path)
        let file = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        try await reference.write { db in try db.execute(sql: file) }

        let query = """
            SELECT type, name, tbl_name, sql FROM sqlite_master
            WHERE tbl_name NOT LIKE 'grdb_%' ORDER BY type, name
            """
        // Rows are not Sendable: compare their columns as text.
        let expected = try await reference.read { db in try Self.columns(db, query) }
        let actual = try await server.store.pool.read { db in try Self.columns(db, query) }
        #expect(actual == expected)
        #expect(expected.count > 20)
        let notStrict = try await server.store.pool.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM pragma_table_list
                    WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' AND strict = 0
                    """)
        }
        #expect(notStrict.isEmpty)
    }

    private static func columns(_ db: Database, _ query: String) throws -> [[String?]] {
        try Row.fetchAll(db, sql: query).map { row in (0..<4).map { row[$0] as String? } }
    }

    @Test("the database runs in WAL mode with foreign keys and FULL synchronous")
    func pragmas() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let (journal, foreignKeys, synchronous) = try await server.store.pool.write { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
                try Int.fetchOne(db, sql: "PRAGMA synchronous")
            )
        }
        #expect(journal == "wal")
        #expect(foreignKeys == 1)
        #expect(synchronous == 2)
    }

    @Test("a new database holds the 73 built-in filers and round 2017 due 2017-12-31 with all of them")
    func seeded() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let filers = try await server.store.filers()
        #expect(filers.count == 73)
        #expect(filers.filter { $0.kind == .region }.count == 31)
        #expect(filers.filter { $0.kind == .corps }.map(\.code) == ["660000"])
        #expect(filers.first { $0.code == "bm07" }?.name == "工业和信息化部")
        let round = try #require(try await server.store.round(id: "2017"))
        #expect(round.deadline.description == "2017-12-31")
        #expect(round.title.contains("2017"))
        #expect(!round.isClosed)
        #expect(try await server.store.roster(round: "2017") == Set(filers.map(\.code)))
        // Opening it again does not seed twice.
        let reopened = try AppDatabase(path: server.databasePath)
        #expect(try await reopened.filers().count == 73)
    }
}
