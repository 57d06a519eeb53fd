import Foundation
import GRDB
import Shared

/// Review decisions and the reports the summary and the spot checks read.
extension AppDatabase {
    /// Appends `decision` on version `number` if it is the filer's latest, in one transaction
    /// with its audit event and its pinned `comments` (checked against the version by the
    /// caller, as are the comment and due date a return must carry). The event binds the
    /// decision's row and the comments' content; the filer's notice is written with them.
    package func appendReview(
        round: String, filer: String, number: Int, decision: ReviewDecision, comment: String?, dueOn: Day?,
        comments: [PinnedComment] = [], reviewer: ReviewerRecord, at: Date
    ) async throws -> ReviewOutcome {
        let now = ChinaTime.format(at)
        return try await pool.write { db in
            guard
                let versionID = try Int64.fetchOne(
                    db, sql: "SELECT id FROM versions WHERE round_id = ? AND filer_code = ? AND version = ?",
                    arguments: [round, filer, number])
            else { return .unknownVersion }
            // In the writer's transaction, so no upload can slip in between this check and the insert.
            let latest = try Self.latestVersion(db, round: round, filer: filer)
            guard latest == number else { return .notLatest(currentVersion: latest) }
            try db.execute(
                sql: """
                    INSERT INTO review_decisions (version_id, decision, comment, due_on, reviewer_id, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [versionID, decision.rawValue, comment, dueOn?.description, reviewer.id, now])
            let decisionID = db.lastInsertedRowID
            try Self.insertComments(db, comments, decisionID: decisionID)
            var details = ["decision": decision.rawValue]
            details["dueOn"] = dueOn?.description
            details = try AuditContent.binding(db, table: "review_decisions", id: decisionID, into: details)
            if !comments.isEmpty {
                details["comments"] = String(comments.count)
                details["commentsSHA256"] = try AuditContent.commentsHash(db, decisionID: decisionID)
            }
            try db.appendAudit(
                time: now, actor: "reviewer:\(reviewer.name)", action: "version.review",
                subject: "\(round)/\(filer)/\(number)", details: details)
            // The filer hears of it in the same transaction: no decision without its notice.
            try db.insertDecisionNotice(
                decisionID: decisionID, round: round, filer: filer, version: number, decision: decision, comment: comment,
                dueOn: dueOn, comments: comments, reviewer: reviewer, at: now)
            return .recorded(
                ReviewRecord(
                    decision: decision, comment: comment, dueOn: dueOn?.description, reviewer: reviewer.name,
                    decidedAt: now, comments: comments))
        }
    }

    /// Per filer of the round, the exact bytes of its latest version, by filer code.
    package func latestReports(round: String) async throws -> [StoredReport] {
        try await storedReports(
            round: round,
            versionFilter: """
                v.version = (SELECT MAX(a.version) FROM versions a
                    WHERE a.round_id = v.round_id AND a.filer_code = v.filer_code)
                """)
    }

    private func storedReports(round: String, versionFilter: String) async throws -> [StoredReport] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT v.id, v.filer_code, f.name, v.version, v.bytes
                    FROM versions v JOIN filers f ON f.code = v.filer_code
                    WHERE v.round_id = ? AND \(versionFilter)
                    ORDER BY v.filer_code
                    """,
                arguments: [round]
            ).map { row in
                StoredReport(
                    filer: row["filer_code"], name: row["name"], versionID: row["id"], version: row["version"],
                    bytes: row["bytes"])
            }
        }
    }
}
