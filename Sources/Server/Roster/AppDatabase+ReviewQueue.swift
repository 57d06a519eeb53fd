import Foundation
import GRDB
import Shared

/// The reviewer's queue: filings awaiting a decision and filings that changed since the reviewer
/// last opened their page, from `filings` and `reviewer_views` (migration 0006).
extension AppDatabase {
    /// Records that `reviewer` opened `filer`'s page now, with the filer's latest version then.
    /// Reading, not deciding: no audit event.
    package func recordView(reviewer: ReviewerRecord, round: String, filer: String, at: Date) async throws {
        let now = ChinaTime.format(at)
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO reviewer_views (reviewer_id, round_id, filer_code, seen_version, viewed_at)
                    VALUES (:reviewer, :round, :filer,
                        COALESCE((SELECT latest_version FROM filings WHERE round_id = :round AND filer_code = :filer), 0), :now)
                    ON CONFLICT (reviewer_id, round_id, filer_code) DO UPDATE SET
                        seen_version = excluded.seen_version, viewed_at = excluded.viewed_at
                    """,
                arguments: ["reviewer": reviewer.id, "round": round, "filer": filer, "now": now])
        }
    }

    /// `reviewer`'s queue in `round`, oldest first: every filing whose latest version is undecided,
    /// and every filing the reviewer opened before that has since received a version the reviewer
    /// has not decided, or a decision by someone else.
    package func reviewQueue(round: String, reviewer: ReviewerRecord) async throws -> [QueueEntry] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    WITH q AS (
                        SELECT g.filer_code, f.name, g.latest_version, g.latest_received_at, g.decision,
                            v.seen_version, v.viewed_at,
                            (SELECT MAX(d.decided_at) FROM review_decisions d
                             WHERE d.version_id = g.latest_version_id AND d.reviewer_id != :reviewer) AS others_at,
                            EXISTS (SELECT 1 FROM review_decisions d
                                    WHERE d.version_id = g.latest_version_id AND d.reviewer_id = :reviewer) AS mine
                        FROM filings g
                        JOIN filers f ON f.code = g.filer_code
                        LEFT JOIN reviewer_views v
                            ON v.reviewer_id = :reviewer AND v.round_id = g.round_id AND v.filer_code = g.filer_code
                        WHERE g.round_id = :round
                    ), flagged AS (
                        SELECT q.*, decision IS NULL AS undecided,
                            COALESCE(latest_version > seen_version AND NOT mine, 0) AS new_version,
                            COALESCE(others_at > viewed_at, 0) AS others
                        FROM q
                    )
                    SELECT *, CASE WHEN undecided OR new_version THEN latest_received_at ELSE others_at END AS since
                    FROM flagged WHERE undecided OR new_version OR others
                    ORDER BY since, filer_code
                    """,
                arguments: ["round": round, "reviewer": reviewer.id]
            ).map { row in
                var reasons: [QueueReason] = []
                if row["undecided"] as Bool { reasons.append(.undecided) }
                if row["new_version"] as Bool { reasons.append(.newVersion) }
                if row["others"] as Bool { reasons.append(.decidedByOthers) }
                return QueueEntry(
                    filer: row["filer_code"], name: row["name"], latestVersion: row["latest_version"],
                    latestReceivedAt: row["latest_received_at"],
                    decision: (row["decision"] as String?).flatMap(ReviewDecision.init(rawValue:)),
                    seenVersion: row["seen_version"], viewedAt: row["viewed_at"], reasons: reasons, since: row["since"])
            }
        }
    }
}
