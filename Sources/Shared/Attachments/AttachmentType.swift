/// The kinds of file accepted as evidence, recognised by their first bytes (never by name or by
/// declared type): an executable renamed `.png` is none of them.
///
/// Office formats (.docx, .xlsx) are not accepted: they are ZIP containers that can carry macros
/// and external links, no browser shows them safely inline, and every office can print them to
/// PDF, which keeps the layout a reviewer must see (README, "Evidence attachments").
package enum AttachmentType: String, CaseIterable, Sendable {
    case png = "image/png"
    case jpeg = "image/jpeg"
    case pdf = "application/pdf"

    /// The media type as written in reports and served in `Content-Type`.
    package var mediaType: String { rawValue }

    /// Whether a browser may show it as a picture (`<img>`); documents are links.
    package var isImage: Bool { self != .pdf }

    /// The usual file extension, without the dot.
    package var fileExtension: String {
        switch self {
        case .png: "png"
        case .jpeg: "jpg"
        case .pdf: "pdf"
        }
    }

    /// How many leading bytes `detect` needs at most.
    package static let signatureLength = 8

    /// The type whose signature the bytes start with, or nil: PNG's 8-byte signature, JPEG's
    /// start-of-image marker followed by a marker (FF D8 FF), PDF's `%PDF-`.
    package static func detect<Bytes: Collection>(_ prefix: Bytes) -> AttachmentType? where Bytes.Element == UInt8 {
        let head = Array(prefix.prefix(signatureLength))
        func starts(_ signature: [UInt8]) -> Bool { head.starts(with: signature) }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        return nil
    }

    /// The type a report's `mediaType` names, or nil when it is not accepted.
    package init?(mediaType: String) {
        self.init(rawValue: mediaType)
    }
}
