import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// docs/SYSTEM.md "Versions": concurrent uploads never produce gaps, duplicates or lost versions.
@Suite("Concurrent uploads")
struct ConcurrencyTests {
    @Test("32 filers uploading at once, each amending three times, end with exactly versions 1, 2, 3")
    func thirtyTwoFilers() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let codes = Array(BuiltInFilers.all.map(\.code).prefix(32))
        var keys: [TestKey] = []
        for code in codes { keys.append(try await server.issueKey(code)) }
        let allKeys = keys

        let statuses = try await server.live { client in
            let port = try #require(client.port)
            return try await withThrowingTaskGroup(of: [Int].self) { group in
                for key in allKeys {
                    group.addTask {
                        // Each filer on its own connection, amending its latest version each time.
                        try await TestClient.withClient(host: "127.0.0.1", port: port) { connection in
                            var statuses: [Int] = []
                            for base in 0..<3 {
                                let body = TestReports.bytes(TestReports.valid(filer: key.filer, summary: "第\(base + 1)版"))
                                let path = APIPath.versions(round: "2017", filer: key.filer)
                                let response = try await connection.execute(
                                    TestClient.Request(
                                        path, method: .post,
                                        headers: key.headers(
                                            method: "POST", path: path, round: "2017", baseVersion: base, body: body),
                                        body: ByteBuffer(bytes: body)))
                                statuses.append(Int(response.head.status.code))
                            }
                            return statuses
                        }
                    }
                }
                var all: [Int] = []
                for try await statuses in group { all += statuses }
                return all
            }
        }
        #expect(statuses.count == 96)
        #expect(statuses.allSatisfy { $0 == 201 })

        for key in allKeys {
            let versions = try await server.store.versions(round: "2017", filer: key.filer)
            #expect(versions.map(\.version) == [1, 2, 3], "filer \(key.filer)")
            for record in versions {
                let bytes = try #require(
                    try await server.store.reportBytes(round: "2017", filer: key.filer, number: record.version))
                #expect(Hex.encode(Crypto.sha256(bytes)) == record.sha256)
                #expect(SigningScheme.isValid(signatureHex: record.signature, for: record.signedFields, secret: key.secret))
                #expect(try ReportDecoder.decode(bytes).summary == "第\(record.version)版")
            }
        }
        #expect(try await server.versionCount() == 96)
        #expect(try await server.store.verifyAudit().broken == nil)
    }

    @Test("the same upload sent by many connections at once is stored once; all get the same receipt")
    func simultaneousReplays() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let body = TestReports.bytes(TestReports.valid(filer: "110000"))
        let path = APIPath.versions(round: "2017", filer: "110000")
        let headers = key.headers(method: "POST", path: path, round: "2017", baseVersion: 0, body: body)
        let answers = try await server.live { client in
            let port = try #require(client.port)
            return try await withThrowingTaskGroup(of: (Int, Data).self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        try await TestClient.withClient(host: "127.0.0.1", port: port) { connection in
                            let response = try await connection.execute(
                                TestClient.Request(path, method: .post, headers: headers, body: ByteBuffer(bytes: body)))
                            return (Int(response.head.status.code), Data((response.body ?? ByteBuffer()).readableBytesView))
                        }
                    }
                }
                var all: [(Int, Data)] = []
                for try await answer in group { all.append(answer) }
                return all
            }
        }
        #expect(answers.filter { $0.0 == 201 }.count == 1)
        #expect(answers.filter { $0.0 == 200 }.count == 7)
        let receipts = try answers.map { try JSONDecoder().decode(Receipt.self, from: $0.1) }
        #expect(Set(receipts.map(\.version)) == [1])
        #expect(try await server.versionCount() == 1)
    }

    @Test("two stores on one database file (two server processes) still number versions without gaps")
    func twoWriters() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        let second = try AppDatabase(path: server.databasePath)
        let stores: [AppDatabase] = [server.store, second]
        let received = server.clock.now()
        let created = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<16 {
                group.addTask {
                    let store = stores[index % 2]
                    let body = TestReports.bytes(TestReports.valid(filer: "110000", summary: "上传 \(index)"))
                    // Like a client: amend the latest version, and on 409 amend the new latest.
                    while true {
                        let base = try await store.latestVersion(round: "2017", filer: "110000")
                        let fields = SigningScheme.Fields(
                            method: "POST", path: APIPath.versions(round: "2017", filer: "110000"), filer: "110000",
                            round: "2017",
                            keyID: key.id, signedAt: "2017-12-20T02:00:00Z", baseVersion: base,
                            contentSHA256: Hex.encode(Crypto.sha256(body)))
                        let outcome = try await store.appendVersion(
                            NewVersion(
                                round: "2017", filer: "110000", bytes: body, sha256: fields.contentSHA256,
                                signature: SigningScheme.signature(for: fields, secret: key.secret), keyID: key.id,
                                signedAt: fields.signedAt, baseVersion: base, validation: ValidationResult(issues: [])),
                            receivedAt: received)
                        if case .created(let receipt) = outcome { return receipt.version }
                    }
                }
            }
            var versions: [Int] = []
            for try await version in group { versions.append(version) }
            return versions
        }
        #expect(created.sorted() == Array(1...16))
        #expect(try await server.store.versions(round: "2017", filer: "110000").map(\.version) == Array(1...16))
        #expect(try await server.store.verifyAudit().broken == nil)
    }
}
