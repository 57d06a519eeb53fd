import Foundation
import GRDB
import Shared

/// A draw asked for again: the same seed and the same counts in a round return the batch already
/// drawn (200) instead of storing a duplicate. Counts compare by the levels asked for more than
/// zero, so `{"province": 3}` and `{"province": 3, "city": 0}` are the same request.
enum SameDraw {
    /// The levels asked for (more than zero) and how many of each.
    static func requested(_ counts: [PlatformLevel: Int]) -> [PlatformLevel: Int] {
        counts.filter { $0.value > 0 }
    }

    /// The same from a stored draw's strata.
    static func requested(_ strata: [SpotCheckStratum]) -> [PlatformLevel: Int] {
        Dictionary(strata.filter { $0.requested > 0 }.map { ($0.level, $0.requested) }, uniquingKeysWith: { a, _ in a })
    }

    /// The oldest draw of `round` with `seed` and `requested`, inside the caller's transaction.
    static func existing(_ db: Database, round: String, seed: Int64, requested: [PlatformLevel: Int]) throws -> Int64? {
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, counts FROM spot_checks WHERE round_id = ? AND seed = ? ORDER BY id", arguments: [round, seed])
        for row in rows {
            let text: String = row["counts"]
            guard let strata = try? ReportCoding.decoder().decode([SpotCheckStratum].self, from: Data(text.utf8)) else {
                continue
            }
            if Self.requested(strata) == requested { return row["id"] }
        }
        return nil
    }
}

extension AppDatabase {
    /// The draw of `round` already made with `seed` and `counts`, if any.
    package func existingSpotCheck(round: String, seed: Int64, counts: [PlatformLevel: Int]) async throws -> Int64? {
        try await pool.read { db in
            try SameDraw.existing(db, round: round, seed: seed, requested: SameDraw.requested(counts))
        }
    }
}
