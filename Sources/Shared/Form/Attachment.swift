/// A file of evidence (佐证材料) for an assessment or a rectification: a screenshot, a scan, a PDF.
/// The report carries only its reference; the SHA-256 inside the signed report binds the file's
/// bytes to the signature. Absent from reports without evidence, which therefore keep their bytes.
package struct Attachment: Codable, Sendable, Equatable, Hashable {
    /// 64 lower-case hex digits: the SHA-256 of the file's bytes, and its address on the server.
    package var sha256: String
    /// The file's name as the filer knows it (shown and offered as the download's name).
    package var name: String
    /// `image/png`, `image/jpeg` or `application/pdf` (`AttachmentType`); the server decides the
    /// type from the bytes and refuses a file whose bytes are none of these.
    package var mediaType: String
    /// The file's size in bytes, at least 1.
    package var bytes: Int
    package var caption: String?

    package init(sha256: String, name: String, mediaType: String, bytes: Int, caption: String? = nil) {
        self.sha256 = sha256
        self.name = name
        self.mediaType = mediaType
        self.bytes = bytes
        self.caption = caption
    }
}

/// The limits of attachments, shared by the validator, the client and the server's defaults.
package enum AttachmentLimits {
    /// One file: 10 MiB (`serve --max-attachment-bytes`).
    package static let defaultMaxBytes = 10 * 1024 * 1024
    /// Every file of one filer in one round, counted once each: 500 MiB (`serve --max-attachment-total`).
    package static let defaultMaxTotalBytes = 500 * 1024 * 1024
    /// A file name as the report records it, in characters.
    package static let maxNameLength = 255
}
