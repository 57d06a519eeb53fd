import Foundation
import GRDB
import Server
import Shared
import Testing

/// What a database file holds, checked row by row: every version's bytes match its hash, its
/// signature verifies under its filer's key, each filer's versions run 1…n, each version has
/// its audit event, and the audit chain and SQLite's integrity check pass.
struct StoredVersions {
    struct Version: Equatable, Sendable {
        var filer: String
        var version: Int
        var bytes: Data
        var sha256: String
        var signature: String
        var receivedAt: String
    }

    /// One `versions` row, read into a Sendable value inside the read.
    private struct Stored: Sendable {
        var version: Version
        var keyID: String
        var signedAt: String
        var baseVersion: Int
    }

    /// By filer, in version order.
    var byFiler: [String: [Version]]

    var count: Int { byFiler.values.reduce(0) { $0 + $1.count } }

    /// Reads and checks the database at `path` (the server on it may be running or dead).
    static func check(path: String, keys: [String: TestKey], sourceLocation: SourceLocation = #_sourceLocation) async throws
        -> StoredVersions
    {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let (rows, integrity, created) = try await queue.read { db in
            (
                try Row.fetchAll(
                    db,
                    sql:
                        "SELECT filer_code, version, bytes, sha256, signature, key_id, signed_at, base_version, received_at FROM versions ORDER BY filer_code, version"
                ).map { row in
                    Stored(
                        version: Version(
                            filer: row["filer_code"], version: row["version"], bytes: row["bytes"], sha256: row["sha256"],
                            signature: row["signature"], receivedAt: row["received_at"]),
                        keyID: row["key_id"], signedAt: row["signed_at"], baseVersion: row["base_version"])
                },
                try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                Set(
                    try String.fetchAll(
                        db,
                        sql:
                            "SELECT subject || ' ' || json_extract(details, '$.sha256') FROM audit_events WHERE action = 'version.create'"
                    ))
            )
        }
        #expect(integrity == ["ok"], sourceLocation: sourceLocation)
        var byFiler: [String: [Version]] = [:]
        for row in rows {
            let version = row.version
            let key = try #require(keys[version.filer], "a version of \(version.filer), whose key the test never had")
            let fields = SigningScheme.Fields(
                method: "POST", path: APIPath.versions(round: "2017", filer: version.filer), filer: version.filer, round: "2017",
                keyID: row.keyID, signedAt: row.signedAt, baseVersion: row.baseVersion, contentSHA256: version.sha256)
            #expect(
                Hex.encode(Crypto.sha256(version.bytes)) == version.sha256, "\(version.filer) v\(version.version)",
                sourceLocation: sourceLocation)
            #expect(
                SigningScheme.isValid(signatureHex: version.signature, for: fields, secret: key.secret),
                sourceLocation: sourceLocation)
            #expect(
                created.contains("2017/\(version.filer)/\(version.version) \(version.sha256)"), "no audit event",
                sourceLocation: sourceLocation)
            byFiler[version.filer, default: []].append(version)
        }
        for (filer, versions) in byFiler {
            #expect(versions.map(\.version) == Array(1...versions.count), "\(filer) has gaps", sourceLocation: sourceLocation)
        }
        #expect(created.count == rows.count, "audit events without versions", sourceLocation: sourceLocation)
        #expect(try await AppDatabase(path: path).verifyAudit().broken == nil, sourceLocation: sourceLocation)
        return StoredVersions(byFiler: byFiler)
    }
}
