import Shared

// Wire types of review decisions (API.md, "Reviewer endpoints"). Encoded with `ReportCoding`.

/// `POST /v1/rounds/{round}/filers/{filer}/versions/{n}/review`. A return needs `comment` and
/// `dueOn` (`YYYY-MM-DD`, the follow-up date); an accept may carry a comment.
package struct ReviewRequest: Codable, Sendable, Equatable {
    package var decision: ReviewDecision
    package var comment: String?
    package var dueOn: String?

    package init(decision: ReviewDecision, comment: String? = nil, dueOn: String? = nil) {
        self.decision = decision
        self.comment = comment
        self.dueOn = dueOn
    }
}
