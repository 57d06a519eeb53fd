import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Shared

/// `/v1/rounds/{round}/filers/{filer}/versions`: uploads and the versions of one filer.
package struct VersionController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock
    /// The largest attachment a report may name (`attachment.size`).
    var maxAttachmentBytes = AttachmentLimits.defaultMaxBytes
    var reviews: ReviewService { ReviewService(store: store, clock: clock) }

    /// Adds the routes to a group at `v1/rounds/:round/filers/:filer/versions` guarded by `AuthMiddleware`.
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.post(use: upload)
        group.get(use: list)
        group.get(":version", use: show)
        group.get(":version/report", use: report)
    }

    // MARK: - Upload

    @Sendable func upload(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        guard case .filer(let signed) = context.principal else {
            throw AuthError.forbidden(message: "只有填报单位可以用本单位密钥上传报告", messageEn: "Only a filer can upload, with its own key.")
        }
        let (roundID, filerCode) = (signed.fields.round, signed.filer)
        // One snapshot for every check; the write below looks for a replay once more, inside
        // its transaction, for a retry stored since.
        let state = try await store.uploadState(round: roundID, filer: filerCode, signature: signed.signature)
        // A retry of an upload already stored gets its original receipt, whatever changed since.
        if let receipt = state.replay { return JSONResponse.make(receipt, status: .ok) }
        guard let round = state.round else { throw FilingError.unknownRound(roundID) }
        guard let filer = state.filer else { throw FilingError.unknownFiler(filerCode) }
        guard state.onRoster else { throw FilingError.notOnRoster(filer: filerCode, round: roundID) }
        guard !round.isClosed else { throw FilingError.roundClosed(roundID) }
        // The same bytes as the latest version (a re-run of "did it go through?") are not a new
        // version, whatever base they were signed against; the signature already guarantees
        // that the header's hash is the body's.
        if let latest = state.latestSHA256, latest == signed.fields.contentSHA256 {
            throw FilingError.unchanged(version: state.latestVersion)
        }
        guard signed.fields.baseVersion == state.latestVersion else {
            throw FilingError.staleBase(base: signed.fields.baseVersion, current: state.latestVersion)
        }
        // Decoded and checked within the large-work budget: a report near the upload limit costs
        // many times its size until its checks are done.
        let (result, shareCounts) = try await LargeWork.admitted(signed.body.count) {
            try await check(signed, round: round, filer: filer)
        }
        let outcome = try await store.appendVersion(
            NewVersion(
                round: roundID, filer: filerCode, bytes: signed.body, sha256: signed.fields.contentSHA256,
                signature: signed.signature, keyID: signed.keyID, signedAt: signed.fields.signedAt,
                baseVersion: signed.fields.baseVersion, validation: result,
                shareCounts: shareCounts),
            receivedAt: clock.now())
        switch outcome {
        case .created(let receipt):
            return JSONResponse.make(receipt, status: .created)
        case .replayed(let receipt):
            return JSONResponse.make(receipt, status: .ok)
        case .stale(let current):
            throw FilingError.staleBase(base: signed.fields.baseVersion, current: current)
        case .unchanged(let version):
            throw FilingError.unchanged(version: version)
        }
    }

    /// Decodes the upload and runs every check on its content; its validation result and share
    /// counts (counted once here, where the report is decoded anyway; the summary only sums).
    private func check(
        _ signed: SignedRequest, round: RoundRecord, filer: FilerRecord
    ) async throws -> (ValidationResult, ShareCounts) {
        let (roundID, filerCode) = (round.id, filer.code)
        let decoded = try decode(signed.body)
        let report = decoded.report
        guard report.round == roundID else {
            throw FilingError.reportMismatch(field: "round", report: report.round, path: roundID)
        }
        guard report.filer.code == filerCode else {
            throw FilingError.reportMismatch(field: "filer.code", report: report.filer.code, path: filerCode)
        }
        // The roster check needs only this filer, already known to be on it; its roster entry
        // decides the name and the platform levels.
        let context = ValidationContext(
            roundID: roundID, deadline: round.deadline, roster: [filerCode], signingFiler: signed.filer,
            rosterEntry: FilerSeed(code: filer.code, name: filer.name, nameEn: filer.nameEn, kind: filer.kind),
            // Without a key the form's types left unread, the unknown-key scan has nothing to find.
            source: decoded.everyKeyRead ? nil : signed.body, maxAttachmentBytes: maxAttachmentBytes)
        let result = ValidationResult(issues: validate(report, context: context))
        guard !result.hasErrors else { throw FilingError.validationFailed(result) }
        // Every file the report names must be stored first: the signature binds them, and a
        // reviewer must be able to open each. Stored attachments are never removed, so the check
        // holds when the version is written.
        let missing = try await store.missingAttachments(
            round: roundID, filer: filerCode, digests: report.distinctAttachments.map(\.sha256))
        guard missing.isEmpty else { throw AttachmentError.missing(missing, in: report) }

        return (result, ShareCounts(report: report))
    }

    private func decode(_ body: Data) throws -> ReportDecoder.Decoded {
        guard !body.isEmpty else { throw FilingError.emptyBody }
        do throws(ReportDecodingError) {
            return try ReportDecoder.decodeNotingKeys(body)
        } catch {
            throw FilingError(error)
        }
    }

    // MARK: - Reads

    @Sendable func list(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let (roundID, filerCode) = try authorizeRead(context)
        let round = try await requireRound(roundID, filer: filerCode)
        guard let filer = try await store.filer(code: filerCode) else { throw FilingError.unknownFiler(filerCode) }
        let deadline = try await store.filerDeadline(in: round, filer: filerCode)
        let infos = try await reviews.versionInfos(round: round, filer: filerCode, deadline: deadline)
        let list = VersionList(
            filer: filerCode, filerName: filer.name, round: roundID, deadline: deadline.effective.description,
            roundClosed: round.isClosed,
            deadlineStatus: DeadlineRule.status(
                deadline: deadline, firstReceivedAt: infos.first?.receipt.receivedAt, now: clock.now()),
            versions: infos)
        return JSONResponse.make(list)
    }

    @Sendable func show(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let (roundID, filerCode) = try authorizeRead(context)
        let round = try await requireRound(roundID, filer: filerCode)
        let number = try context.parameters.version()
        guard let info = try await reviews.versionInfo(round: round, filer: filerCode, number: number) else {
            throw FilingError.unknownVersion(String(number))
        }
        return JSONResponse.make(info)
    }

    @Sendable func report(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let (roundID, filerCode) = try authorizeRead(context)
        _ = try await requireRound(roundID, filer: filerCode)
        let number = try context.parameters.version()
        guard let record = try await store.version(round: roundID, filer: filerCode, number: number),
            let bytes = try await store.reportBytes(round: roundID, filer: filerCode, number: number)
        else { throw FilingError.unknownVersion(String(number)) }
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        for (name, value) in record.signedFields.headers(signature: record.signature) {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    // MARK: - Helpers

    private func authorizeRead(_ context: ZichaRequestContext) throws -> (round: String, filer: String) {
        let round = context.parameters.text(.round)
        let filer = context.parameters.text(.filer)
        guard let principal = context.principal, principal.mayRead(filer: filer) else {
            throw AuthError.forbidden(message: "只能查看本单位的报告", messageEn: "You may read only your own office's reports.")
        }
        return (round, filer)
    }

    private func requireRound(_ roundID: String, filer: String) async throws -> RoundRecord {
        guard let round = try await store.round(id: roundID) else { throw FilingError.unknownRound(roundID) }
        guard try await store.filer(code: filer) != nil else { throw FilingError.unknownFiler(filer) }
        guard try await store.isOnRoster(round: roundID, filer: filer) else {
            throw FilingError.notOnRoster(filer: filer, round: roundID)
        }
        return round
    }
}
