import Foundation
import GRDB
import Shared

/// A notice about to be written: its cause's unique key, whom it is for and what it says.
package struct NoticeDraft: Sendable, Equatable {
    /// Names the cause once (`review/12`, `deadline/2017/320000/5`): a second draft with the same
    /// key stores nothing, so a scheduler that runs again after a restart sends nothing twice.
    package var key: String
    package var round: String
    package var filer: String
    package var kind: NoticeKind
    package var subject: String
    package var body: String
    package var version: Int?
    package var dueOn: String?
    /// `system`, or the reviewer whose decision or reminder caused it (`reviewer:NAME`).
    package var actor: String
}

/// The essential fields of a notice beside its text, stored as JSON in `notices.details`.
struct NoticeDetails: Codable, Sendable {
    var version: Int?
    var dueOn: String?
}

extension Database {
    /// Writes `draft` unless a notice with its key exists, and queues one e-mail to each active
    /// contact of the filer, inside the caller's transaction (that of the notice's cause).
    /// Returns the new notice's id, or nil when the key was taken.
    @discardableResult
    func insertNotice(_ draft: NoticeDraft, at now: String) throws -> Int64? {
        let json = String(
            decoding: try JSONEncoder().encode(NoticeDetails(version: draft.version, dueOn: draft.dueOn)), as: UTF8.self)
        try execute(
            sql: """
                INSERT INTO notices (key, round_id, filer_code, kind, subject, body, details, actor, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING
                """,
            arguments: [
                draft.key, draft.round, draft.filer, draft.kind.rawValue, draft.subject, draft.body, json, draft.actor, now,
            ])
        guard changesCount == 1 else { return nil }
        let id = lastInsertedRowID
        try execute(
            sql: """
                INSERT INTO notice_deliveries (notice_id, contact_id, email, state, next_attempt_at)
                SELECT ?, id, email, 'pending', ? FROM filer_contacts WHERE filer_code = ? AND removed_at IS NULL
                """,
            arguments: [id, now, draft.filer])
        return id
    }

    /// The round's title and the filer's name, as notices address them.
    func noticeNames(round: String, filer: String) throws -> (round: String, filer: String) {
        let title = try String.fetchOne(self, sql: "SELECT title FROM rounds WHERE id = ?", arguments: [round]) ?? round
        let name = try String.fetchOne(self, sql: "SELECT name FROM filers WHERE code = ?", arguments: [filer]) ?? filer
        return (title, name)
    }
}
