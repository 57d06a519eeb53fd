import Foundation
import GRDB
import Shared

/// The reviewers' roster: every filer of a round with its deadline status and review state.
extension AppDatabase {
    /// The statuses of a row from its columns `first_at` (an instant or a CST day), `ext` (the day
    /// granted to this filer alone, or NULL), `latest_version`, `decision` and `due_on`. Instants
    /// are CST text, so their first ten characters are the CST day (see schema.sql); the clock
    /// comes in as `:today`. The same rule as DeadlineRule.
    static let rosterStatusSQL = """
        CASE WHEN first_at IS NULL THEN (CASE WHEN :today <= max(:deadline, COALESCE(ext, :deadline)) THEN 'pending' ELSE 'missing' END)
             WHEN substr(first_at, 1, 10) <= :deadline THEN 'onTime'
             WHEN substr(first_at, 1, 10) <= COALESCE(ext, '') THEN 'onTimeExtended' ELSE 'late' END AS deadline_status,
        CASE WHEN latest_version = 0 THEN NULL WHEN decision IS NULL THEN 'received'
             WHEN decision = 'accept' THEN 'accepted' ELSE 'returned' END AS review_state,
        COALESCE(decision = 'return' AND due_on < :today, 0) AS overdue
        """

    /// Per roster row (in filer order through the roster's primary key), its `filings` row through
    /// that table's primary key: the schema's triggers keep it with each version and decision.
    package static let rosterRowsSQL = """
        WITH base AS (
            SELECT r.filer_code AS code, g.first_received_at AS first_at, g.latest_received_at AS latest_at,
                COALESCE(g.latest_version, 0) AS latest_version, COALESCE(g.errors, 0) AS errors,
                COALESCE(g.warnings, 0) AS warnings, g.decision AS decision, g.due_on AS due_on, x.deadline AS ext
            FROM roster r
            LEFT JOIN filings g ON g.round_id = r.round_id AND g.filer_code = r.filer_code
            LEFT JOIN deadline_extensions x ON x.round_id = r.round_id AND x.filer_code = r.filer_code
            WHERE r.round_id = :round
        ),
        rows AS (SELECT base.*, \(rosterStatusSQL) FROM base)
        """

    /// The rows of `rosterRowsSQL` on one page when nothing is filtered: the page is cut from the
    /// roster's primary key before anything is joined to it.
    package static let unfilteredPageRowsSQL = """
        WITH base AS (
            SELECT r.filer_code AS code, g.first_received_at AS first_at, g.latest_received_at AS latest_at,
                COALESCE(g.latest_version, 0) AS latest_version, COALESCE(g.errors, 0) AS errors,
                COALESCE(g.warnings, 0) AS warnings, g.decision AS decision, g.due_on AS due_on, x.deadline AS ext
            FROM (SELECT round_id, filer_code FROM roster WHERE round_id = :round ORDER BY filer_code LIMIT :limit OFFSET :offset) r
            LEFT JOIN filings g ON g.round_id = r.round_id AND g.filer_code = r.filer_code
            LEFT JOIN deadline_extensions x ON x.round_id = r.round_id AND x.filer_code = r.filer_code
        ),
        rows AS (SELECT base.*, \(rosterStatusSQL) FROM base)
        """

    /// The rows of `rosterRowsSQL` that have filed, straight from `filings` (in filer order through
    /// its primary key): what a filter on review state or on onTime/late reads, since a filer that
    /// has filed nothing matches neither. A review filter also keeps only its decision.
    package static let filedRowsSQL = """
        WITH base AS (
            SELECT g.filer_code AS code, g.first_received_at AS first_at, g.latest_received_at AS latest_at,
                g.latest_version AS latest_version, g.errors AS errors, g.warnings AS warnings,
                g.decision AS decision, g.due_on AS due_on, x.deadline AS ext
            FROM filings g
            LEFT JOIN deadline_extensions x ON x.round_id = g.round_id AND x.filer_code = g.filer_code
            WHERE g.round_id = :round AND (:review IS NULL OR g.decision IS
                (CASE :review WHEN 'received' THEN NULL WHEN 'accepted' THEN 'accept' ELSE 'return' END))
        ),
        rows AS (SELECT base.*, \(rosterStatusSQL) FROM base)
        """

