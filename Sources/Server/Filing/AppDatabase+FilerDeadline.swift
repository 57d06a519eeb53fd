import Foundation
import GRDB
import Shared

/// The deadline each filer is held to: the round's, or the later day granted to it alone.
extension AppDatabase {
    /// One granted extension, as `round extend --filer` stored it.
    package struct DeadlineExtension: Sendable, Equatable {
        package var filer: String
        package var name: String
        package var deadline: Day
        package var reason: String
        package var grantedAt: String
        package var grantedBy: String
    }

    /// The filer's deadline in the round; nil for an unknown round.
    package func filerDeadline(round: String, filer: String) async throws -> FilerDeadline? {
        try await pool.read { db in try Self.filerDeadline(db, round: round, filer: filer) }
    }

    /// The filer's deadline in a round already read (the round's own when it has none).
    package func filerDeadline(in round: RoundRecord, filer: String) async throws -> FilerDeadline {
        try await filerDeadline(round: round.id, filer: filer) ?? FilerDeadline(round: round.deadline)
    }

    /// Every extension granted in the round (or only `filer`'s), by filer code.
    package func deadlineExtensions(round: String, filer: String? = nil) async throws -> [DeadlineExtension] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT x.filer_code, f.name, x.deadline, x.reason, x.granted_at, x.granted_by
                    FROM deadline_extensions x JOIN filers f ON f.code = x.filer_code
                    WHERE x.round_id = ? AND (? IS NULL OR x.filer_code = ?) ORDER BY x.filer_code
                    """,
                arguments: [round, filer, filer]
            ).compactMap { row in
                guard let day = Day(row["deadline"]) else { return nil }
                return DeadlineExtension(
                    filer: row["filer_code"], name: row["name"], deadline: day, reason: row["reason"],
                    grantedAt: row["granted_at"], grantedBy: row["granted_by"])
            }
        }
    }

    static func filerDeadline(_ db: Database, round: String, filer: String) throws -> FilerDeadline? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT r.deadline AS deadline, x.deadline AS extended FROM rounds r
                        LEFT JOIN deadline_extensions x ON x.round_id = r.id AND x.filer_code = ?
                        WHERE r.id = ?
                        """),
                arguments: [filer, round]),
            let deadline = Day(row["deadline"] as String)
        else { return nil }
        return FilerDeadline(round: deadline, extended: (row["extended"] as String?).flatMap(Day.init))
    }
}
