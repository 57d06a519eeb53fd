import Foundation
import GRDB
import Shared

/// A round that has published results, as the public list of rounds shows it.
package struct PublishedRound: Sendable, Equatable {
    package var round: String
    package var title: String
    package var publications: Int
    package var latestPublishedAt: String
}

extension AppDatabase {
    /// Every round with at least one publication, newest round first. Only what the snapshots
    /// themselves publish: the round, its title and when it was published.
    package func publishedRounds() async throws -> [PublishedRound] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.id, r.title, COUNT(p.id) AS n, MAX(p.published_at) AS latest
                    FROM publications p JOIN rounds r ON r.id = p.round_id
                    GROUP BY r.id ORDER BY r.created_at DESC, r.id DESC
                    """
            ).map { row in
                PublishedRound(round: row["id"], title: row["title"], publications: row["n"], latestPublishedAt: row["latest"])
            }
        }
    }
}
