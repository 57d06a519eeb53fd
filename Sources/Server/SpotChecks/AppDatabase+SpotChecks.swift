import Foundation
import GRDB
import Shared

/// Spot-check draws, their sampled platforms and the findings with their follow-ups.
extension AppDatabase {
    /// Stores a draw and its items, audited with the seed, the strata and a hash of the sample;
    /// or, when the round already has a draw with this seed and these counts, returns that one
    /// (`created` false) and stores nothing.
    package func recordSpotCheck(
        round: String, seed: Int64, strata: [SpotCheckStratum], items: [DrawnPlatform], reviewer: ReviewerRecord,
        at: Date
    ) async throws -> (id: Int64, created: Bool) {
        let now = ChinaTime.format(at)
        // The `counts` column keeps the strata: what was asked for, available and drawn per level.
        let strataJSON = String(decoding: try ReportCoding.encode(strata, pretty: false), as: UTF8.self)
        let sampleText = items.map { "\($0.versionID)/\($0.platformID)" }.joined(separator: "\n")
        return try await pool.write { db in
            // Checked again here: two identical draws racing each other store one batch.
            if let id = try SameDraw.existing(db, round: round, seed: seed, requested: SameDraw.requested(strata)) {
                return (id, false)
            }
            try db.execute(
                sql: "INSERT INTO spot_checks (round_id, seed, counts, reviewer_id, drawn_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [round, seed, strataJSON, reviewer.id, now])
            let id = db.lastInsertedRowID
            for item in items {
                try db.execute(
                    sql:
                        "INSERT INTO spot_check_items (spot_check_id, version_id, platform_id, platform_level) VALUES (?, ?, ?, ?)",
                    arguments: [id, item.versionID, item.platformID, item.level.rawValue])
            }
            try db.appendAudit(
                time: now, actor: "reviewer:\(reviewer.name)", action: "spotcheck.draw", subject: "\(round)/spot-checks/\(id)",
                details: [
                    "seed": String(seed), "strata": strataJSON, "platforms": String(items.count),
                    "sampleSha256": Hex.encode(Crypto.sha256(Array(sampleText.utf8))),
                ])
            return (id, true)
        }
    }

    /// The round's draws, oldest first, with items and findings; follow-up states as of `today`.
    package func spotChecks(round: String, today: Day) async throws -> [SpotCheck] {
        try await pool.read { db in
            let files = try Self.findingAttachments(db, round: round)
            var findings: [Int64: [SpotCheckFinding]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT f.*, r.name AS reviewer FROM spot_check_findings f
                    JOIN reviewers r ON r.id = f.reviewer_id
                    JOIN spot_check_items i ON i.id = f.item_id JOIN spot_checks s ON s.id = i.spot_check_id
                    WHERE s.round_id = ? ORDER BY f.id
                    """, arguments: [round])
            {
                var finding = Self.finding(row, today: today)
                finding.attachments = files[row["id"]]
                findings[row["item_id"], default: []].append(finding)
            }
            var items: [Int64: [SpotCheckItem]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT i.*, v.filer_code, v.version FROM spot_check_items i
                    JOIN versions v ON v.id = i.version_id JOIN spot_checks s ON s.id = i.spot_check_id
                    WHERE s.round_id = ? ORDER BY i.id
                    """, arguments: [round])
            {
                let id: Int64 = row["id"]
                items[row["spot_check_id"], default: []].append(
                    SpotCheckItem(
                        id: id, filer: row["filer_code"], version: row["version"], platformId: row["platform_id"],
                        level: PlatformLevel(rawValue: row["platform_level"]) ?? .province, findings: findings[id] ?? []))
            }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT s.*, r.name AS reviewer FROM spot_checks s JOIN reviewers r ON r.id = s.reviewer_id
                    WHERE s.round_id = ? ORDER BY s.id
                    """, arguments: [round]
            ).map { row in
                let id: Int64 = row["id"]
                let countsText: String = row["counts"]
                let strata = (try? ReportCoding.decoder().decode([SpotCheckStratum].self, from: Data(countsText.utf8))) ?? []
                return SpotCheck.make(
                    id: id, round: round, seed: row["seed"], strata: strata, drawnAt: row["drawn_at"],
                    drawnBy: row["reviewer"], items: items[id] ?? [])
            }
        }
    }

    /// Records the finding on one indicator of a sampled platform (at most one per indicator).
    package func recordFinding(
        round: String, spotCheck: Int64, item: Int64, finding: FindingRequest, dueOn: Day?, reviewer: ReviewerRecord,
        at: Date
    ) async throws -> FindingOutcome {
        try await pool.write { db in
            guard try Self.itemExists(db, round: round, spotCheck: spotCheck, item: item) else { return .unknown }
            return try Self.insertFinding(
                db, round: round, spotCheck: spotCheck, item: item, finding: finding, dueOn: dueOn, reviewer: reviewer, at: at)
        }
    }

    /// Inserts one finding of an existing item, its audit event and (a discrepancy) the filer's
    /// notice; `.exists` when that indicator of the item already has one.
    static func insertFinding(
        _ db: Database, round: String, spotCheck: Int64, item: Int64, finding: FindingRequest, dueOn: Day?,
        reviewer: ReviewerRecord, at: Date
    ) throws -> FindingOutcome {
        let now = ChinaTime.format(at)
        guard
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM spot_check_findings WHERE item_id = ? AND indicator = ?",
                arguments: [item, finding.indicator.rawValue]) == nil
        else { return .exists }
        try db.execute(
            sql: """
                INSERT INTO spot_check_findings (item_id, indicator, outcome, notes, due_on, reviewer_id, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                item, finding.indicator.rawValue, finding.outcome.rawValue, finding.notes, dueOn?.description, reviewer.id, now,
            ])
        var details = ["indicator": finding.indicator.rawValue, "outcome": finding.outcome.rawValue]
        details["dueOn"] = dueOn?.description
        let findingID = db.lastInsertedRowID
        details = try AuditContent.binding(db, table: "spot_check_findings", id: findingID, into: details)
        try db.appendAudit(
            time: now, actor: "reviewer:\(reviewer.name)", action: "spotcheck.finding",
            subject: "\(round)/spot-checks/\(spotCheck)/items/\(item)", details: details)
        // A discrepancy reaches the filer in the finding's transaction.
        try db.insertFindingNotice(findingID: findingID, round: round, reviewer: reviewer, at: now)
        return try storedFinding(db, item: item, indicator: finding.indicator, today: ChinaTime.day(of: at))
    }

    /// Marks a discrepancy's follow-up resolved, with the reviewer's note.
    package func resolveFinding(
        round: String, spotCheck: Int64, item: Int64, indicator: IndicatorID, note: String, reviewer: ReviewerRecord,
        at: Date
    ) async throws -> FindingOutcome {
        let now = ChinaTime.format(at)
        return try await pool.write { db in
            guard try Self.itemExists(db, round: round, spotCheck: spotCheck, item: item),
                let row = try Row.fetchOne(
                    db, sql: "SELECT outcome, resolved_at FROM spot_check_findings WHERE item_id = ? AND indicator = ?",
                    arguments: [item, indicator.rawValue])
            else { return .unknown }
            guard row["outcome"] as String == SpotCheckOutcome.discrepancy.rawValue else { return .notDiscrepancy }
            guard row["resolved_at"] as String? == nil else { return .alreadyResolved }
            try db.execute(
                sql: "UPDATE spot_check_findings SET resolved_at = ?, resolution_note = ? WHERE item_id = ? AND indicator = ?",
                arguments: [now, note, item, indicator.rawValue])
            try db.appendAudit(
                time: now, actor: "reviewer:\(reviewer.name)", action: "spotcheck.resolve",
                subject: "\(round)/spot-checks/\(spotCheck)/items/\(item)",
                details: ["indicator": indicator.rawValue, "noteSha256": Hex.encode(Crypto.sha256(Array(note.utf8)))])
            return try Self.storedFinding(db, item: item, indicator: indicator, today: ChinaTime.day(of: at))
        }
    }

    // MARK: - Rows

    static func itemExists(_ db: Database, round: String, spotCheck: Int64, item: Int64) throws -> Bool {
        try Bool.fetchOne(
            db,
            sql: """
                SELECT 1 FROM spot_check_items i JOIN spot_checks s ON s.id = i.spot_check_id
                WHERE i.id = ? AND s.id = ? AND s.round_id = ?
                """,
            arguments: [item, spotCheck, round]) != nil
    }

    private static func storedFinding(_ db: Database, item: Int64, indicator: IndicatorID, today: Day) throws -> FindingOutcome {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT f.*, r.name AS reviewer FROM spot_check_findings f JOIN reviewers r ON r.id = f.reviewer_id
                    WHERE f.item_id = ? AND f.indicator = ?
                    """,
                arguments: [item, indicator.rawValue])
        else { return .unknown }
        return .recorded(finding(row, today: today))
    }

    static func finding(_ row: Row, today: Day) -> SpotCheckFinding {
        let outcome = SpotCheckOutcome(rawValue: row["outcome"]) ?? .discrepancy
        let dueOn: String? = row["due_on"]
        let resolvedAt: String? = row["resolved_at"]
        return SpotCheckFinding(
            indicator: IndicatorID(rawValue: row["indicator"]) ?? .unifiedEntry, outcome: outcome, notes: row["notes"],
            dueOn: dueOn, resolvedAt: resolvedAt,
            followUp: outcome == .confirmed ? nil : FollowUpState.of(dueOn: dueOn, resolvedAt: resolvedAt, today: today),
            recordedBy: row["reviewer"], recordedAt: row["recorded_at"], resolutionNote: row["resolution_note"])
    }
}

extension FollowUpState {
    /// `resolved` once resolved; `overdue` when the due day has ended (CST) before that; else `open`.
    static func of(dueOn: String?, resolvedAt: String?, today: Day) -> FollowUpState {
        if resolvedAt != nil { return .resolved }
        guard let due = dueOn.flatMap(Day.init) else { return .open }
        return due < today ? .overdue : .open
    }
}

extension SpotCheck {
    /// A draw with the message that says which levels had fewer platforms than asked for.
    static func make(
        id: Int64, round: String, seed: Int64, strata: [SpotCheckStratum], drawnAt: String, drawnBy: String,
        items: [SpotCheckItem]
    ) -> SpotCheck {
        let short = strata.filter { $0.available < $0.requested }
        let counts = Dictionary(uniqueKeysWithValues: strata.map { ($0.level.rawValue, $0.requested) })
        return SpotCheck(
            id: id, round: round, seed: seed, counts: counts, strata: strata, drawnAt: drawnAt, drawnBy: drawnBy,
            items: items,
            message: short.isEmpty
                ? nil
                : "以下层级平台数少于抽取数，已全部抽取："
                    + short.map { "\($0.level.rawValue)（要求 \($0.requested)，仅有 \($0.available)）" }.joined(separator: "，"),
            messageEn: short.isEmpty
                ? nil
                : "Fewer platforms than requested, all taken: "
                    + short.map { "\($0.level.rawValue) (requested \($0.requested), only \($0.available))" }.joined(
                        separator: ", "))
    }
}
