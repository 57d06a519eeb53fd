import Foundation
import Testing

/// The database holds every filer's signing secret: the real binary creates it, its WAL and
/// shared-memory files and its backups readable by the server account only, and narrows a
/// database that others could read before using it.
@Suite("File modes of the database and its backups")
struct FileModeTests {
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }

    @Test("the database, its -wal and -shm files and a backup are created 0600 by the real binary")
    func createdPrivate() async throws {
        let workspace = try Workspace(prefix: "zicha-modes")
        defer { workspace.remove() }
        let db = workspace.path("zicha.sqlite")
        #expect(try await ServerBinary.run(["init", "--db", db]).status == 0)
        #expect(try Self.mode(db) == 0o600 && Self.mode(db + ".master-key") == 0o600)
        #expect(
            try await ServerBinary.run(["key", "issue", "110000", "--db", db, "--out", workspace.path("k.json")]).status == 0)
        let server = try await ServerProcess.start(db: db)
        for file in [db, db + "-wal", db + "-shm"] {
            #expect(try Self.mode(file) == 0o600, "\(file)")
        }
        let backup = workspace.path("copy.sqlite")
        #expect(try await ServerBinary.run(["backup", backup, "--db", db]).status == 0)
        await server.stop()
        #expect(try Self.mode(backup) == 0o600)
        #expect(try Self.mode(workspace.path("k.json")) == 0o600)
    }

    @Test("a database that group or others can read is narrowed to 0600 when opened")
    func openNarrowsModes() async throws {
        let workspace = try Workspace(prefix: "zicha-modes")
        defer { workspace.remove() }
        let db = workspace.path("zicha.sqlite")
        #expect(try await ServerBinary.run(["init", "--db", db]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: db)
        #expect(try Self.mode(db) == 0o644)
        #expect(try await ServerBinary.run(["round", "list", "--db", db]).status == 0)
        #expect(try Self.mode(db) == 0o600)
    }
}
