import Foundation
import GRDB
import Shared

/// The national summary's input: per filer, the counts stored with its latest accepted version.
extension AppDatabase {
    /// Per filer of the round, the summary's counts of its highest version whose latest decision
    /// is `accept`, by filer code: the counts stored at upload, in one query of small rows.
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
        return try rows.map { row in
            let counts: ShareCounts =
                if let text = row.counts {
                    try ShareCounts.decodeStored(text)
                } else {
                    // Stored versions passed the decoder at upload.
                    ShareCounts(report: try ReportDecoder.decode(row.bytes ?? Data()))
                }
            return FilerCounts(filer: row.filer, name: row.name, version: row.version, counts: counts)
        }
    }
}

extension AppDatabase {
    /// Migration "version-share-counts": a database made before that table gets it (schema.sql's
    /// text) and the counts of every version it holds, counted from the bytes one at a time.
    static func addVersionShareCounts(_ db: Database) throws {
        guard try !db.tableExists("version_share_counts") else { return }
        let schema = Schema.v1
        guard let start = schema.range(of: "CREATE TABLE version_share_counts ("),
            let lastTrigger = schema.range(of: "CREATE TRIGGER version_share_counts_no_delete"),
            let end = schema.range(of: "END;", range: lastTrigger.upperBound..<schema.endIndex)
        else { throw DatabaseError(resultCode: .SQLITE_ERROR, message: "schema.sql has no version_share_counts table") }
        try db.execute(sql: String(schema[start.lowerBound..<end.upperBound]))
        let insert = try db.makeStatement(sql: "INSERT INTO version_share_counts (version_id, counts) VALUES (?, ?)")
        let versions = try Row.fetchCursor(db, sql: "SELECT id, bytes FROM versions ORDER BY id")
        while let row = try versions.next() {
            // Stored versions passed the decoder at upload.
            let counts = ShareCounts(report: try ReportDecoder.decode(row["bytes"]))
            try insert.execute(arguments: [row["id"], String(decoding: try ReportCoding.encode(counts, pretty: false), as: UTF8.self)])
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
