import Foundation
import GRDB
import Server
import Shared
import Testing

/// The migrations build what the top-level `schema.sql` documents, released migrations never
/// change, and a database made by the released binary upgrades in place.
@Suite("Schema")
struct SchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let schemaFile = root.appendingPathComponent("schema.sql")
    static let migrationsFolder = root.appendingPathComponent("Sources/Server/Resources/Migrations")
    static let releasedFixture = root.appendingPathComponent("Tests/ServerTests/Fixtures/released-v1.sqlite")

    /// SHA-256 of every released migration file: a released migration is never edited.
    static let released: [String: String] = [
        "0001-initial.sql": "769607edc395e3d637afe1671dfac41be144e6c77f1e30b4a66d75f26c0ffe6e",
        "0002-filings.sql": "e91daba384a848a43bb1185bc4a4f894b43e41f7af42df193b1a2b8b00f75fa1",
        "0003-version-share-counts.sql": "6a7d7e4a0f2fedc219a96a784b3a361997c731b2f2f1a108d8cfe8f2596507a9",
        "0004-share-tallies-by-name.sql": "24133f0d4b7894d87bf58c522e0ee524aab366122670450a1de9fe02dd091434",
        "0007-sealed-key-secrets.sql": "0085dde31961f66d70ca2393d4176a0713647cf624956af93d4a7dcab9218236",
        "0005-review-comments.sql": "be4fbed36161305040c9c012f23943646323dcff519260caba0207a71eb586bd",
        "0006-reviewer-views.sql": "65957329384f5dccd821307a1e662ca0b81245fe0cacc908b59613218e95d493",
        "0008-notices.sql": "78431edb3d514640b7de2241dd4bd5bf79ab8dd4e21829df0e0c930eefe7eb44",
        "0009-attachments.sql": "56fd7b9163df16b317817d811ba201dea8c4d371a04422a1693ba8dfe8af320c",
        "0010-round-archive.sql": "4ff9ea756ad9b756e8b61c8ef4aa082e597ff3ab6d4af29b9f6c76d396610192",
        "0011-deadline-extensions.sql": "da679bca94350de82becb5d3ba70eae15cd5f628ea9f65a0c6bfb436cc9f295d",
        "0012-finding-attachments.sql": "9cde53411082f5ed78c65a490ff733c28a302943a3b41a9f8bc8c8fb6c0d5027",
        "0013-version-lookups.sql": "a2b91850a87c2760938a8d44c8b79911b163a21a0212477d93cb486691acf9a8",
    ]

    static let masterQuery = """
        SELECT type, name, tbl_name, sql FROM sqlite_master
        WHERE tbl_name NOT LIKE 'grdb_%' ORDER BY type, name
        """

    @Test("a database built by the migrations has the tables, indexes and triggers of schema.sql applied by SQLite itself")
    func migrationsEqualSchemaFile() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let reference = try DatabaseQueue(path: server.directory.appendingPathComponent("reference.sqlite").path)
        let file = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        try await reference.write { db in try db.execute(sql: file) }
        let expected = try await reference.read { db in try Self.master(db) }
        let actual = try await server.store.pool.read { db in try Self.master(db) }
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

    @Test("every migration file is registered once, in the order of its number, and released files are unchanged")
    func migrationFilesFrozen() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.migrationsFolder.path).filter {
            $0.hasSuffix(".sql")
        }
        .sorted()
        #expect(files == Migrations.all.map(\.file))
        #expect(Set(Migrations.all.map(\.identifier)).count == Migrations.all.count)
        for (file, hash) in Self.released {
            let bytes = try Data(contentsOf: Self.migrationsFolder.appendingPathComponent(file))
            #expect(Hex.encode(Crypto.sha256(bytes)) == hash, "\(file) was released and must not change: add a new migration")
        }
    }

    @Test("a database made by the released binary (one filing, accepted) upgrades in place and keeps its data")
    func releasedDatabaseUpgrades() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let path = server.directory.appendingPathComponent("released.sqlite").path
        try FileManager.default.copyItem(atPath: Self.releasedFixture.path, toPath: path)
        let database = try AppDatabase(path: path)
        let fresh = try await server.store.pool.read { db in try Self.master(db) }
        #expect(try await database.pool.read { db in try Self.master(db) } == fresh)
        let applied = try await database.pool.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(Set(Migrations.all.map(\.identifier)).isSubset(of: Set(applied)))
        // The data is there: 73 filers, one accepted version whose stored counts equal its bytes'.
        #expect(try await database.filers().count == 73)
        let versions = try await database.versions(round: "2017", filer: "320000")
        #expect(versions.map(\.version) == [1])
        let bytes = try #require(try await database.reportBytes(round: "2017", filer: "320000", number: 1))
        let counts = try await database.acceptedShareCounts(round: "2017")
        #expect(counts.map(\.filer) == ["320000"])
        #expect(counts.first?.counts == ShareCounts(report: try ReportDecoder.decode(bytes)))
        // Converted by name, not recounted: the rows are there.
        let rows = try await database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM version_share_tallies") }
        #expect(rows == ShareID.allCases.count)
        #expect(try await database.verifyAudit().broken == nil)
        // Opening it again changes nothing and seeds nothing.
        let again = try AppDatabase(path: path)
        #expect(try await again.filers().count == 73)
    }

    private static func master(_ db: Database) throws -> [[String?]] {
        // Rows are not Sendable: compare their columns as text, the SQL without comments or spacing.
        try Row.fetchAll(db, sql: masterQuery).map { row in
            (0..<3).map { row[$0] as String? } + [(row[3] as String?).map(normalized)]
        }
    }

    /// SQL without `--` comments, white space folded (SQLite keeps a CREATE statement's text as written).
    static func normalized(_ sql: String) -> String {
        sql.split(separator: "\n").map { line in
            line.range(of: "--").map { String(line[..<$0.lowerBound]) } ?? String(line)
        }.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
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
