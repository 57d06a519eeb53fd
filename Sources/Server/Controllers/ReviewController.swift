import Foundation
import Hummingbird
import Shared

/// `/v1/rounds/{round}/filers/{filer}/versions/{n}/review` and `.../diff`: a reviewer's decision
/// on a version, and the field-level changes between two versions.
package struct ReviewController: Sendable {
    let store: any FilingStore
    let clock: any ServerClock

    package init(store: any FilingStore, clock: any ServerClock) {
        self.store = store
        self.clock = clock
    }

    /// Adds the routes to a group at `v1/rounds/:round/filers/:filer/versions/:version` guarded by `AuthMiddleware`.
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.post("review", use: review)
        group.get("diff", use: diff)
    }

    @Sendable func review(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let reviewer = try context.requireReviewer()
        let (roundID, filerCode) = (context.parameters.get("round") ?? "", context.parameters.get("filer") ?? "")
        let round = try await store.requireRound(roundID)
        _ = try await store.requireRosterFiler(filerCode, round: roundID)
        let number = try Self.versionNumber(context.parameters.get("version") ?? "")
        let decision = try await RequestJSON.decode(ReviewRequest.self, from: request)
        let now = clock.now()
        let comment = decision.comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        var dueOn: Day?
        switch decision.decision {
        case .accept:
            guard decision.dueOn == nil else { throw ReviewError.dueOnNotApplicable }
        case .return:
            guard let comment, !comment.isEmpty else { throw ReviewError.commentRequired }
            guard let text = decision.dueOn else { throw ReviewError.dueOnRequired }
            dueOn = try DueDate.parse(text, today: ChinaTime.day(of: now))
        }
        let outcome = try await store.appendReview(
            round: roundID, filer: filerCode, number: number, decision: decision.decision,
            comment: comment?.isEmpty == false ? comment : nil, dueOn: dueOn, reviewer: reviewer, at: now)
        switch outcome {
        case .unknownVersion: throw FilingError.unknownVersion(String(number))
        case .notLatest(let current): throw ReviewError.notLatest(version: number, current: current)
        case .recorded: break
        }
        return JSONResponse.make(try await versionInfo(round: round, filer: filerCode, number: number), status: .created)
    }

    @Sendable func diff(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let (roundID, filerCode) = (context.parameters.get("round") ?? "", context.parameters.get("filer") ?? "")
        guard let principal = context.principal, principal.mayRead(filer: filerCode) else {
            throw AuthError.forbidden(message: "只能查看本单位的报告", messageEn: "You may read only your own office's reports.")
        }
        _ = try await store.requireRound(roundID)
        _ = try await store.requireRosterFiler(filerCode, round: roundID)
        let number = try Self.versionNumber(context.parameters.get("version") ?? "")
        let from: Int
        if let text = request.uri.queryParameters.get("from") {
            guard let value = Int(text), value >= 1, String(value) == text else {
                throw ReviewError.invalidQuery(parameter: "from", value: text, expected: "版本号 / a version number")
            }
            from = value
        } else {
            guard number > 1 else { throw ReviewError.fromRequired }
            from = number - 1
        }
        guard let new = try await store.reportBytes(round: roundID, filer: filerCode, number: number) else {
            throw FilingError.unknownVersion(String(number))
        }
        guard let old = try await store.reportBytes(round: roundID, filer: filerCode, number: from) else {
            throw FilingError.unknownVersion(String(from))
        }
        // Stored versions passed the decoder, so they are valid JSON.
        return JSONResponse.make(try ReportDiff.changes(from: old, to: new))
    }

    // MARK: - Helpers

    static func versionNumber(_ text: String) throws -> Int {
        guard text.utf8.count <= 9, let number = Int(text), number >= 1, String(number) == text else {
            throw FilingError.unknownVersion(text)
        }
        return number
    }

    /// The version's metadata with every decision on it, as `GET .../versions/{n}` shows it.
    private func versionInfo(round: RoundRecord, filer: String, number: Int) async throws -> VersionInfo {
        guard let record = try await store.version(round: round.id, filer: filer, number: number),
            let first = try await store.version(round: round.id, filer: filer, number: 1)
        else { throw FilingError.unknownVersion(String(number)) }
        let decisions = try await store.reviews(versionIDs: [record.id])[record.id] ?? []
        return VersionInfo(
            receipt: record.receipt(deadline: round.deadline, firstReceivedAt: first.receivedAt), keyId: record.keyID,
            signedAt: record.signedAt, baseVersion: record.baseVersion, signature: record.signature,
            reviewState: decisions.last.map { $0.decision == .accept ? .accepted : .returned } ?? .received,
            issues: record.validation.issues, reviews: decisions)
    }
}
