import Foundation
import Shared

/// Review decisions, versions and diffs, as both the JSON API and the reviewer pages use them:
/// one implementation of the rules (a return needs a comment and a due date not in the past,
/// only the latest version can be decided).
package struct ReviewService: Sendable {
    let store: AppDatabase
    let clock: any ServerClock

    /// Appends `request` on version `number` of `filer` (already checked to be on the round's
    /// roster) and returns that version as `GET .../versions/{n}` shows it afterwards.
    package func decide(
        round: RoundRecord, filer: String, number: Int, request: ReviewRequest, reviewer: ReviewerRecord
    ) async throws -> VersionInfo {
        let now = clock.now()
        let comment = request.comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        var dueOn: Day?
        switch request.decision {
        case .accept:
            guard request.dueOn == nil else { throw ReviewError.dueOnNotApplicable }
        case .return:
            guard let comment, !comment.isEmpty else { throw ReviewError.commentRequired }
            guard let text = request.dueOn else { throw ReviewError.dueOnRequired }
            dueOn = try DueDate.parse(text, today: ChinaTime.day(of: now))
        }
        let pinned = try await pinnedComments(request.comments ?? [], round: round.id, filer: filer, number: number)
        let outcome = try await store.appendReview(
            round: round.id, filer: filer, number: number, decision: request.decision,
            comment: comment?.isEmpty == false ? comment : nil, dueOn: dueOn, comments: pinned, reviewer: reviewer, at: now)
        switch outcome {
        case .unknownVersion: throw FilingError.unknownVersion(String(number))
        case .notLatest(let current): throw ReviewError.notLatest(version: number, current: current)
        case .recorded: break
        }
        guard let info = try await versionInfo(round: round, filer: filer, number: number) else {
            throw FilingError.unknownVersion(String(number))
        }
        return info
    }

    /// `requests` checked against version `number`'s report and labelled (none: nothing read).
    private func pinnedComments(_ requests: [ReviewCommentRequest], round: String, filer: String, number: Int)
        async throws -> [PinnedComment]
    {
        guard !requests.isEmpty else { return [] }
        guard let record = try await store.version(round: round, filer: filer, number: number),
            let bytes = try await store.reportBytes(round: round, filer: filer, number: number)
        else { throw FilingError.unknownVersion(String(number)) }
        // Reading a large report's places and labels waits its turn like any large work.
        return try await LargeWork.admitted(bytes.count) {
            try ReviewComments.check(requests, report: bytes, issues: record.validation.issues, version: number)
        }
    }

    /// The field-level changes from version `from` to version `number`.
    package func diff(round: String, filer: String, number: Int, from: Int) async throws -> [FieldChange] {
        let (old, new) = try await bytes(round: round, filer: filer, from: from, to: number)
        // Stored versions passed the decoder, so they are valid JSON.
        return try ReportDiff.changes(from: old, to: new)
    }

    /// The same changes in words, as the pages show them.
    package func labelledDiff(round: String, filer: String, number: Int, from: Int) async throws -> [LabelledChange] {
        let (old, new) = try await bytes(round: round, filer: filer, from: from, to: number)
        return try ReportDiff.labelledChanges(from: old, to: new)
    }

    private func bytes(round: String, filer: String, from: Int, to number: Int) async throws -> (Data, Data) {
        guard let new = try await store.reportBytes(round: round, filer: filer, number: number) else {
            throw FilingError.unknownVersion(String(number))
        }
        guard let old = try await store.reportBytes(round: round, filer: filer, number: from) else {
            throw FilingError.unknownVersion(String(from))
        }
        return (old, new)
    }

    /// One version's metadata with every decision on it, or nil when there is no such version.
    package func versionInfo(round: RoundRecord, filer: String, number: Int) async throws -> VersionInfo? {
        guard let record = try await store.version(round: round.id, filer: filer, number: number),
            let first = try await store.version(round: round.id, filer: filer, number: 1)
        else { return nil }
        let deadline = try await store.filerDeadline(in: round, filer: filer)
        return try await Self.infos([record], store: store, deadline: deadline, firstReceivedAt: first.receivedAt)[0]
    }

    /// Every version of `filer` in the round, oldest first, with receipts and decisions; the
    /// filer's `deadline` when the caller has read it already.
    package func versionInfos(round: RoundRecord, filer: String, deadline known: FilerDeadline? = nil) async throws
        -> [VersionInfo]
    {
        let versions = try await store.versions(round: round.id, filer: filer)
        guard let first = versions.first else { return [] }
        let deadline = if let known { known } else { try await store.filerDeadline(in: round, filer: filer) }
        return try await Self.infos(versions, store: store, deadline: deadline, firstReceivedAt: first.receivedAt)
    }

    private static func infos(
        _ versions: [VersionRecord], store: AppDatabase, deadline: FilerDeadline, firstReceivedAt: String
    ) async throws -> [VersionInfo] {
        let reviews = try await store.reviews(versionIDs: versions.map(\.id))
        let comments = try await store.reviewComments(versionIDs: versions.map(\.id))
        return versions.map { record in
            let decisions = ReviewComments.attach(comments[record.id] ?? [], to: reviews[record.id] ?? [])
            return VersionInfo(
                receipt: record.receipt(deadline: deadline, firstReceivedAt: firstReceivedAt), keyId: record.keyID,
                signedAt: record.signedAt, baseVersion: record.baseVersion, signature: record.signature,
                reviewState: decisions.last.map { $0.decision == .accept ? .accepted : .returned } ?? .received,
                issues: record.validation.issues, reviews: decisions)
        }
    }
}
