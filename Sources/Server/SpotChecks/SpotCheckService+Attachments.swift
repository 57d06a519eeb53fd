import Foundation
import Hummingbird
import Shared

extension SpotCheckService {
    /// Puts an inspector's file on a recorded finding, for the API and the pages alike: refused
    /// when empty (400), over `maxBytes` (413) or not PNG/JPEG/PDF by its bytes (415), and when the
    /// finding is not recorded (404), with nothing stored. The same bytes again store nothing
    /// (`created` false).
    func attach(
        _ data: Data, name: String?, at place: FindingPlace, maxBytes: Int, reviewer: ReviewerRecord
    ) async throws -> (attachment: FindingAttachment, created: Bool) {
        guard !data.isEmpty else { throw AttachmentError.empty }
        guard data.count <= maxBytes else { throw AttachmentError.tooLarge(limit: maxBytes) }
        // The type is the bytes', whatever the file was called or declared as.
        guard let type = AttachmentType.detect(data) else { throw AttachmentError.unsupportedType }
        let sha256 = Hex.encode(Crypto.sha256(data))
        let new = NewFindingAttachment(
            place: place, sha256: sha256, name: FindingAttachment.storedName(name, sha256: sha256, type: type), type: type,
            data: data)
        switch try await store.storeFindingAttachment(new, reviewer: reviewer, at: clock.now()) {
        case .created(let attachment): return (attachment, true)
        case .existing(let attachment): return (attachment, false)
        case .unknownFinding: throw SpotCheckError.unknownFinding(place.indicator.rawValue)
        }
    }

    /// The file the path of `context` names (`…/findings/{indicator}/attachments/{sha256}`), served
    /// as the filers' attachments are (`AttachmentResponse`), or 404.
    func attachmentFile(context: some RequestContext) async throws -> Response {
        let place = try await FindingPlace(context.parameters, store: store)
        let sha256 = context.parameters.text(.sha256)
        guard Identifier.isSHA256(sha256), let found = try await store.findingAttachment(at: place, sha256: sha256) else {
            throw AttachmentError.unknown(String(sha256.prefix(70)))
        }
        return try await AttachmentResponse.file(found.reference, store: store.attachmentFiles, context: context)
    }
}
