import Foundation
import GRDB
import Shared

/// The comments a decision pins to places of the report (table `review_comments`, never edited).
extension AppDatabase {
    /// Per version row id, the pinned comments of each of its decisions, oldest decision first
    /// (the order of `reviews(versionIDs:)`; a decision without comments has an empty list).
    package func reviewComments(versionIDs: [Int64]) async throws -> [Int64: [[PinnedComment]]] {
        guard !versionIDs.isEmpty else { return [:] }
        return try await pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.version_id, d.id AS decision_id, c.path, c.label, c.text
                    FROM review_decisions d LEFT JOIN review_comments c ON c.decision_id = d.id
                    WHERE d.version_id IN (SELECT value FROM json_each(?)) ORDER BY d.id, c.position
                    """,
                arguments: [String(decoding: try JSONEncoder().encode(versionIDs), as: UTF8.self)])
            var result: [Int64: [[PinnedComment]]] = [:]
            var lastDecision: Int64?
            for row in rows {
                let version: Int64 = row["version_id"]
                let decision: Int64 = row["decision_id"]
                if decision != lastDecision {
                    result[version, default: []].append([])
                    lastDecision = decision
                }
                guard let path: String = row["path"] else { continue }
                let list = result[version]!.count - 1
                result[version]![list].append(PinnedComment(path: path, label: row["label"], text: row["text"]))
            }
            return result
        }
    }

    /// Inserts `comments` of decision `decisionID`, in the decision's transaction.
    static func insertComments(_ db: Database, _ comments: [PinnedComment], decisionID: Int64) throws {
        for (position, comment) in comments.enumerated() {
            try db.execute(
                sql: "INSERT INTO review_comments (decision_id, position, path, label, text) VALUES (?, ?, ?, ?, ?)",
                arguments: [decisionID, position, comment.path, comment.label, comment.text])
        }
    }
}

extension ReviewComments {
    /// `decisions` with the comments of each, as `reviewComments(versionIDs:)` lists them.
    static func attach(_ comments: [[PinnedComment]], to decisions: [ReviewRecord]) -> [ReviewRecord] {
        decisions.enumerated().map { index, decision in
            var decision = decision
            decision.comments = index < comments.count ? comments[index] : []
            return decision
        }
    }
}
