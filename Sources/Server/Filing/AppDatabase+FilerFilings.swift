import Foundation
import GRDB
import Shared

/// Where one filer stands in one round, from its `filings` row (kept by the schema's triggers).
package struct FilerFiling: Sendable, Equatable {
    package var firstReceivedAt: String
    package var latestVersion: Int
    /// The latest version's decision, `nil` until it has one.
    package var decision: ReviewDecision?
    /// The follow-up due day of a return of the latest version.
    package var dueOn: String?

    /// The latest version's review state.
    package var reviewState: ReviewState {
        switch decision {
        case nil: .received
        case .accept: .accepted
        case .return: .returned
        }
    }
}

extension AppDatabase {
    /// The filer's `filings` rows by round id: one read of small rows for all its rounds, rather
    /// than a version row per round.
    package func filings(ofFiler filer: String) async throws -> [String: FilerFiling] {
        try await pool.read { db in
            var result: [String: FilerFiling] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT round_id, first_received_at, latest_version, decision, due_on
                    FROM filings WHERE filer_code = ?
                    """,
                arguments: [filer])
            for row in rows {
                let decision: String? = row["decision"]
                result[row["round_id"]] = FilerFiling(
                    firstReceivedAt: row["first_received_at"], latestVersion: row["latest_version"],
                    decision: decision.flatMap(ReviewDecision.init(rawValue:)), dueOn: row["due_on"])
            }
            return result
        }
    }
}
