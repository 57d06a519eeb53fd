import Foundation
import GRDB
import Shared

/// What became of the findings of one sampled platform recorded together.
package enum FindingBatchOutcome: Sendable, Equatable {
    case recorded([SpotCheckFinding])
    /// No such item in that draw of that round.
    case unknown
    /// That indicator of the platform has a finding already; nothing was stored.
    case exists(IndicatorID)
}

extension AppDatabase {
    /// Records the findings on several indicators of one sampled platform in one transaction:
    /// all of them, each with its audit event, or none.
    package func recordFindings(
        round: String, spotCheck: Int64, item: Int64, findings: [(request: FindingRequest, dueOn: Day?)],
        reviewer: ReviewerRecord, at: Date
    ) async throws -> FindingBatchOutcome {
        do {
            return try await pool.write { db in
                guard try Self.itemExists(db, round: round, spotCheck: spotCheck, item: item) else { return .unknown }
                var recorded: [SpotCheckFinding] = []
                for finding in findings {
                    let outcome = try Self.insertFinding(
                        db, round: round, spotCheck: spotCheck, item: item, finding: finding.request, dueOn: finding.dueOn,
                        reviewer: reviewer, at: at)
                    // Throwing rolls the whole transaction back: the batch is stored whole or not at all.
                    guard case .recorded(let stored) = outcome else { throw Conflict(indicator: finding.request.indicator) }
                    recorded.append(stored)
                }
                return .recorded(recorded)
            }
        } catch let conflict as Conflict {
            return .exists(conflict.indicator)
        }
    }

    private struct Conflict: Error {
        var indicator: IndicatorID
    }
}
