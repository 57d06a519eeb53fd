import Foundation
import HTTPTypes
import Hummingbird
import Shared

/// `/v1/rounds/{round}/filers/{filer}/attachments`: evidence files, addressed by their SHA-256.
///
/// `PUT …/{sha256}` is signed like an upload (method `PUT`, this path, base version 0, the body's
/// SHA-256) and may be signed offline; the same bytes again answer 200 with the first receipt.
/// `GET …/{sha256}` serves the file to reviewers and to the filer that stored it (a fresh
/// signed read); `GET …` lists what the filer stored in the round.
package struct AttachmentController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock
    var limits = AttachmentSettings()

    /// Adds the routes to a group at `v1/rounds/:round/filers/:filer/attachments` guarded by `AuthMiddleware`.
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.get(use: list)
        group.put(RouterPath(PathParameter.sha256.pattern), use: put)
        group.get(RouterPath(PathParameter.sha256.pattern), use: get)
    }

    @Sendable func put(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        guard case .filer(let signed) = context.principal else {
            throw AuthError.forbidden(
                message: "只有填报单位可以用本单位密钥上传佐证材料", messageEn: "Only a filer can upload attachments, with its own key.")
        }
        let sha256 = try digest(context)
        let roundID = signed.fields.round
        let round = try await requireRosterRound(roundID, filer: signed.filer)
        guard !round.isClosed else { throw FilingError.roundClosed(roundID) }
        // The middleware checked that the signed hash is the body's; it must also be the address.
        guard signed.fields.contentSHA256 == sha256 else {
            throw AttachmentError.digestMismatch(path: sha256, body: signed.fields.contentSHA256)
        }
        let data = signed.body
        guard !data.isEmpty else { throw AttachmentError.empty }
        guard data.count <= limits.maxBytes else { throw AttachmentError.tooLarge(limit: limits.maxBytes) }
        // The type is the bytes', whatever the file was called or declared as.
        guard let type = AttachmentType.detect(data) else { throw AttachmentError.unsupportedType }
        let outcome = try await store.storeAttachment(
            NewAttachment(
                round: roundID, filer: signed.filer, sha256: sha256, type: type, data: data, keyID: signed.keyID,
                signature: signed.signature, signedAt: signed.fields.signedAt),
            maxTotalBytes: limits.maxTotalBytes, at: clock.now())
        switch outcome {
        case .created(let record): return JSONResponse.make(record, status: .created)
        case .existing(let record): return JSONResponse.make(record, status: .ok)
        case .overQuota(let used, let limit): throw AttachmentError.quotaExceeded(used: used, limit: limit)
        }
    }

    @Sendable func get(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let (roundID, filerCode) = try authorizeRead(context)
        let sha256 = try digest(context)
        _ = try await requireRosterRound(roundID, filer: filerCode)
        guard let record = try await store.attachment(round: roundID, filer: filerCode, sha256: sha256) else {
            throw AttachmentError.unknown(sha256)
        }
        return try await AttachmentResponse.file(
            record, store: store.attachmentFiles, name: request.uri.queryParameters.get("name"), context: context)
    }

    @Sendable func list(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let (roundID, filerCode) = try authorizeRead(context)
        _ = try await requireRosterRound(roundID, filer: filerCode)
        let records = try await store.attachments(round: roundID, filer: filerCode)
        return JSONResponse.make(
            AttachmentList(
                attachments: records, totalBytes: records.reduce(0) { $0 + $1.bytes }, limitBytes: limits.maxTotalBytes))
    }

    private func digest(_ context: ZichaRequestContext) throws -> String {
        let text = context.parameters.text(.sha256)
        guard Identifier.isSHA256(text) else { throw AttachmentError.invalidDigest(text) }
        return text
    }

    private func authorizeRead(_ context: ZichaRequestContext) throws -> (round: String, filer: String) {
        let filer = try context.readableFiler(
            forbidden: "只能查看本单位的佐证材料", "You may read only your own office's attachments."
        ).filer
        return (context.parameters.text(.round), filer)
    }

    private func requireRosterRound(_ roundID: String, filer: String) async throws -> RoundRecord {
        guard let round = try await store.round(id: roundID) else { throw FilingError.unknownRound(roundID) }
        guard try await store.filer(code: filer) != nil else { throw FilingError.unknownFiler(filer) }
        guard try await store.isOnRoster(round: roundID, filer: filer) else {
            throw FilingError.notOnRoster(filer: filer, round: roundID)
        }
        return round
    }
}

/// The server's attachment limits (`serve --max-attachment-bytes`, `--max-attachment-total`).
package struct AttachmentSettings: Sendable {
    /// One file, in bytes (also bounded by `--max-body`).
    package var maxBytes = AttachmentLimits.defaultMaxBytes
    /// One filer's files in one round, each counted once.
    package var maxTotalBytes = AttachmentLimits.defaultMaxTotalBytes

    package init(maxBytes: Int = AttachmentLimits.defaultMaxBytes, maxTotalBytes: Int = AttachmentLimits.defaultMaxTotalBytes) {
        self.maxBytes = maxBytes
        self.maxTotalBytes = maxTotalBytes
    }
}
