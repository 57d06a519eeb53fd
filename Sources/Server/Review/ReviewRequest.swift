import Shared

// Wire types of review decisions (API.md, "Reviewer endpoints"). Encoded with `ReportCoding`.

/// `POST /v1/rounds/{round}/filers/{filer}/versions/{n}/review`. A return needs `comment` and
/// `dueOn` (`YYYY-MM-DD`, the follow-up date); an accept may carry a comment. Either may pin
/// `comments` to places of the version's report.
package struct ReviewRequest: Codable, Sendable, Equatable {
    package var decision: ReviewDecision
    package var comment: String?
    package var dueOn: String?
    package var comments: [ReviewCommentRequest]?

    package init(
        decision: ReviewDecision, comment: String? = nil, dueOn: String? = nil, comments: [ReviewCommentRequest]? = nil
    ) {
        self.decision = decision
        self.comment = comment
        self.dueOn = dueOn
        self.comments = comments
    }
}

/// A comment to pin: `path` is a JSON path of the version's report as the validator writes it
/// (`platforms[0].checks.search`); the server adds its label in words.
package struct ReviewCommentRequest: Codable, Sendable, Equatable {
    package var path: String
    package var text: String

    package init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
