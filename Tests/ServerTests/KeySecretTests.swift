import Foundation
import GRDB
import Server
import Shared
import Testing

/// Filers' signing secrets are sealed at rest under a master key kept in its own 0600 file: a
/// copy of the database (or a backup) without that file yields no secret; secrets stored before
/// sealing are sealed on the next open; a rotated key stops signing after its grace period.
@Suite("Key secrets at rest and rotation")
struct KeySecretTests {
    /// Whether `secret` appears anywhere in the file (or its -wal) at `path`.
    static func contains(_ secret: [UInt8], in path: String) throws -> Bool {
        try [path, path + "-wal"].contains { file in
            guard let data = FileManager.default.contents(atPath: file) else { return false }
            return data.firstRange(of: Data(secret)) != nil
        }
    }

    static func keyFile(_ path: String) throws -> KeyFile {
        try JSONDecoder().decode(KeyFile.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test("the real binary seals a new key's secret: neither the database nor a backup holds it, the master key file is 0600")
    func sealedAtRest() async throws {
        let workspace = try Workspace(prefix: "zicha-keys")
        defer { workspace.remove() }
        let db = workspace.path("zicha.sqlite")
        #expect(
            try await ServerBinary.run(["key", "issue", "110000", "--db", db, "--out", workspace.path("k.json")]).status == 0)
        let file = try Self.keyFile(workspace.path("k.json"))
        let secret = try #require(file.secretBytes)
        let masterKey = db + ".master-key"
        let mode = (try FileManager.default.attributesOfItem(atPath: masterKey)[.posixPermissions] as? Int ?? 0) & 0o777
        #expect(mode == 0o600)
        #expect(try !Self.contains(secret, in: db))
        let backup = workspace.path("backup.sqlite")
        #expect(try await ServerBinary.run(["backup", backup, "--db", db]).status == 0)
        #expect(try !Self.contains(secret, in: backup))
        // The backup alone opens nothing; with another master key neither.
        let copy = try AppDatabase(path: backup)
        await #expect(throws: StoreError.masterKeyRequired) { try await copy.key(id: file.keyId) }
        let wrong = try AppDatabase(path: backup, masterKey: MasterKey.generate())
        await #expect(throws: StoreError.masterKeyWrong(keyID: file.keyId)) { try await wrong.key(id: file.keyId) }
        let right = try AppDatabase(path: backup, masterKey: MasterKey.load(path: masterKey))
        #expect(try await right.key(id: file.keyId)?.secret == secret)
        // The server verifies uploads signed with the key.
        let server = try await ServerProcess.start(db: db)
        defer { server.killNow() }
        let key = TestKey(id: file.keyId, filer: "110000", secret: secret)
        let (answer, _) = try await RawHTTP.upload(
            TestReports.bytes(TestReports.valid(filer: "110000")), key: key, port: server.port)
        #expect(answer.hasPrefix("HTTP/1.1 201"), "\(answer.prefix(300))")
    }

    @Test(
        "a database with secrets stored in the clear is sealed on its next open, and then refuses to open without its master key")
    func plaintextSealedOnOpen() async throws {
        let workspace = try Workspace(prefix: "zicha-keys")
        defer { workspace.remove() }
        let db = workspace.path("zicha.sqlite")
        let key = try await AppDatabase(path: db).issueTestKey("110000", id: "110000-clear")
        #expect(try Self.contains(key.secret, in: db))
        #expect(try await ServerBinary.run(["key", "list", "110000", "--db", db]).status == 0)
        #expect(try !Self.contains(key.secret, in: db))
        try FileManager.default.moveItem(atPath: db + ".master-key", toPath: workspace.path("elsewhere"))
        let refused = try await ServerBinary.run(["key", "list", "110000", "--db", db])
        #expect(refused.status != 0 && refused.stderr.contains("master-key"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db + ".master-key"), "no new key may be made for sealed secrets")
        let named = try await ServerBinary.run(["key", "list", "110000", "--db", db, "--master-key", workspace.path("elsewhere")])
        #expect(named.status == 0)
    }

    @Test("key rotate: the new key signs; the old one until its grace period ends, then 401 key_retired")
    func rotation() async throws {
        let workspace = try Workspace(prefix: "zicha-keys")
        defer { workspace.remove() }
        let db = workspace.path("zicha.sqlite")
        #expect(
            try await ServerBinary.run(["key", "issue", "110000", "--db", db, "--out", workspace.path("old.json")]).status == 0)
        let rotated = try await ServerBinary.run([
            "key", "rotate", "110000", "--db", db, "--out", workspace.path("new.json"), "--grace-days", "0",
        ])
        #expect(rotated.status == 0 && rotated.stdout.contains("retires"), "\(rotated.stdout) \(rotated.stderr)")
        let old = try Self.keyFile(workspace.path("old.json"))
        let new = try Self.keyFile(workspace.path("new.json"))
        let server = try await ServerProcess.start(db: db)
        defer { server.killNow() }
        let body = TestReports.bytes(TestReports.valid(filer: "110000"))
        let (refused, _) = try await RawHTTP.upload(
            body, key: TestKey(id: old.keyId, filer: "110000", secret: try #require(old.secretBytes)), port: server.port)
        #expect(refused.hasPrefix("HTTP/1.1 401") && refused.contains("key_retired"), "\(refused.prefix(300))")
        let (accepted, _) = try await RawHTTP.upload(
            body, key: TestKey(id: new.keyId, filer: "110000", secret: try #require(new.secretBytes)), port: server.port)
        #expect(accepted.hasPrefix("HTTP/1.1 201"), "\(accepted.prefix(300))")
        // With a grace period the old key still signs.
        #expect(
            try await ServerBinary.run(["key", "rotate", "110000", "--db", db, "--out", workspace.path("third.json")]).status == 0
        )
        let third = try Self.keyFile(workspace.path("third.json"))
        let (stillValid, _) = try await RawHTTP.upload(
            TestReports.bytes(TestReports.valid(filer: "110000", summary: "第二次整改情况：已完成")),
            key: TestKey(id: new.keyId, filer: "110000", secret: try #require(new.secretBytes)), port: server.port)
        #expect(!stillValid.contains("key_retired"), "\(stillValid.prefix(300))")
        #expect(third.filer == "110000")
    }
}
