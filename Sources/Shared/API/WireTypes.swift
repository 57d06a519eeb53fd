/// Where a filer stands against a round's deadline.
package enum DeadlineStatus: String, Codable, Sendable, CaseIterable {
    /// Nothing filed yet, deadline ahead.
    case pending
    /// First accepted version received by the deadline.
    case onTime
    /// First version received after the round's deadline but by the later day granted to this
    /// filer alone (延期后按时), counted apart from `onTime`.
    case onTimeExtended
    /// First version received after the deadline (the filer's own, when extended).
    case late
    /// Nothing filed and the deadline has passed.
    case missing
}

/// Review state of one version.
package enum ReviewState: String, Codable, Sendable, CaseIterable {
    case received, accepted, returned
}

/// What the server returns for an accepted upload (201) or a replay of it (200).
package struct Receipt: Codable, Sendable, Equatable {
    package var filer: String
    package var round: String
    package var version: Int
    /// Lower-case hex SHA-256 of the stored bytes.
    package var sha256: String
    /// Server receive time, RFC 3339 in China Standard Time (`2017-12-20T10:00:00+08:00`).
    package var receivedAt: String
    package var deadline: String
    package var deadlineStatus: DeadlineStatus
    package var errors: Int
    package var warnings: Int

    package init(
        filer: String, round: String, version: Int, sha256: String, receivedAt: String,
        deadline: String, deadlineStatus: DeadlineStatus, errors: Int, warnings: Int
    ) {
        self.filer = filer
        self.round = round
        self.version = version
        self.sha256 = sha256
        self.receivedAt = receivedAt
        self.deadline = deadline
        self.deadlineStatus = deadlineStatus
        self.errors = errors
        self.warnings = warnings
    }
}

/// The JSON body of every error response. `error` is a stable code; the messages are for people.
/// A 422 also carries the validation result's `errors`, `warnings` and `issues`; a 409 names
/// `currentVersion`.
package struct APIErrorBody: Codable, Sendable, Equatable, Error {
    package var error: String
    package var message: String
    package var messageEn: String
    package var currentVersion: Int?
    package var errors: Int?
    package var warnings: Int?
    package var issues: [ValidationIssue]?

    package init(
        error: String, message: String, messageEn: String, currentVersion: Int? = nil,
        validation: ValidationResult? = nil
    ) {
        self.error = error
        self.message = message
        self.messageEn = messageEn
        self.currentVersion = currentVersion
        self.errors = validation?.errors
        self.warnings = validation?.warnings
        self.issues = validation?.issues
    }

    /// The validation result a 422 carries, if any.
    package var validation: ValidationResult? {
        guard let issues else { return nil }
        return ValidationResult(issues: issues)
    }
}

/// One review decision, appended and never edited.
package struct ReviewRecord: Codable, Sendable, Equatable {
    package var decision: ReviewDecision
    package var comment: String?
    package var dueOn: String?
    package var reviewer: String
    package var decidedAt: String
    /// Comments pinned to places of the report, in the order given (always present; a server
    /// before pinned comments sends none, read as empty).
    package var comments: [PinnedComment]

    package init(
        decision: ReviewDecision, comment: String?, dueOn: String?, reviewer: String, decidedAt: String,
        comments: [PinnedComment] = []
    ) {
        self.decision = decision
        self.comment = comment
        self.dueOn = dueOn
        self.reviewer = reviewer
        self.decidedAt = decidedAt
        self.comments = comments
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        decision = try container.decode(ReviewDecision.self, forKey: .decision)
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
        dueOn = try container.decodeIfPresent(String.self, forKey: .dueOn)
        reviewer = try container.decode(String.self, forKey: .reviewer)
        decidedAt = try container.decode(String.self, forKey: .decidedAt)
        comments = try container.decodeIfPresent([PinnedComment].self, forKey: .comments) ?? []
    }
}

package enum ReviewDecision: String, Codable, Sendable, CaseIterable {
    case accept, `return`
}

/// A stored version's metadata, as listed by `GET .../versions` and `GET .../versions/{n}`.
package struct VersionInfo: Codable, Sendable, Equatable {
    package var receipt: Receipt
    package var keyId: String
    package var signedAt: String
    package var baseVersion: Int
    package var signature: String
    package var reviewState: ReviewState
    /// Validation issues stored with the version (warnings only: errors are never stored).
    package var issues: [ValidationIssue]?
    package var reviews: [ReviewRecord]

    package init(
        receipt: Receipt, keyId: String, signedAt: String, baseVersion: Int, signature: String,
        reviewState: ReviewState, issues: [ValidationIssue]?, reviews: [ReviewRecord]
    ) {
        self.receipt = receipt
        self.keyId = keyId
        self.signedAt = signedAt
        self.baseVersion = baseVersion
        self.signature = signature
        self.reviewState = reviewState
        self.issues = issues
        self.reviews = reviews
    }
}

/// `GET /v1/rounds/{round}/filers/{filer}/versions`.
package struct VersionList: Codable, Sendable, Equatable {
    package var filer: String
    package var filerName: String
    package var round: String
    package var deadline: String
    package var roundClosed: Bool
    package var deadlineStatus: DeadlineStatus
    package var versions: [VersionInfo]

    package init(
        filer: String, filerName: String, round: String, deadline: String, roundClosed: Bool,
        deadlineStatus: DeadlineStatus, versions: [VersionInfo]
    ) {
        self.filer = filer
        self.filerName = filerName
        self.round = round
        self.deadline = deadline
        self.roundClosed = roundClosed
        self.deadlineStatus = deadlineStatus
        self.versions = versions
    }
}

/// One field-level change between two versions of a report.
package struct FieldChange: Codable, Sendable, Equatable {
    /// JSON path, e.g. `platforms[0].checks.search.tests[2].found`.
    package var path: String
    /// Old value as compact JSON, `nil` when the field was added.
    package var from: String?
    /// New value as compact JSON, `nil` when the field was removed.
    package var to: String?

    package init(path: String, from: String?, to: String?) {
        self.path = path
        self.from = from
        self.to = to
    }
}

/// A filing round as a filer or reviewer sees it.
package struct RoundInfo: Codable, Sendable, Equatable {
    package var id: String
    package var title: String
    /// The deadline day (`YYYY-MM-DD`); filings are on time until its end, China Standard Time.
    package var deadline: String
    package var closed: Bool
    /// The asking filer's status in this round (absent for reviewers' listings).
    package var deadlineStatus: DeadlineStatus?
    /// Days from the server's today (China Standard Time) to the deadline day: 0 on the deadline
    /// day itself, negative once it has passed. The server's clock decides, as it does for
    /// `deadlineStatus`, so that a client with a wrong clock still counts the right days.
    package var daysLeft: Int?
    /// The filer's latest version in this round, absent before the first.
    package var latestVersion: Int?
    /// That version's review state.
    package var reviewState: ReviewState?
    /// The follow-up due day when that version was returned.
    package var followUpDueOn: String?

    package init(
        id: String, title: String, deadline: String, closed: Bool, deadlineStatus: DeadlineStatus?, daysLeft: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.deadline = deadline
        self.closed = closed
        self.deadlineStatus = deadlineStatus
        self.daysLeft = daysLeft
    }
}
