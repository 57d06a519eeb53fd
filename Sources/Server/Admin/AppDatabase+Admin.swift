import Foundation
import GRDB
import Shared

/// Rounds, filers, keys and reviewers.
extension AppDatabase {
    // MARK: - Writes

    /// Creates a round with its roster (codes that must already be filers).
    package func createRound(id: String, title: String, deadline: Day, roster: [String], actor: String, at: Date) async throws {
        let now = ChinaTime.format(at)
        try await pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM rounds WHERE id = ?", arguments: [id]) == nil else {
                throw StoreError.roundExists(id)
            }
            let codes = Array(Set(roster)).sorted()
            guard !codes.isEmpty else { throw StoreError.emptyRoster }
            let known = try Set(String.fetchAll(db, sql: "SELECT code FROM filers"))
            let unknown = codes.filter { !known.contains($0) }
            guard unknown.isEmpty else { throw StoreError.unknownFilers(unknown) }
            try Self.insertRound(db, id: id, title: title, deadline: deadline, roster: codes, actor: actor, now: now)
        }
    }

    /// Closes a round: later uploads are refused.
    package func closeRound(id: String, actor: String, at: Date) async throws {
        let now = ChinaTime.format(at)
        try await pool.write { db in
            guard let closedAt = try Row.fetchOne(db, sql: "SELECT closed_at FROM rounds WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownRound(id)
            }
            guard closedAt["closed_at"] as String? == nil else { throw StoreError.roundAlreadyClosed(id) }
            try db.execute(sql: "UPDATE rounds SET closed_at = ? WHERE id = ?", arguments: [now, id])
            try db.appendAudit(time: now, actor: actor, action: "round.close", subject: id)
        }
    }

    /// Adds a filer (not to any roster).
    package func addFiler(code: String, name: String, nameEn: String?, kind: FilerKind, actor: String, at: Date) async throws {
        let now = ChinaTime.format(at)
        try await pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM filers WHERE code = ?", arguments: [code]) == nil else {
                throw StoreError.filerExists(code)
            }
            try db.execute(
                sql: "INSERT INTO filers (code, name, name_en, kind, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [code, name, nameEn, kind.rawValue, now])
            try db.appendAudit(
                time: now, actor: actor, action: "filer.add", subject: code, details: ["name": name, "kind": kind.rawValue])
        }
    }

    /// Adds a reviewer identified by the SHA-256 (hex) of their bearer token.
    package func addReviewer(name: String, tokenSHA256: String, actor: String, at: Date) async throws -> ReviewerRecord {
        let now = ChinaTime.format(at)
        return try await pool.write { db in
            guard
                try Bool.fetchOne(db, sql: "SELECT 1 FROM reviewers WHERE name = ? AND state = 'active'", arguments: [name])
                    == nil
            else { throw StoreError.reviewerNameTaken(name) }
            try db.execute(
                sql: "INSERT INTO reviewers (name, token_sha256, state, created_at) VALUES (?, ?, 'active', ?)",
                arguments: [name, tokenSHA256, now])
            let id = db.lastInsertedRowID
            try db.appendAudit(time: now, actor: actor, action: "reviewer.add", subject: name, details: ["id": String(id)])
            return ReviewerRecord(id: id, name: name, state: .active, createdAt: now, revokedAt: nil)
        }
    }

    /// Revokes every active token of the reviewer `name`; returns how many.
    package func revokeReviewer(name: String, actor: String, at: Date) async throws -> Int {
        let now = ChinaTime.format(at)
        return try await pool.write { db in
            try db.execute(
                sql: "UPDATE reviewers SET state = 'revoked', revoked_at = ? WHERE name = ? AND state = 'active'",
                arguments: [now, name])
            let count = db.changesCount
            guard count > 0 else { throw StoreError.unknownReviewer(name) }
            try db.appendAudit(time: now, actor: actor, action: "reviewer.revoke", subject: name)
            return count
        }
    }

    // MARK: - Reads

    /// The round `id`, if it exists.
    package func round(id: String) async throws -> RoundRecord? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM rounds WHERE id = ?", arguments: [id]).map(Self.roundRecord)
        }
    }

    /// Every round, newest first.
    package func rounds() async throws -> [RoundRecord] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM rounds ORDER BY created_at DESC, id DESC").map(Self.roundRecord)
        }
    }

    /// The rounds whose roster holds `filer`, newest first.
    package func rounds(forFiler filer: String) async throws -> [RoundRecord] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT rounds.* FROM rounds JOIN roster ON roster.round_id = rounds.id
                    WHERE roster.filer_code = ? ORDER BY rounds.created_at DESC, rounds.id DESC
                    """,
                arguments: [filer]
            ).map(Self.roundRecord)
        }
    }

    /// The filer `code`, if it exists.
    package func filer(code: String) async throws -> FilerRecord? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM filers WHERE code = ?", arguments: [code]).map(Self.filerRecord)
        }
    }

    /// Every filer, by code.
    package func filers() async throws -> [FilerRecord] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM filers ORDER BY code").map(Self.filerRecord)
        }
    }

    /// The filer codes on a round's roster.
    package func roster(round: String) async throws -> Set<String> {
        try await pool.read { db in
            try Set(String.fetchAll(db, sql: "SELECT filer_code FROM roster WHERE round_id = ?", arguments: [round]))
        }
    }

    /// Whether `filer` is on the round's roster (one primary-key lookup).
    package func isOnRoster(round: String, filer: String) async throws -> Bool {
        try await pool.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM roster WHERE round_id = ? AND filer_code = ?)", arguments: [round, filer]
            ) ?? false
        }
    }

    /// The reviewer whose token hashes to `tokenSHA256`.
    package func reviewer(tokenSHA256: String) async throws -> ReviewerRecord? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM reviewers WHERE token_sha256 = ?", arguments: [tokenSHA256])
                .map(Self.reviewerRecord)
        }
    }

    /// Every reviewer token record, oldest first.
    package func reviewers() async throws -> [ReviewerRecord] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM reviewers ORDER BY id").map(Self.reviewerRecord)
        }
    }

    // MARK: - Rows

    static func roundRecord(_ row: Row) -> RoundRecord {
        let deadline: String = row["deadline"]
        return RoundRecord(
            id: row["id"], title: row["title"], deadline: Day(deadline) ?? Day(year: 1970, month: 1, day: 1)!,
            createdAt: row["created_at"], closedAt: row["closed_at"])
    }

    static func filerRecord(_ row: Row) -> FilerRecord {
        FilerRecord(
            code: row["code"], name: row["name"], nameEn: row["name_en"],
            kind: FilerKind(rawValue: row["kind"]) ?? .region, createdAt: row["created_at"])
    }

    static func reviewerRecord(_ row: Row) -> ReviewerRecord {
        ReviewerRecord(
            id: row["id"], name: row["name"], state: CredentialState(rawValue: row["state"]) ?? .revoked,
            createdAt: row["created_at"], revokedAt: row["revoked_at"])
    }
}
