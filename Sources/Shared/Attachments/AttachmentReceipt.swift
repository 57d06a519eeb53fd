/// An attachment as the server stored it for a filer and round: the answer to its upload
/// (`PUT …/attachments/{sha256}`, 201 the first time, 200 after) and an entry of the list.
package struct AttachmentReceipt: Codable, Sendable, Equatable {
    package var round: String
    package var filer: String
    package var sha256: String
    /// The type the server recognised from the bytes.
    package var mediaType: String
    package var bytes: Int
    /// When the server stored it (China Standard Time, RFC 3339).
    package var storedAt: String

    package init(round: String, filer: String, sha256: String, mediaType: String, bytes: Int, storedAt: String) {
        self.round = round
        self.filer = filer
        self.sha256 = sha256
        self.mediaType = mediaType
        self.bytes = bytes
        self.storedAt = storedAt
    }
}

/// `GET …/attachments`: what a filer stored in a round, oldest first.
package struct AttachmentList: Codable, Sendable, Equatable {
    package var attachments: [AttachmentReceipt]
    /// Bytes stored, each file once, against `limitBytes`.
    package var totalBytes: Int
    package var limitBytes: Int

    package init(attachments: [AttachmentReceipt], totalBytes: Int, limitBytes: Int) {
        self.attachments = attachments
        self.totalBytes = totalBytes
        self.limitBytes = limitBytes
    }
}