    /// The totals' rows: the filings grouped by what their statuses depend on, read in the order
    /// of the covering index filings_by_state, plus one row counting the roster's filers that have
    /// filed nothing; column `n` is the number of filers a row stands for.
    /// Filers with an extension of their own (a handful) are rows of their own, one each.
    package static let rosterTotalsRowsSQL = """
        WITH extended AS MATERIALIZED (SELECT filer_code, deadline FROM deadline_extensions WHERE round_id = :round),
        filed AS MATERIALIZED (
            SELECT first_received_on AS first_at, 1 AS latest_version, decision, due_on, NULL AS ext, COUNT(*) AS n
            FROM filings WHERE round_id = :round AND filer_code NOT IN (SELECT filer_code FROM extended)
            GROUP BY decision, due_on, first_received_on
            UNION ALL
            SELECT g.first_received_on, 1, g.decision, g.due_on, x.deadline, 1
            FROM extended x JOIN filings g ON g.round_id = :round AND g.filer_code = x.filer_code
        ),
        waiting AS MATERIALIZED (
            SELECT NULL AS first_at, 0 AS latest_version, NULL AS decision, NULL AS due_on, x.deadline AS ext, 1 AS n
            FROM extended x
            WHERE NOT EXISTS (SELECT 1 FROM filings g WHERE g.round_id = :round AND g.filer_code = x.filer_code)
        ),
        base AS (
            SELECT * FROM filed
            UNION ALL
            SELECT * FROM waiting
            UNION ALL
            SELECT NULL, 0, NULL, NULL, NULL, (SELECT COUNT(*) FROM roster WHERE round_id = :round)
                - (SELECT COALESCE(SUM(n), 0) FROM filed) - (SELECT COALESCE(SUM(n), 0) FROM waiting)
        ),
        rows AS (SELECT base.*, \(rosterStatusSQL) FROM base)
        """

    /// 1 when a row matches the filters (never NULL: a filer with nothing filed has no review state).
    static let rosterFilterSQL = """
        COALESCE((:deadlineStatus IS NULL OR deadline_status = :deadlineStatus)
            AND (:review IS NULL OR (:review = 'followUpOverdue' AND overdue) OR review_state = :review), 0)
        """

    /// One page of a round's roster with the deadline status and review state computed in SQL
    /// (two queries in one read transaction), and the totals over the whole roster.
    package func rosterPage(_ query: RosterQuery) async throws -> RosterQueryResult {
        let arguments: StatementArguments = [
            "round": query.round, "today": query.today.description, "deadline": query.deadline.description,
            "deadlineStatus": query.deadlineStatus?.rawValue, "review": query.review?.rawValue,
            "limit": query.limit ?? -1, "offset": query.offset,
        ]
        // Unfiltered, the page is cut from the roster first; filtered, from the matching rows.
        let unfiltered = query.review == nil && query.deadlineStatus == nil
        let filedOnly = query.review != nil || [.onTime, .onTimeExtended, .late].contains(query.deadlineStatus)
        let rowsSQL = unfiltered ? Self.unfilteredPageRowsSQL : filedOnly ? Self.filedRowsSQL : Self.rosterRowsSQL
        let pageArguments =
            arguments + ["pageLimit": unfiltered ? -1 : query.limit ?? -1, "pageOffset": unfiltered ? 0 : query.offset]
        return try await pool.read { db in
            // Names are joined to the page only, not to every row skipped on the way to it.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    \(rowsSQL)
                    SELECT p.*, f.name AS name
                    FROM (SELECT * FROM rows WHERE \(Self.rosterFilterSQL) ORDER BY code LIMIT :pageLimit OFFSET :pageOffset) p
                    JOIN filers f ON f.code = p.code
                    ORDER BY p.code
                    """,
                arguments: pageArguments)
            let groups = try Row.fetchAll(
                db,
                sql: """
                    \(Self.rosterTotalsRowsSQL)
                    SELECT deadline_status, review_state, overdue, \(Self.rosterFilterSQL) AS matches, SUM(n) AS n
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
        if let deadlineStatus { self[status: deadlineStatus] += n }
        switch reviewState {
        case .received: received += n
        case .accepted: accepted += n
        case .returned: returned += n
        case nil: break
        }
        if overdue { followUpOverdue += n }
    }
}
