import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Server
import Shared

/// A real SQLite file in a fresh temporary directory and the application, in process, on it
/// with a settable clock. (The real binary on a database file is `ServerProcess`.)
struct TestServer {
    let workspace: Workspace
    let store: AppDatabase
    let clock: SettableClock

    init(now: String = "2017-12-20T10:00:00+08:00") throws {
        workspace = try Workspace(prefix: "zicha-server-tests")
        clock = SettableClock(now)
        // Two readers: hundreds of these run side by side in one test process (see CommandRunner.spawn).
        store = try AppDatabase(path: workspace.path("zicha.sqlite"), clock: clock, readers: 2)
    }

    /// The temporary directory that holds the database.
    var directory: URL { workspace.url }

    var databasePath: String { workspace.path("zicha.sqlite") }

    /// Runs `body` against the application served live on 127.0.0.1 with a free port.
    /// Expensive reads are not rate-limited unless `readBurst` is given: tests read hard.
    func live<T: Sendable>(
        maxBodyBytes: Int = ServerSettings.defaultMaxBodyBytes, attachments: AttachmentSettings = AttachmentSettings(),
        readBurst: Int = 1_000_000, readsPerSecond: Double = 1, _ body: @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: "zicha-server-test")
        logger.logLevel = .warning
        var settings = ServerSettings(host: "127.0.0.1", port: 0, maxBodyBytes: maxBodyBytes)
        settings.attachments = attachments
        settings.readBurst = readBurst
        settings.readsPerSecond = readsPerSecond
        let app = buildApplication(store: store, clock: clock, settings: settings, logger: logger)
        return try await app.test(.live) { client in try await body(client) }
    }

    /// Issues an active key for `filer` directly in the store.
    func issueKey(_ filer: String) async throws -> TestKey {
        var key = try await store.issueTestKey(filer, id: "\(filer)-\(Hex.encode(Crypto.randomBytes(6)))", at: clock.now())
        key.clock = clock
        return key
    }

    /// Rows in `versions`, all filers and rounds.
    func versionCount() async throws -> Int {
        try await store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM versions") ?? 0 }
    }

    /// Removes the temporary directory and the database in it.
    /// Closes the database and removes its folder. Closing at once matters: tests run side by
    /// side, and pools left for deinit kept over a thousand descriptors open in one test process.
    func remove() {
        try? store.pool.close()
        workspace.remove()
    }
}

extension AppDatabase {
    /// Issues an active key `id` for `filer`, with a fresh secret, and returns it as the client holds it.
    func issueTestKey(_ filer: String, id: String, at date: Date = Date()) async throws -> TestKey {
        let secret = Crypto.randomBytes(32)
        let record = try await issueKey(id: id, filer: filer, secret: secret, actor: "test", at: date)
        return TestKey(id: record.id, filer: filer, secret: secret)
    }
}

/// A filer's key as the client holds it.
struct TestKey: Sendable {
    var id: String
    var filer: String
    var secret: [UInt8]
    /// The clock of the in-process server the key was issued on; reads are signed at its time
    /// (a read must be signed within 15 minutes of the server's clock). Without one, the real time.
    var clock: SettableClock? = nil

    /// When a request is signed: uploads at a fixed instant (they may be signed offline, and
    /// tests compare their signatures), reads now by the server's clock.
    func signingTime(for method: String) -> String {
        method == "POST" ? "2017-12-20T02:00:00Z" : SigningScheme.timestamp(clock?.now() ?? Date())
    }

    /// The signed headers for a request, exactly as a client computes them.
    func headers(
        method: String, path: String, round: String, filer: String? = nil, baseVersion: Int, body: Data,
        signedAt: String? = nil
    ) -> HTTPFields {
        var headers = HTTPFields()
        let fields = signedFields(
            method: method, path: path, round: round, filer: filer, baseVersion: baseVersion, body: Array(body),
            signedAt: signedAt ?? signingTime(for: method))
        for (name, value) in fields {
            headers[HTTPField.Name(name)!] = value
        }
        return headers
    }

    /// The signed header fields (name, value) for a request over `body`, in the client's order.
    func signedFields(
        method: String, path: String, round: String, filer: String? = nil, baseVersion: Int, body: [UInt8], signedAt: String
    ) -> [(String, String)] {
        let fields = SigningScheme.Fields(
            method: method, path: path, filer: filer ?? self.filer, round: round, keyID: id, signedAt: signedAt,
            baseVersion: baseVersion, contentSHA256: Hex.encode(Crypto.sha256(body)))
        return fields.headers(signature: SigningScheme.signature(for: fields, secret: secret)).map { ($0.name, $0.value) }
    }
}

extension TestKey {
    /// Issues a key for `filer` into the database file `db` with the real `zicha-server key issue`,
    /// which writes the key file to `keyFile`; the key as read back from that file.
    static func issuedByBinary(_ filer: String, db: String, keyFile: String) async throws -> TestKey {
        try await ServerBinary.initialise(db)
        let result = try await ServerBinary.run(["key", "issue", filer, "--out", keyFile, "--db", db])
        guard result.status == 0 else { throw HarnessError("zicha-server key issue failed: \(result.output)") }
        let file = try JSONDecoder().decode(KeyFile.self, from: Data(contentsOf: URL(fileURLWithPath: keyFile)))
        guard let secret = file.secretBytes else { throw HarnessError("\(keyFile) holds no hex secret") }
        return TestKey(id: file.keyId, filer: filer, secret: secret)
    }
}

extension TestClientProtocol {
    /// Uploads `body` signed by `key` for `filer` (default: the key's own) in `round`.
    func upload(
        _ body: Data, key: TestKey, round: String = "2017", filer: String? = nil, baseVersion: Int = 0,
        edit: (inout HTTPFields) -> Void = { _ in }
    ) async throws -> TestResponse {
        let filer = filer ?? key.filer
        let path = APIPath.versions(round: round, filer: filer)
        var headers = key.headers(method: "POST", path: path, round: round, filer: filer, baseVersion: baseVersion, body: body)
        edit(&headers)
        return try await execute(uri: path, method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    /// A GET signed by `key` (empty body, base version 0; round `*` when not round-scoped).
    func signedGet(_ path: String, key: TestKey, round: String = "2017", filer: String? = nil) async throws -> TestResponse {
        try await execute(
            uri: path, method: .get,
            headers: key.headers(method: "GET", path: path, round: round, filer: filer, baseVersion: 0, body: Data()))
    }
}

extension TestResponse {
    var data: Data { Data(body.readableBytesView) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }

    /// The `APIErrorBody` of an error answer.
    var error: APIErrorBody? { try? decode(APIErrorBody.self) }
}
