import Foundation

/// The "下一个待审核" link of a filer page: the filing after this one in the reviewer's queue
/// (`QueueEntry`). Shown by the navigation partial on every page whose model has one.
struct NextToReview: Sendable, Equatable {
    var code: String
    var name: String
    var href: String

    /// Records that `reviewer` opened `filer`'s page now (for "changed since you last looked")
    /// and returns the filing to open next, from the queue as it stood before this visit.
    static func visit(
        _ filer: String, round: String, reviewer: ReviewerRecord, store: AppDatabase, at: Date
    ) async throws -> NextToReview? {
        let queue = try await store.reviewQueue(round: round, reviewer: reviewer)
        try await store.recordView(reviewer: reviewer, round: round, filer: filer, at: at)
        return queue.next(after: filer).map {
            NextToReview(code: $0.filer, name: $0.name, href: WebPaths.filer(round, $0.filer))
        }
    }
}
