/// Why the server wrote a notice to a filer.
package enum NoticeKind: String, Codable, Sendable, CaseIterable {
    /// A reviewer returned the latest version (comment, pinned comments, follow-up due date).
    case returned
    /// A reviewer accepted the latest version.
    case accepted
    /// A spot check found a discrepancy on a platform (indicator, notes, follow-up due date).
    case discrepancy
    /// The round's deadline is a few working days away and nothing is filed yet.
    case deadlineReminder
    /// The round's deadline passed and nothing is filed.
    case deadlinePassed
    /// A follow-up (a return or a discrepancy) is due soon.
    case followUpReminder
    /// A follow-up's due date passed without the follow-up being done.
    case followUpOverdue
    /// A reviewer reminded the filer now.
    case reminder
}

/// One notice in a filer's inbox (`GET /v1/filers/{filer}/notices`), newest first.
package struct NoticeInfo: Codable, Sendable, Equatable {
    package var id: Int64
    package var kind: NoticeKind
    package var round: String
    /// One line, in Chinese.
    package var subject: String
    /// The notice as the e-mail says it: what happened and what to do, in Chinese.
    package var body: String
    /// Instants in RFC 3339, China Standard Time.
    package var createdAt: String
    /// Absent until the filer has read it (`zicha notices`).
    package var readAt: String?
    /// The version the notice is about, when it is about one.
    package var version: Int?
    /// The follow-up due day or the round's deadline (`YYYY-MM-DD`), when there is one.
    package var dueOn: String?

    package init(
        id: Int64, kind: NoticeKind, round: String, subject: String, body: String, createdAt: String, readAt: String? = nil,
        version: Int? = nil, dueOn: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.round = round
        self.subject = subject
        self.body = body
        self.createdAt = createdAt
        self.readAt = readAt
        self.version = version
        self.dueOn = dueOn
    }
}
