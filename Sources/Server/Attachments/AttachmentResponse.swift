import Foundation
import HTTPTypes
import Hummingbird
import Shared

/// How a stored attachment is served, to the API and to the reviewers' pages alike: streamed from
/// its file in pieces, never read whole; its type the one recognised from its bytes, with
/// `nosniff`; a Content-Security-Policy that lets it run nothing (`sandbox`, no sources), and a
/// `Content-Disposition` with the filer's file name, encoded so that it cannot break the header.
/// Images are shown inline (thumbnails); documents are downloaded, never rendered in our origin.
package enum AttachmentResponse {
    /// Response headers for the file `attachment` names, offered under its `name` (when empty:
    /// the digest and the type's extension).
    package static func headers(_ attachment: Attachment) -> HTTPFields {
        let type = AttachmentType(mediaType: attachment.mediaType)
        var headers = HTTPFields()
        headers[.contentType] = attachment.mediaType
        headers[.xContentTypeOptions] = "nosniff"
        headers[.contentSecurityPolicy] =
            type?.isImage == true
            ? "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
            : "default-src 'none'; sandbox"
        headers[.contentDisposition] = contentDisposition(
            type?.isImage == true ? "inline" : "attachment",
            name: attachment.name.isEmpty ? "\(attachment.sha256.prefix(16)).\(type?.fileExtension ?? "bin")" : attachment.name)
        // The bytes at an address never change; only the reader's right to them might.
        headers[.cacheControl] = "private, max-age=3600"
        headers[.eTag] = "\"\(attachment.sha256)\""
        return headers
    }

    /// The file of `record` a filer stored, offered under `name` (nil: the digest's), streamed.
    package static func file(
        _ record: AttachmentRecord, store: AttachmentStore, name: String?, context: some RequestContext
    ) async throws -> Response {
        try await file(
            Attachment(sha256: record.sha256, name: name ?? "", mediaType: record.mediaType, bytes: record.bytes), store: store,
            context: context)
    }

    /// The stored file `attachment` names, streamed.
    package static func file(_ attachment: Attachment, store: AttachmentStore, context: some RequestContext) async throws
        -> Response
    {
        let body = try await FileIO().loadFile(path: store.path(of: attachment.sha256), context: context)
        var headers = headers(attachment)
        headers[.contentLength] = String(attachment.bytes)
        return Response(status: .ok, headers: headers, body: body)
    }

    /// `inline; filename="ascii fallback"; filename*=UTF-8''percent-encoded` (RFC 6266 with RFC 5987):
    /// the fallback keeps printable ASCII other than `"` `\` `%` `;` (others become `_`), the
    /// extended value percent-encodes every byte outside RFC 5987's attr-char.
    package static func contentDisposition(_ disposition: String, name: String) -> String {
        let trimmed = String(name.prefix(AttachmentLimits.maxNameLength))
        let fallback = String(
            trimmed.unicodeScalars.map { scalar -> Character in
                (0x20..<0x7F).contains(scalar.value) && !"\"\\%;".unicodeScalars.contains(scalar) ? Character(scalar) : "_"
            })
        var encoded = ""
        for byte in trimmed.utf8 {
            if isAttrChar(byte) {
                encoded.append(Character(Unicode.Scalar(byte)))
            } else {
                encoded += String(format: "%%%02X", byte)
            }
        }
        return "\(disposition); filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
    }

    /// RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~".
    private static func isAttrChar(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: "!#$&+-.^_`|~".utf8.contains(byte)
        }
    }
}
