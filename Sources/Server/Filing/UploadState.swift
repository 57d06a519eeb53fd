import Foundation
import GRDB
import Shared

/// Everything the checks of an upload need, read in one read transaction (one consistent
/// snapshot): the round, the filer (its roster name and kind decide the validator's name and
/// level rules) and whether it is on the round's roster, its latest version with that version's
/// SHA-256 (an upload of the same bytes is not a new version), and the receipt of a version
/// already stored with the same signature (a retry).
package struct UploadState: Sendable {
    package var round: RoundRecord?
    package var filer: FilerRecord?
    package var onRoster: Bool
    package var latestVersion: Int
    /// The latest version's SHA-256 (lower-case hex); `nil` before the first version.
    package var latestSHA256: String?
    package var replay: Receipt?

    package var filerExists: Bool { filer != nil }
}

extension AppDatabase {
    /// The state an upload of `filer` to `round` signed with `signature` is checked against.
    package func uploadState(round: String, filer: String, signature: String) async throws -> UploadState {
        try await pool.read { db in
            let latest = try Self.latestVersionAndHash(db, round: round, filer: filer)
            return UploadState(
                round: try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM rounds WHERE id = ?"), arguments: [round]).map(
                    Self.roundRecord),
                filer: try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM filers WHERE code = ?"), arguments: [filer]).map(
                    Self.filerRecord),
                onRoster: try Bool.fetchOne(
                    db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM roster WHERE round_id = ? AND filer_code = ?)"),
                    arguments: [round, filer])
                    ?? false,
                latestVersion: latest.version, latestSHA256: latest.sha256,
                replay: try Self.receipt(db, signature: signature))
        }
    }

    /// The latest version's number (0 for none) and SHA-256, in one query.
    static func latestVersionAndHash(_ db: Database, round: String, filer: String) throws -> (version: Int, sha256: String?) {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql:
                        "SELECT version, sha256 FROM versions WHERE round_id = ? AND filer_code = ? ORDER BY version DESC LIMIT 1"
                ),
                arguments: [round, filer])
        else { return (0, nil) }
        return (row["version"], row["sha256"])
    }
}
