import Hummingbird
import Shared

/// Why an attachment upload or read, or a version naming attachments, was refused (API.md).
package enum AttachmentError: APIError, Equatable {
    /// The path's digest is not 64 lower-case hex digits.
    case invalidDigest(String)
    /// The body's SHA-256 (as signed) is not the path's.
    case digestMismatch(path: String, body: String)
    case empty
    case tooLarge(limit: Int)
    case quotaExceeded(used: Int, limit: Int)
    /// The bytes are none of the accepted types.
    case unsupportedType
    /// Not stored by this filer in this round (or not at all).
    case unknown(String)
    /// A version names attachments not stored: one issue per place, each naming the file.
    case missing(ValidationResult)

    package var status: HTTPResponse.Status {
        switch self {
        case .invalidDigest, .unknown: .notFound
        case .digestMismatch: .unprocessableContent
        case .empty: .badRequest
        case .tooLarge, .quotaExceeded: .contentTooLarge
        case .unsupportedType: .unsupportedMediaType
        case .missing: .unprocessableContent
        }
    }

    package var body: APIErrorBody {
        switch self {
        case .invalidDigest(let text):
            APIErrorBody(
                error: "unknown_attachment", message: "佐证材料地址应以 64 位小写十六进制 SHA-256 结尾（\(text.prefix(70))）",
                messageEn: "An attachment's address ends in its SHA-256, 64 lower-case hex digits (\(text.prefix(70))).")
        case .digestMismatch(let path, let body):
            APIErrorBody(
                error: "attachment_digest_mismatch",
                message: "上传内容的 SHA-256（\(body)）与地址中的（\(path)）不一致，未保存",
                messageEn: "The body's SHA-256 (\(body)) differs from the address's (\(path)); nothing was stored.")
        case .empty:
            APIErrorBody(
                error: "attachment_empty", message: "佐证材料为空文件，未保存", messageEn: "The attachment is empty; nothing was stored.")
        case .tooLarge(let limit):
            APIErrorBody(
                error: "attachment_too_large",
                message: "佐证材料超过每个文件 \(limit) 字节的上限，未保存；请压缩或拆分后重新添加",
                messageEn: "The attachment is over the limit of \(limit) bytes a file; nothing was stored.")
        case .quotaExceeded(let used, let limit):
            APIErrorBody(
                error: "attachment_quota_exceeded",
                message: "本单位本轮已存 \(used) 字节佐证材料，再存此文件将超过 \(limit) 字节的总上限，未保存",
                messageEn:
                    "This filer has stored \(used) bytes of attachments in this round; this file would pass the total limit of \(limit) bytes. Nothing was stored."
            )
        case .unsupportedType:
            APIErrorBody(
                error: "unsupported_media_type",
                message: "文件内容不是可接受的类型（\(Self.allowed)，按文件内容判断，不看文件名），未保存",
                messageEn:
                    "The file's bytes are none of the accepted types (\(Self.allowed), judged by content, not name); nothing was stored."
            )
        case .unknown(let sha256):
            APIErrorBody(
                error: "unknown_attachment", message: "没有佐证材料 \(sha256)", messageEn: "There is no attachment \(sha256).")
        case .missing(let result):
            APIErrorBody(
                error: "attachment_missing",
                message: "报告有 \(result.errors) 处引用的佐证材料尚未上传（见 issues），未保存；请先上传（zicha submit 会自动上传）",
                messageEn:
                    "The report names attachments not uploaded yet at \(result.errors) place(s) (see issues); nothing was stored. Upload them first (zicha submit does).",
                validation: result)
        }
    }

    private static var allowed: String { AttachmentType.allCases.map(\.mediaType).joined(separator: ", ") }

    /// The refusal of a report whose attachments `missing` (digests) are not stored: one issue per
    /// place the report names one of them.
    package static func missing(_ missing: [String], in report: SelfInspectionReport) -> AttachmentError {
        let wanted = Set(missing)
        let issues = report.attachmentReferences.filter { wanted.contains($0.attachment.sha256) }.map { reference in
            let attachment = reference.attachment
            return ValidationIssue(
                severity: .error, code: "attachment.missing", indicator: reference.indicator, path: reference.path,
                message: "佐证材料“\(attachment.name.prefix(60))”（\(attachment.sha256.prefix(12))…）尚未上传",
                messageEn: "the attachment “\(attachment.name.prefix(60))” (\(attachment.sha256.prefix(12))…) is not uploaded")
        }
        return .missing(ValidationResult(issues: issues))
    }
}
