import Foundation
import Shared

/// Spot checks as both the JSON API and the reviewer pages use them: the reproducible draw over
/// each filer's latest version, findings per sampled platform and indicator, their follow-ups.
package struct SpotCheckService: Sendable {
    let store: AppDatabase
    let clock: any ServerClock

    /// Draws and stores a sample of the round's filed platforms; returns the stored draw, or the
    /// draw already made with the same seed and counts (`created` false: nothing stored).
    package func draw(
        round: RoundRecord, request: SpotCheckRequest, reviewer: ReviewerRecord
    ) async throws -> (check: SpotCheck, created: Bool) {
        let counts = try Self.counts(request.counts)
        if let id = try await store.existingSpotCheck(round: round.id, seed: request.seed, counts: counts) {
            return (try await spotCheck(round: round.id, id: id), false)
        }
        var population: [SpotCheckDraw.Candidate] = []
        for stored in try await store.latestReports(round: round.id) {
            // Stored versions passed the decoder at upload.
            let report = try ReportDecoder.decode(stored.bytes)
            population += report.platforms.map {
                SpotCheckDraw.Candidate(filer: stored.filer, versionID: stored.versionID, platformID: $0.id, level: $0.level)
            }
        }
        guard !population.isEmpty else { throw SpotCheckError.nothingFiled(round.id) }
        let (strata, drawn) = SpotCheckDraw.draw(seed: request.seed, counts: counts, population: population)
        let now = clock.now()
        let (id, created) = try await store.recordSpotCheck(
            round: round.id, seed: request.seed, strata: strata,
            items: drawn.map { DrawnPlatform(versionID: $0.versionID, platformID: $0.platformID, level: $0.level) },
            reviewer: reviewer, at: now)
        return (try await spotCheck(round: round.id, id: id, now: now), created)
    }

    /// Every draw of the round and the discrepancies' follow-ups (those in `followUp` when given).
    package func list(round: String, followUp state: FollowUpState?) async throws -> SpotCheckList {
        let now = clock.now()
        let checks = try await withPlatforms(
            try await store.spotChecks(round: round, today: ChinaTime.day(of: now)), round: round)
        let followUps = checks.flatMap { check in
            check.items.flatMap { item in
                item.findings.compactMap { finding -> SpotCheckFollowUp? in
                    guard let followUp = finding.followUp, let dueOn = finding.dueOn, state == nil || state == followUp else {
                        return nil
                    }
                    return SpotCheckFollowUp(
                        spotCheckId: check.id, itemId: item.id, filer: item.filer, version: item.version,
                        platformId: item.platformId, level: item.level, indicator: finding.indicator, notes: finding.notes,
                        dueOn: dueOn, resolvedAt: finding.resolvedAt, state: followUp, resolutionNote: finding.resolutionNote,
                        platformName: item.platformName)
                }
            }
        }
        return SpotCheckList(round: round, asOf: ChinaTime.format(now), spotChecks: checks, followUps: followUps)
    }

    /// One stored draw, or 404 `unknown_spot_check`.
    package func spotCheck(round: String, id: Int64, now: Date? = nil) async throws -> SpotCheck {
        let today = ChinaTime.day(of: now ?? clock.now())
        guard let check = try await store.spotChecks(round: round, today: today).first(where: { $0.id == id }) else {
            throw SpotCheckError.unknownSpotCheck(String(id))
        }
        return try await withPlatforms([check], round: round)[0]
    }

    /// Records a finding: a discrepancy needs notes and a follow-up date not in the past.
    package func recordFinding(
        round: String, spotCheck: Int64, item: Int64, finding request: FindingRequest, reviewer: ReviewerRecord
    ) async throws -> SpotCheckFinding {
        let now = clock.now()
        let (finding, dueOn) = try Self.checked(request, today: ChinaTime.day(of: now))
        let outcome = try await store.recordFinding(
            round: round, spotCheck: spotCheck, item: item, finding: finding, dueOn: dueOn, reviewer: reviewer, at: now)
        return try Self.finding(outcome, item: item, indicator: finding.indicator)
    }

    /// Marks a discrepancy's follow-up resolved; the note saying why is required.
    package func resolve(
        round: String, spotCheck: Int64, item: Int64, indicator: IndicatorID, note: String?, reviewer: ReviewerRecord
    ) async throws -> SpotCheckFinding {
        guard let note = note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty else {
            throw SpotCheckError.noteRequired
        }
        let outcome = try await store.resolveFinding(
            round: round, spotCheck: spotCheck, item: item, indicator: indicator, note: note, reviewer: reviewer,
            at: clock.now())
        return try Self.finding(outcome, item: item, indicator: indicator, unknownIsFinding: true)
    }

    /// The finding with its notes trimmed and its follow-up date: a discrepancy needs notes and a
    /// date not in the past, a confirmation has no date.
    static func checked(_ request: FindingRequest, today: Day) throws -> (FindingRequest, Day?) {
        var finding = request
        finding.notes = finding.notes?.trimmingCharacters(in: .whitespacesAndNewlines)
        if finding.notes?.isEmpty == true { finding.notes = nil }
        switch finding.outcome {
        case .confirmed:
            guard finding.dueOn == nil else { throw ReviewError.dueOnNotApplicable }
            return (finding, nil)
        case .discrepancy:
            guard finding.notes != nil, let text = finding.dueOn else { throw SpotCheckError.notesRequired }
            return (finding, try DueDate.parse(text, today: today))
        }
    }

    static func finding(
        _ outcome: FindingOutcome, item: Int64, indicator: IndicatorID, unknownIsFinding: Bool = false
    ) throws -> SpotCheckFinding {
        switch outcome {
        case .recorded(let finding): return finding
        case .unknown:
            throw unknownIsFinding ? SpotCheckError.unknownFinding(indicator.rawValue) : SpotCheckError.unknownItem(String(item))
        case .exists: throw SpotCheckError.findingExists(indicator.rawValue)
        case .notDiscrepancy: throw SpotCheckError.notDiscrepancy(indicator.rawValue)
        case .alreadyResolved: throw SpotCheckError.alreadyResolved(indicator.rawValue)
        }
    }

    /// The requested count per level: known levels, non-negative, at least one above zero.
    static func counts(_ raw: [String: Int]) throws -> [PlatformLevel: Int] {
        var counts: [PlatformLevel: Int] = [:]
        for (key, value) in raw {
            guard let level = PlatformLevel(rawValue: key) else {
                throw SpotCheckError.invalidCounts("未知层级 / unknown level \(key)")
            }
            guard (0...100_000).contains(value) else { throw SpotCheckError.invalidCounts("\(key)=\(value)") }
            counts[level] = value
        }
        guard counts.values.contains(where: { $0 > 0 }) else { throw SpotCheckError.invalidCounts("全部为 0 / all zero") }
        return counts
    }
}
