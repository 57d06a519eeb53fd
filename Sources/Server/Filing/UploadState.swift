import Foundation
import GRDB
import Shared

/// Everything the checks of an upload need, read in one read transaction (one consistent
/// snapshot): the round, whether the filer exists and is on its roster, its latest version, and
/// the receipt of a version already stored with the same signature (a retry).
package struct UploadState: Sendable {
    package var round: RoundRecord?
    package var filerExists: Bool
    package var onRoster: Bool
    package var latestVersion: Int
    package var replay: Receipt?
}

extension AppDatabase {
    /// The state an upload of `filer` to `round` signed with `signature` is checked against.
    package func uploadState(round: String, filer: String, signature: String) async throws -> UploadState {
        try await pool.read { db in
            UploadState(
                round: try Row.fetchOne(db, sql: "SELECT * FROM rounds WHERE id = ?", arguments: [round]).map(Self.roundRecord),
                filerExists: try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM filers WHERE code = ?)", arguments: [filer])
                    ?? false,
                onRoster: try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM roster WHERE round_id = ? AND filer_code = ?)",
                    arguments: [round, filer])
                    ?? false,
                latestVersion: try Self.latestVersion(db, round: round, filer: filer),
                replay: try Self.receipt(db, signature: signature))
        }
    }
}
