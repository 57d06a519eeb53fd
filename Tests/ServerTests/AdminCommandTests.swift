import Foundation
import GRDB
import Server
import Shared
import Testing

/// The administrator's commands, run as the real `zicha-server` binary on a real database file.
@Suite("Administrator's commands")
struct AdminCommandTests {
    let directory: URL
    var db: String { directory.appendingPathComponent("admin.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("zicha-admin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    private func zicha(_ arguments: String...) async throws -> ServerBinary.Result {
        try await ServerBinary.run(arguments + ["--db", db])
    }

    @Test("round create, list and close; bad input exits non-zero with a message")
    func rounds() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let created = try await zicha(
            "round", "create", "2018", "--deadline", "2018-06-30", "--title", "二〇一八年", "--roster", "departments")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("41"))
        let list = try await zicha("round", "list")
        #expect(list.stdout.contains("2018\t2018-06-30\topen\t41 filers\t二〇一八年"))
        #expect(list.stdout.contains("2017\t2017-12-31\topen\t73 filers"))
        #expect(try await zicha("round", "close", "2018").status == 0)
        let again = try await zicha("round", "close", "2018")
        #expect(again.status == 1 && again.stderr.contains("already closed"))
        let duplicate = try await zicha("round", "create", "2018", "--deadline", "2018-06-30")
        #expect(duplicate.status == 1 && duplicate.stderr.contains("already exists"))
        let badDate = try await zicha("round", "create", "2019", "--deadline", "2019-02-29")
        #expect(badDate.status != 0 && badDate.stderr.contains("deadline"))
        let badID = try await zicha("round", "create", "20 19", "--deadline", "2019-12-31")
        #expect(badID.status != 0)
        let unknownClose = try await zicha("round", "close", "1999")
        #expect(unknownClose.status == 1 && unknownClose.stderr.contains("no round 1999"))
        #expect(!(unknownClose.stderr + badDate.stderr).contains("Stack") && !unknownClose.stderr.contains("Fatal"))

        let store = try AppDatabase(path: db)
        let round = try #require(try await store.round(id: "2018"))
        #expect(round.isClosed && round.deadline.description == "2018-06-30")
        #expect(try await store.roster(round: "2018").allSatisfy { $0.hasPrefix("bm") })
        #expect(try await store.round(id: "2019") == nil)
    }

    @Test("a roster file may name new filers; regions roster holds provinces and the Corps")
    func rosterFile() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("roster.csv")
        try Data("code,name,name_en,kind\n110000,北京市,Beijing,region\n990100,\"试点, 单位\",,region\n".utf8).write(to: csv)
        let regions = try await zicha("round", "create", "regions", "--deadline", "2018-03-31", "--roster", "regions")
        #expect(regions.status == 0)
        let created = try await zicha("round", "create", "pilot", "--deadline", "2018-03-31", "--roster", csv.path)
        #expect(created.status == 0, "\(created.stderr)")
        let missingName = directory.appendingPathComponent("bad.csv")
        try Data("code\n990200\n".utf8).write(to: missingName)
        let refused = try await zicha("round", "create", "bad", "--deadline", "2018-03-31", "--roster", missingName.path)
        #expect(refused.status == 1 && refused.stderr.contains("990200"))

