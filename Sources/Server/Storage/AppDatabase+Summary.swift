import Foundation
import GRDB
import Shared

/// The national summary's input: per filer, the counts stored with its latest accepted version.
extension AppDatabase {
    package func acceptedShareCounts(round: String) async throws -> [FilerCounts] {
        let rows = try await pool.read { db in
            // The latest decision of every version of the round (from the covering unique index,
            // never the report bytes), then per filer the highest accepted one; the bytes are
            // read only for a version that has no stored counts.
            try Row.fetchAll(
                db,
                sql: """
                    WITH decided AS (
                        SELECT v.filer_code, v.version,
                            (SELECT d.decision FROM review_decisions d WHERE d.version_id = v.id
                             ORDER BY d.id DESC LIMIT 1) AS decision
                        FROM versions v WHERE v.round_id = ?1
                    ), accepted AS (
                        SELECT filer_code, MAX(version) AS version FROM decided WHERE decision = 'accept' GROUP BY filer_code
                    )
                    SELECT v.filer_code, f.name, v.version, c.counts,
                        CASE WHEN c.counts IS NULL THEN v.bytes END AS bytes
                    FROM accepted a
                    JOIN versions v ON v.round_id = ?1 AND v.filer_code = a.filer_code AND v.version = a.version
                    JOIN filers f ON f.code = v.filer_code
                    LEFT JOIN version_share_counts c ON c.version_id = v.id
                    ORDER BY v.filer_code
                    """,
                arguments: [round]
            ).map { row in
                StoredShareCounts(
                    filer: row["filer_code"], name: row["name"], version: row["version"], counts: row["counts"],
                    bytes: row["bytes"])
            }
        }
        let decoder = ReportCoding.decoder()
        return try rows.map { row in
            let counts: ShareCounts =
                if let text = row.counts {
                    try decoder.decode(ShareCounts.self, from: Data(text.utf8))
                } else {
                    // Stored versions passed the decoder at upload.
                    ShareCounts(report: try ReportDecoder.decode(row.bytes ?? Data()))
                }
            return FilerCounts(filer: row.filer, name: row.name, version: row.version, counts: counts)
        }
    }
}

/// One row of `acceptedShareCounts`, as read: stored counts, or the bytes to count from.
private struct StoredShareCounts: Sendable {
    var filer: String
    var name: String
    var version: Int
    var counts: String?
    var bytes: Data?
}
