import Foundation
import GRDB
import Shared

/// Published snapshots of a round's results: appended, never edited (schema triggers).
extension AppDatabase {
    /// Appends a publication whose snapshot `render` writes given the new publication's id.
    package func appendPublication(
        round: String, reviewer: ReviewerRecord, at: Date, render: @Sendable (Int64) throws -> Data
    ) async throws -> Int64 {
        let now = ChinaTime.format(at)
        return try await pool.write { db in
            // The writer is serialized, so the next id is ours; the snapshot names it.
            let id = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM publications") ?? 0) + 1
            let snapshot = try render(id)
            try db.execute(
                sql: "INSERT INTO publications (id, round_id, snapshot, reviewer_id, published_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [id, round, String(decoding: snapshot, as: UTF8.self), reviewer.id, now])
            try db.appendAudit(
                time: now, actor: "reviewer:\(reviewer.name)", action: "round.publish", subject: "\(round)/publications/\(id)",
                details: try AuditContent.binding(
                    db, table: "publications", id: id, into: ["sha256": Hex.encode(Crypto.sha256(snapshot))]))
            return id
        }
    }

    /// The stored snapshot of publication `id` of the round, or of the latest when `id` is nil.
    package func publicationSnapshot(round: String, id: Int64?) async throws -> Data? {
        try await pool.read { db in
            let text: String? =
                if let id {
                    try String.fetchOne(
                        db, sql: "SELECT snapshot FROM publications WHERE round_id = ? AND id = ?", arguments: [round, id])
                } else {
                    try String.fetchOne(
                        db, sql: "SELECT snapshot FROM publications WHERE round_id = ? ORDER BY id DESC LIMIT 1",
                        arguments: [round])
                }
            return text.map { Data($0.utf8) }
        }
    }

    /// `publicationSnapshot(round:id:)` decoded, for the pages that show a publication.
    func decodedSnapshot(round: String, id: Int64?) async throws -> PublicationSnapshot? {
        guard let data = try await publicationSnapshot(round: round, id: id) else { return nil }
        return try ReportCoding.decoder().decode(PublicationSnapshot.self, from: data)
    }

    /// The round's publications, oldest first.
    package func publications(round: String) async throws -> [PublicationInfo] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, published_at FROM publications WHERE round_id = ? ORDER BY id", arguments: [round]
            ).map { PublicationInfo(id: $0["id"], round: round, publishedAt: $0["published_at"]) }
        }
    }
}
