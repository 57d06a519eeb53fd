import Shared

/// Why a filing is in a reviewer's queue.
package enum QueueReason: String, Sendable, CaseIterable {
    /// The latest version has no decision yet.
    case undecided
    /// A version newer than the one this reviewer last saw came in (and this reviewer has not
    /// decided it).
    case newVersion
    /// Another reviewer decided the latest version after this reviewer last looked.
    case decidedByOthers
}

extension QueueReason: Labelled {
    package var label: Label {
        switch self {
        case .undecided: Label("待审核", "awaiting a decision")
        case .newVersion: Label("自上次查看后有新版本", "new version since you last looked")
        case .decidedByOthers: Label("他人已审核", "decided by another reviewer since you last looked")
        }
    }
}

/// One filing in a reviewer's queue: what needs a decision, or changed since the reviewer last
/// opened the filer's page.
package struct QueueEntry: Sendable, Equatable {
    package var filer: String
    package var name: String
    package var latestVersion: Int
    package var latestReceivedAt: String
    /// The latest decision on the latest version; nil while undecided.
    package var decision: ReviewDecision?
    /// The version that was the latest when this reviewer last opened the page; nil: never opened.
    package var seenVersion: Int?
    package var viewedAt: String?
    package var reasons: [QueueReason]
    /// Since when the filing waits for this reviewer (the queue is oldest first).
    package var since: String

    package init(
        filer: String, name: String, latestVersion: Int, latestReceivedAt: String, decision: ReviewDecision?,
        seenVersion: Int?, viewedAt: String?, reasons: [QueueReason], since: String
    ) {
        self.filer = filer
        self.name = name
        self.latestVersion = latestVersion
        self.latestReceivedAt = latestReceivedAt
        self.decision = decision
        self.seenVersion = seenVersion
        self.viewedAt = viewedAt
        self.reasons = reasons
        self.since = since
    }
}

extension [QueueEntry] {
    /// The filing to open after `filer`'s: the next one in queue order, wrapping around to the
    /// oldest; the oldest when `filer` is not in the queue; nil when nothing else waits.
    package func next(after filer: String) -> QueueEntry? {
        guard let index = firstIndex(where: { $0.filer == filer }) else { return first }
        let rotated = self[(index + 1)...] + self[..<index]
        return rotated.first
    }
}
