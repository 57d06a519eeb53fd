import Foundation
import GRDB
import Shared

/// The reviewers' roster: every filer of a round with its deadline status and review state.
extension AppDatabase {
    /// Per roster row: version 1 and the latest version through the unique index
    /// (round_id, filer_code, version), the latest decision through review_decisions_by_version.
    /// Statuses are computed here so that filters, paging and totals stay in SQL. Instants are
    /// CST text, so their first ten characters are the CST day (see schema.sql).
    package static let rosterRowsSQL = """
        WITH latest AS (
            SELECT filer_code, MAX(version) AS version FROM versions WHERE round_id = :round GROUP BY filer_code
        ),
        base AS (
            SELECT r.filer_code AS code, f.name AS name,
                v1.received_at AS first_at, lv.received_at AS latest_at, COALESCE(lv.version, 0) AS latest_version,
                COALESCE(json_extract(lv.validation, '$.errors'), 0) AS errors,
                COALESCE(json_extract(lv.validation, '$.warnings'), 0) AS warnings,
                d.decision AS decision, d.due_on AS due_on
            FROM roster r
            JOIN filers f ON f.code = r.filer_code
            LEFT JOIN latest l ON l.filer_code = r.filer_code
            LEFT JOIN versions lv ON lv.round_id = r.round_id AND lv.filer_code = r.filer_code AND lv.version = l.version
            LEFT JOIN versions v1 ON v1.round_id = r.round_id AND v1.filer_code = r.filer_code AND v1.version = 1
            LEFT JOIN review_decisions d ON d.id = (SELECT MAX(x.id) FROM review_decisions x WHERE x.version_id = lv.id)
            WHERE r.round_id = :round
        ),
        rows AS (
            SELECT base.*,
                CASE WHEN first_at IS NULL THEN (CASE WHEN :today <= :deadline THEN 'pending' ELSE 'missing' END)
                     WHEN substr(first_at, 1, 10) <= :deadline THEN 'onTime' ELSE 'late' END AS deadline_status,
                CASE WHEN latest_version = 0 THEN NULL WHEN decision IS NULL THEN 'received'
                     WHEN decision = 'accept' THEN 'accepted' ELSE 'returned' END AS review_state,
                COALESCE(decision = 'return' AND due_on < :today, 0) AS overdue
            FROM base
        )
        """

    /// 1 when a row matches the filters (never NULL: a filer with nothing filed has no review state).
    static let rosterFilterSQL = """
        COALESCE((:deadlineStatus IS NULL OR deadline_status = :deadlineStatus)
            AND (:review IS NULL OR (:review = 'followUpOverdue' AND overdue) OR review_state = :review), 0)
        """

    package func rosterPage(_ query: RosterQuery) async throws -> RosterQueryResult {
        let arguments: StatementArguments = [
            "round": query.round, "today": query.today.description, "deadline": query.deadline.description,
            "deadlineStatus": query.deadlineStatus?.rawValue, "review": query.review?.rawValue,
            "limit": query.limit ?? -1, "offset": query.offset,
        ]
        return try await pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: "\(Self.rosterRowsSQL) SELECT * FROM rows WHERE \(Self.rosterFilterSQL) ORDER BY code LIMIT :limit OFFSET :offset",
                arguments: arguments)
            let groups = try Row.fetchAll(
                db,
                sql: """
                    \(Self.rosterRowsSQL)
                    SELECT deadline_status, review_state, overdue, \(Self.rosterFilterSQL) AS matches, COUNT(*) AS n
                    FROM rows GROUP BY 1, 2, 3, 4
                    """,
                arguments: arguments)
            var totals = RosterTotals()
            var matched = 0
            for group in groups {
                let n: Int = group["n"]
                if group["matches"] as Bool { matched += n }
                totals.add(
                    n, deadlineStatus: DeadlineStatus(rawValue: group["deadline_status"]),
                    reviewState: (group["review_state"] as String?).flatMap(ReviewState.init), overdue: group["overdue"])
            }
            return RosterQueryResult(entries: rows.map(Self.rosterEntry), matched: matched, totals: totals)
        }
    }

    static func rosterEntry(_ row: Row) -> RosterEntry {
        RosterEntry(
            filer: row["code"], name: row["name"], deadlineStatus: DeadlineStatus(rawValue: row["deadline_status"]) ?? .pending,
            firstReceivedAt: row["first_at"], latestReceivedAt: row["latest_at"], latestVersion: row["latest_version"],
            reviewState: (row["review_state"] as String?).flatMap(ReviewState.init),
            followUpDueOn: row["decision"] as String? == "return" ? row["due_on"] : nil, followUpOverdue: row["overdue"],
            errors: row["errors"], warnings: row["warnings"])
    }
}

extension RosterTotals {
    mutating func add(_ n: Int, deadlineStatus: DeadlineStatus?, reviewState: ReviewState?, overdue: Bool) {
        filers += n
        switch deadlineStatus {
        case .pending: pending += n
        case .onTime: onTime += n
        case .late: late += n
        case .missing: missing += n
        case nil: break
        }
        switch reviewState {
        case .received: received += n
        case .accepted: accepted += n
        case .returned: returned += n
        case nil: break
        }
        if overdue { followUpOverdue += n }
    }
}
