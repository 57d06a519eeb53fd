import Foundation
import HummingbirdTesting
import Server
import Shared
import Testing

/// `zicha-server backup PATH` copies the database consistently while the server serves;
/// the copy passes `audit verify` and, served, answers the same versions, bytes and receipts.
@Suite("Online backup")
struct BackupTests {
    static let filers = ["110000", "120000", "130000", "140000", "310000", "320000"]

    actor Progress {
        var receipts = 0
        var stopped = false
        var failures: [String] = []
        func received() { receipts += 1 }
        func stop() { stopped = true }
        func failed(_ text: String) { failures.append(text) }
    }

    @Test("a backup taken during uploads verifies and serves the same versions, bytes and receipts")
    func backupDuringUploads() async throws {
        let workspace = try Workspace(prefix: "zicha-backup")
        defer { workspace.remove() }
        let db = workspace.path("live.sqlite")
        let copy = workspace.path("copy.sqlite")
        var keys: [String: TestKey] = [:]
        do {
            let store = try AppDatabase(path: db)
            for filer in Self.filers { keys[filer] = try await store.issueTestKey(filer, id: "\(filer)-backup") }
        }
        let allKeys = keys
        let server = try await ServerProcess.start(db: db)
        let progress = Progress()
        let backup = try await withThrowingTaskGroup(of: ServerBinary.Result?.self) { group in
            for key in allKeys.values {
                group.addTask {
                    try await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
                        var base = 0
                        while await !progress.stopped {
                            let answer = try await SignedUpload(key: key, baseVersion: base, tag: UUID().uuidString).send(client)
                            guard answer.status == 201, let receipt = answer.receipt else {
                                await progress.failed("\(key.filer): \(answer.status)")
                                return nil
                            }
                            base = receipt.version
                            await progress.received()
                        }
                        return nil
                    }
                }
            }
            group.addTask {
                while await progress.receipts < 12 { try await Task.sleep(for: .milliseconds(10)) }
                let result = try await ServerBinary.run(["backup", copy, "--db", db])
                let after = await progress.receipts
                while await progress.receipts < after + 12 { try await Task.sleep(for: .milliseconds(10)) }
                await progress.stop()
                return result
            }
            var backup: ServerBinary.Result?
            for try await result in group { backup = backup ?? result }
            return try #require(backup)
        }
        let failures = await progress.failures
        #expect(failures.isEmpty, "\(failures)")
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout.contains("backup written"))

        // A backup is opened with the live database's master key (kept apart from backups).
        let masterKey = ["--master-key", db + ".master-key"]
        let audit = try await ServerBinary.run(["audit", "verify", "--db", copy] + masterKey)
        #expect(audit.status == 0, "\(audit.stderr)")
        let original = try await StoredVersions.check(path: db, keys: allKeys)
        let copied = try await StoredVersions.check(path: copy, keys: allKeys)
        #expect(copied.count > 0 && copied.count < original.count, "the copy was taken mid-stream")
        for (filer, versions) in copied.byFiler {
            // A consistent snapshot: each filer's versions in the copy are the first ones of the original.
            #expect(Array(original.byFiler[filer, default: []].prefix(versions.count)) == versions, "\(filer)")
        }

        // Served, the copy answers with the same lists, receipts and bytes as the live server.
        let restored = try await ServerProcess.start(db: copy, arguments: masterKey)
        for key in allKeys.values {
            let path = APIPath.versions(round: "2017", filer: key.filer)
            let live = try await TestClient.withClient(host: "127.0.0.1", port: server.port) { try await key.get(path, with: $0) }
            let back = try await TestClient.withClient(host: "127.0.0.1", port: restored.port) {
                try await key.get(path, with: $0)
            }
            #expect(live.status == 200 && back.status == 200)
            let liveList = try JSONDecoder().decode(VersionList.self, from: live.body)
            let backList = try JSONDecoder().decode(VersionList.self, from: back.body)
            #expect(backList.versions.map(\.receipt) == Array(liveList.versions.map(\.receipt).prefix(backList.versions.count)))
            for info in backList.versions {
                let report = APIPath.report(round: "2017", filer: key.filer, version: info.receipt.version)
                let bytes = try await TestClient.withClient(host: "127.0.0.1", port: restored.port) {
                    try await key.get(report, with: $0)
                }
                #expect(bytes.body == copied.byFiler[key.filer]?.first { $0.version == info.receipt.version }?.bytes)
            }
        }
        await restored.stop()
        await server.stop()
    }

    @Test("backup refuses to overwrite a file and to copy a database that does not exist")
    func refusals() async throws {
        let workspace = try Workspace(prefix: "zicha-backup")
        defer { workspace.remove() }
        let db = workspace.path("live.sqlite")
        let existing = workspace.path("existing.sqlite")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: existing))
        #expect(try await ServerBinary.run(["filer", "list", "--db", db]).status == 0)

        let overwrite = try await ServerBinary.run(["backup", existing, "--db", db])
        #expect(overwrite.status == 1)
        #expect(overwrite.stderr.contains("already exists"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: existing)) == Data("keep me".utf8))

        let missing = workspace.path("missing.sqlite")
        let target = workspace.path("never.sqlite")
        let noSource = try await ServerBinary.run(["backup", target, "--db", missing])
        #expect(noSource.status == 1)
        #expect(noSource.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: missing) && !FileManager.default.fileExists(atPath: target))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.url.path).filter {
            $0.contains(".partial-")
        }
        #expect(leftovers.isEmpty)
    }
}
