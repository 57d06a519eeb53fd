import Foundation
import Shared

extension SpotCheckService {
    /// Records the findings on several indicators of one sampled platform at once (the page's
    /// "全部一致，以下除外" form): every one is checked first, then all are stored in one
    /// transaction, so a refusal stores none of them.
    package func recordFindings(
        round: String, spotCheck: Int64, item: Int64, findings: [FindingRequest], reviewer: ReviewerRecord
    ) async throws -> [SpotCheckFinding] {
        guard !findings.isEmpty else { throw SpotCheckError.nothingToRecord }
        let now = clock.now()
        var checked: [(request: FindingRequest, dueOn: Day?)] = []
        for request in findings {
            do {
                checked.append(try Self.checked(request, today: ChinaTime.day(of: now)))
            } catch SpotCheckError.notesRequired {
                throw SpotCheckError.notesRequiredOn(request.indicator.label.zh)
            }
        }
        switch try await store.recordFindings(
            round: round, spotCheck: spotCheck, item: item, findings: checked, reviewer: reviewer, at: now)
        {
        case .recorded(let recorded): return recorded
        case .unknown: throw SpotCheckError.unknownItem(String(item))
        case .exists(let indicator): throw SpotCheckError.findingExists(indicator.rawValue)
        }
    }
}