        let store = try AppDatabase(path: db)
        #expect(try await store.roster(round: "pilot") == ["110000", "990100"])
        #expect(try await store.filer(code: "990100")?.name == "试点, 单位")
        #expect(try await store.roster(round: "regions").count == 32)
        #expect(try await store.round(id: "bad") == nil)
    }

    @Test("filer add and list")
    func filers() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try await zicha("filer", "add", "bm43", "--name", "国家测试局", "--name-en", "Test Bureau").status == 0)
        let list = try await zicha("filer", "list")
        #expect(list.stdout.contains("bm43\tdepartment\t国家测试局\tTest Bureau"))
        #expect(list.stdout.split(separator: "\n").count == 74)
        let duplicate = try await zicha("filer", "add", "bm43", "--name", "重复")
        #expect(duplicate.status == 1 && duplicate.stderr.contains("already exists"))
        #expect(try await zicha("filer", "add", "BM-1", "--name", "x").status != 0)
    }

    @Test("key issue writes a 0600 key file the client can use; list shows ids and states only; revoke")
    func keys() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("110000.key.json").path
        let issued = try await zicha("key", "issue", "110000", "--out", path)
        #expect(issued.status == 0, "\(issued.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let keyFile = try JSONDecoder().decode(KeyFile.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        let secret = try #require(keyFile.secretBytes)
        #expect(keyFile.filer == "110000" && keyFile.scheme == SigningScheme.tag)
        #expect(!issued.stdout.contains(keyFile.secret) && !issued.stderr.contains(keyFile.secret))

        // Sealed at rest: readable only with the master key the command created beside the database.
        let store = try AppDatabase(path: db, masterKey: MasterKey.load(path: db + ".master-key"))
        let stored = try #require(try await store.key(id: keyFile.keyId))
        #expect(stored.secret == secret && stored.state == .active)

        let list = try await zicha("key", "list", "110000")
        #expect(list.stdout.contains("\(keyFile.keyId)\tactive"))
        #expect(!list.stdout.contains(keyFile.secret))

        let overwrite = try await zicha("key", "issue", "110000", "--out", path)
        #expect(overwrite.status == 1)
        #expect(try JSONDecoder().decode(KeyFile.self, from: Data(contentsOf: URL(fileURLWithPath: path))) == keyFile)
        let unknownPath = directory.appendingPathComponent("nobody.json").path
        let unknown = try await zicha("key", "issue", "990000", "--out", unknownPath)
        #expect(unknown.status == 1 && !FileManager.default.fileExists(atPath: unknownPath))

        #expect(try await zicha("key", "revoke", keyFile.keyId).status == 0)
        #expect(try await zicha("key", "list", "110000").stdout.contains("\(keyFile.keyId)\trevoked"))
        #expect(try await zicha("key", "revoke", keyFile.keyId).status == 1)
        #expect(try await store.key(id: keyFile.keyId)?.state == .revoked)
    }

    @Test("reviewer add prints a token once and stores only its hash; revoke and list")
    func reviewers() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let added = try await zicha("reviewer", "add", "李审核")
        #expect(added.status == 0, "\(added.stderr)")
        let token = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.hasPrefix("zr_") && token.count == 67)
        let store = try AppDatabase(path: db)
        let reviewer = try #require(try await store.reviewer(tokenSHA256: ReviewerToken.hash(token)))
        #expect(reviewer.name == "李审核" && reviewer.state == .active)
        let hashes = try await store.pool.read { db in try String.fetchAll(db, sql: "SELECT token_sha256 FROM reviewers") }
        #expect(hashes == [ReviewerToken.hash(token)])
        #expect(try await zicha("reviewer", "add", "李审核").status == 1)
        #expect(try await zicha("reviewer", "revoke", "李审核").status == 0)
        #expect(try await zicha("reviewer", "list").stdout.contains("李审核\trevoked"))
        #expect(try await store.reviewer(tokenSHA256: ReviewerToken.hash(token))?.state == .revoked)
        // The name can be given a new token after the old one is revoked.
        #expect(try await zicha("reviewer", "add", "李审核").status == 0)
    }

    @Test("audit verify exits 0 on an intact chain and non-zero naming the first broken event")
    func auditVerify() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try await zicha("filer", "add", "990000", "--name", "测试").status == 0)
        let intact = try await zicha("audit", "verify")
        #expect(intact.status == 0 && intact.stdout.contains("intact"))
        let store = try AppDatabase(path: db)
        try await store.pool.write { db in
            try db.execute(sql: "DROP TRIGGER audit_events_no_update")
            try db.execute(sql: "UPDATE audit_events SET details = '{\"name\":\"改\"}' WHERE seq = 7")
        }
        let broken = try await zicha("audit", "verify")
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("event 7"))
    }
}
