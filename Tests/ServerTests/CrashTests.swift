import Foundation
import HummingbirdTesting
import Server
import Shared
import Testing

/// docs/SYSTEM.md "Durability": the real `zicha-server` binary is killed with SIGKILL at
/// random moments under a stream of uploads, and restarted. A receipt means stored; nothing
/// without a receipt is half-stored.
@Suite("Crashes")
struct CrashTests {
    static let kills = 5
    static let filers = ["110000", "120000", "130000", "140000", "150000", "310000", "320000", "440000"]

    /// Per filer: the receipts it got, and the upload it sent without getting an answer.
    actor Ledger {
        var receipts: [String: [Receipt]] = [:]
        var unanswered: [String: SignedUpload] = [:]
        var unexpected: [String] = []
        var retriesAnswered = 0

        func received(_ receipt: Receipt, for upload: SignedUpload, retry: Bool) {
            receipts[upload.key.filer, default: []].append(receipt)
            unanswered[upload.key.filer] = nil
            if retry { retriesAnswered += 1 }
        }
        func lost(_ upload: SignedUpload) { unanswered[upload.key.filer] = upload }
        func unexpected(_ text: String) { unexpected.append(text) }
        func pending(_ filer: String) -> SignedUpload? { unanswered[filer] }
        func latest(_ filer: String) -> Int { receipts[filer]?.last?.version ?? 0 }
    }

    @Test("SIGKILL at random moments under uploads: receipts mean stored, nothing half-stored, chain intact")
    func killedUnderUploads() async throws {
        let workspace = try Workspace(prefix: "zicha-crash")
        defer { workspace.remove() }
        let db = workspace.path("crash.sqlite")
        var keys: [String: TestKey] = [:]
        do {
            let store = try AppDatabase(path: db)
            for filer in Self.filers { keys[filer] = try await store.issueTestKey(filer, id: "\(filer)-crash") }
        }
        let ledger = Ledger()
        let allKeys = keys

        for cycle in 0...Self.kills {
            let server = try await ServerProcess.start(db: db)
            let killed = cycle < Self.kills
            try await withThrowingTaskGroup(of: Void.self) { group in
                for key in allKeys.values {
                    group.addTask { await Self.upload(key, port: server.port, cycle: cycle, ledger: ledger, untilDead: killed) }
                }
                if killed {
                    // A random moment while the uploads stream in.
                    try await Task.sleep(for: .milliseconds(Int.random(in: 150...700)))
                    await server.kill()
                }
                try await group.waitForAll()
            }
            if !killed { await server.stop() }
        }

        // Everything is answered now: the last cycle retried every lost upload to a receipt.
        let unexpected = await ledger.unexpected
        #expect(unexpected.isEmpty, "\(unexpected.prefix(5))")
        let stored = try await StoredVersions.check(path: db, keys: allKeys)
        for filer in Self.filers {
            let receipts = await ledger.receipts[filer] ?? []
            #expect(await ledger.pending(filer) == nil, "\(filer) still has an unanswered upload")
            #expect(!receipts.isEmpty)
            let versions = stored.byFiler[filer] ?? []
            // Every receipt names a stored version with the same bytes; every stored version was receipted.
            #expect(receipts.map(\.version) == versions.map(\.version), "\(filer)")
            for receipt in receipts {
                let version = versions.first { $0.version == receipt.version }
                #expect(
                    version?.sha256 == receipt.sha256 && version?.receivedAt == receipt.receivedAt, "\(filer) v\(receipt.version)"
                )
            }
        }
        // The kills did land on uploads in flight, whose retries were then answered.
        #expect(await ledger.retriesAnswered > 0)
        let audit = try await ServerBinary.run(["audit", "verify", "--db", db])
        #expect(audit.status == 0, "\(audit.stderr)")
    }

    /// Uploads amendments for `key` until the server dies (or, in the last cycle, until each
    /// lost upload was retried to a receipt and three more went through).
    static func upload(_ key: TestKey, port: Int, cycle: Int, ledger: Ledger, untilDead: Bool) async {
        do {
            try await TestClient.withClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(20))) {
                client in
                var fresh = 0
                while untilDead || fresh < 3 {
                    // A lost upload is sent again unchanged: 200 if it was stored before the kill, else 201.
                    let retry = await ledger.pending(key.filer)
                    let latest = await ledger.latest(key.filer)
                    let upload = retry ?? SignedUpload(key: key, baseVersion: latest, tag: "\(cycle)-\(UUID().uuidString)")
                    await ledger.lost(upload)
                    let answer = try await upload.send(client)
                    guard let receipt = answer.receipt else {
                        await ledger.unexpected(
                            "\(key.filer): \(answer.status) \(String(decoding: answer.body, as: UTF8.self).prefix(200))")
                        return
                    }
                    await ledger.received(receipt, for: upload, retry: retry != nil)
                    if retry == nil { fresh += 1 }
                }
            }
        } catch {
            // The server was killed under this connection: the upload in flight stays unanswered.
            if !untilDead { await ledger.unexpected("\(key.filer): \(error) after the last restart") }
        }
    }
}
