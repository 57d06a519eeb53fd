import Foundation
import Shared

/// A file an inspector put on a spot-check finding (a screenshot, a scan of what was seen on the
/// spot): its digest in the attachment store, the name it was uploaded under, the type its bytes
/// show, and who stored it when. Listed on the finding (`SpotCheckFinding.attachments`) and
/// answered to its upload (`PUT …/findings/{indicator}/attachments?name=…`).
package struct FindingAttachment: Codable, Sendable, Equatable {
    package var sha256: String
    package var name: String
    package var mediaType: String
    package var bytes: Int
    package var storedBy: String
    /// China Standard Time, RFC 3339.
    package var storedAt: String

    /// The reference a page links and the response serves (no caption).
    var reference: Attachment { Attachment(sha256: sha256, name: name, mediaType: mediaType, bytes: bytes) }

    /// The name a file is stored under: the last part of what the browser or client sent (some
    /// send a whole path), control characters dropped, at most 255 characters; the digest and
    /// the type's extension when nothing is left.
    static func storedName(_ sent: String?, sha256: String, type: AttachmentType) -> String {
        let last = (sent ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(String.UnicodeScalarView(last.unicodeScalars.filter { !ControlCharacters.isControl($0) }))
            .trimmingCharacters(in: .whitespaces)
        let name = String(clean.prefix(AttachmentLimits.maxNameLength))
        return AttachmentFiles.isPlainName(name) ? name : "\(sha256.prefix(16)).\(type.fileExtension)"
    }
}

/// A file to put on a finding, checked by `SpotCheckService.attach`.
struct NewFindingAttachment: Sendable {
    var place: FindingPlace
    var sha256: String
    var name: String
    var type: AttachmentType
    var data: Data
}
