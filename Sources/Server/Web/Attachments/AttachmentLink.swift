import Foundation
import Shared

/// An attachment as the filer page shows it beside its indicator: images as thumbnails (an
/// `<img>` from this origin), documents as links; both open the file served by
/// `AttachmentPageController` with the filer's name for it.
struct AttachmentLink: Sendable {
    var href: String
    var name: String
    var caption: String?
    var image: Bool
    var size: String
    /// Evidence of the rectification rather than of the finding.
    var rectification: Bool

    /// Where a filer's attachments are served.
    struct Base: Sendable {
        var path: String

        func link(_ attachment: Attachment, rectification: Bool) -> AttachmentLink {
            // A digest that is not one (the report passed validation, so never) links nowhere.
            let digest = Identifier.isSHA256(attachment.sha256) ? attachment.sha256 : "invalid"
            var query = URLComponents()
            query.queryItems = [URLQueryItem(name: "name", value: String(attachment.name.prefix(AttachmentLimits.maxNameLength)))]
            return AttachmentLink(
                href: path + digest + (query.percentEncodedQuery.map { "?" + $0 } ?? ""), name: attachment.name,
                caption: attachment.caption, image: AttachmentType(mediaType: attachment.mediaType)?.isImage == true,
                size: AttachmentLink.size(attachment.bytes), rectification: rectification)
        }
    }

    /// `1.2 MB`, `350 KB`, `80 B`.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return String(format: "%.1f MB", Double(bytes) / 1_000_000) }
        if bytes >= 1_000 { return "\(bytes / 1_000) KB" }
        return "\(bytes) B"
    }
}
