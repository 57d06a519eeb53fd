import Foundation
import GRDB
import Shared

/// The national summary's input: per filer, the counts stored with its latest accepted version.
extension AppDatabase {
    /// Per filer of the round, the summary's counts of its highest version whose latest decision
    /// is `accept`, by filer code: the tallies stored at upload (by share id), read in one query
    /// of small rows; a version without a complete set of tallies is counted from its bytes.
    package func acceptedShareCounts(round: String) async throws -> [FilerCounts] {
        // Share ids become positions here, in the query, from the names this build knows (an
        // unknown id gives NULL and is skipped): 110,000 rows at 10,000 filers carry integers only.
        let shares = ShareID.allCases.map(\.rawValue)
        let position = "CASE s.share_id " + shares.indices.map { "WHEN ? THEN \($0) " }.joined() + "END"
        let (filers, missing) = try await pool.read { db -> ([AcceptedVersion], [Int64: Data]) in
            var filers: [AcceptedVersion] = []
            // The latest decision of every version of the round (from the covering unique index,
            // never the report bytes), then per filer the highest accepted one with its tallies.
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    WITH decided AS (
                        SELECT v.filer_code, v.version,
                            (SELECT d.decision FROM review_decisions d WHERE d.version_id = v.id
                             ORDER BY d.id DESC LIMIT 1) AS decision
                        FROM versions v WHERE v.round_id = ?
                    ), accepted AS (
                        SELECT filer_code, MAX(version) AS version FROM decided WHERE decision = 'accept' GROUP BY filer_code
                    )
                    SELECT v.id, v.filer_code, f.name, v.version, t.platforms, t.service_items,
                        \(position), s.first_found, s.after_rectification, s.denominator
                    FROM accepted a
                    JOIN versions v ON v.round_id = ? AND v.filer_code = a.filer_code AND v.version = a.version
                    JOIN filers f ON f.code = v.filer_code
                    LEFT JOIN version_tallies t ON t.version_id = v.id
                    LEFT JOIN version_share_tallies s ON s.version_id = v.id
                    ORDER BY v.filer_code
                    """,
                arguments: StatementArguments([round] + shares + [round]))
            while let row = try rows.next() {
                let id: Int64 = row[0]
                if filers.last?.id != id {
                    filers.append(
                        AcceptedVersion(
                            id: id, filer: row[1], name: row[2], version: row[3], platforms: row[4], serviceItems: row[5]))
                }
                if let index = row[6] as Int? {
                    filers[filers.count - 1].set(index, firstFound: row[7], after: row[8], denominator: row[9])
                }
            }
            // Bytes only for the versions whose tallies are missing or incomplete.
            var missing: [Int64: Data] = [:]
            for filer in filers where filer.counts == nil {
                missing[filer.id] = try Data.fetchOne(db, sql: "SELECT bytes FROM versions WHERE id = ?", arguments: [filer.id])
            }
            return (filers, missing)
        }
        return try filers.map { filer in
            // Stored versions passed the decoder at upload.
            let counts = try filer.counts ?? ShareCounts(report: ReportDecoder.decode(missing[filer.id] ?? Data()))
            return FilerCounts(filer: filer.filer, name: filer.name, version: filer.version, counts: counts)
        }
    }
}

/// One filer's accepted version as read, with its stored tallies.
private struct AcceptedVersion: Sendable {
    var id: Int64
    var filer: String
    var name: String
    var version: Int
    var platforms: Int?
    var serviceItems: Int?
    private var stored = ShareCounts()
    private var seen = [Bool](repeating: false, count: ShareID.allCases.count)

    init(id: Int64, filer: String, name: String, version: Int, platforms: Int?, serviceItems: Int?) {
        (self.id, self.filer, self.name, self.version, self.platforms, self.serviceItems) = (
            id, filer, name, version, platforms, serviceItems
        )
    }

    /// Records the stored tally of the share at `index` (a position of `ShareID.allCases`).
    mutating func set(_ index: Int, firstFound: Int, after: Int, denominator: Int) {
        stored.firstFound[index] = firstFound
        stored.after[index] = after
        stored.denominators[index] = denominator
        seen[index] = firstFound >= 0 && after >= 0 && denominator >= 0
    }

    /// The stored counts, or nil when a share has no row (or an impossible one), so that the
    /// version is counted from its bytes.
    var counts: ShareCounts? {
        guard let platforms, let serviceItems, platforms >= 0, serviceItems >= 0, seen.allSatisfy({ $0 }) else { return nil }
        var counts = stored
        counts.platforms = platforms
        counts.serviceItems = serviceItems
        return counts
    }
}

extension Database {
    /// Stores the summary's counts of version `versionID` by share id (immutable, like the version).
    func insertTallies(_ counts: ShareCounts, versionID: Int64) throws {
        try cachedStatement(sql: "INSERT INTO version_tallies (version_id, platforms, service_items) VALUES (?, ?, ?)")
            .execute(arguments: [versionID, counts.platforms, counts.serviceItems])
        let insert = try cachedStatement(
            sql: """
                INSERT INTO version_share_tallies (version_id, share_id, first_found, after_rectification, denominator)
                VALUES (?, ?, ?, ?, ?)
                """)
        for tally in counts.storedTallies {
            try insert.execute(arguments: [
                versionID, tally.shareID, tally.firstFound, tally.afterRectification, tally.denominator,
            ])
        }
    }
}
