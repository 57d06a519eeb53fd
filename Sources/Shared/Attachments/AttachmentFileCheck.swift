/// Why a file on the filer's disk cannot be evidence, as `zicha attach` and the workbook's
/// import find it: the same checks the server makes on upload, made before anything is written.
package enum AttachmentFileRefusal: Error, Sendable, Equatable {
    /// No such file, or it cannot be read.
    case unreadable
    case empty
    /// Over `limit` bytes.
    case tooLarge(bytes: Int, limit: Int)
    /// Its bytes are none of `AttachmentType` (whatever its name says).
    case unsupportedType

    /// The refusal of the file `path`, Chinese and English.
    package func message(_ path: String) -> (zh: String, en: String) {
        switch self {
        case .unreadable: ("无法读取文件 \(path)", "cannot read the file \(path)")
        case .empty: ("文件 \(path) 为空", "the file \(path) is empty")
        case .tooLarge(let bytes, let limit):
            (
                "文件 \(path) 有 \(bytes) 字节，超过每个佐证材料 \(limit) 字节的上限",
                "the file \(path) has \(bytes) bytes, over the limit of \(limit) bytes an attachment"
            )
        case .unsupportedType:
            (
                "文件 \(path) 的内容不是 PNG、JPEG 或 PDF（按内容判断，不看扩展名）；Word、Excel 等请另存为 PDF",
                "the file \(path) is not PNG, JPEG or PDF by its content (whatever its extension); save office documents as PDF"
            )
        }
    }
}

extension AttachmentFiles {
    /// The reference of the file at `path` under `name`: its SHA-256, size and the type its bytes
    /// show, or why it cannot be evidence (unreadable, empty, over `maxBytes`, not PNG/JPEG/PDF).
    package static func describe(
        fileAt path: String, name: String, maxBytes: Int = AttachmentLimits.defaultMaxBytes
    ) -> Result<Attachment, AttachmentFileRefusal> {
        guard let found = StreamingSHA256.file(atPath: path) else { return .failure(.unreadable) }
        guard found.bytes > 0 else { return .failure(.empty) }
        guard found.bytes <= maxBytes else { return .failure(.tooLarge(bytes: found.bytes, limit: maxBytes)) }
        guard let type = AttachmentType.detect(found.prefix) else { return .failure(.unsupportedType) }
        return .success(Attachment(sha256: found.sha256, name: name, mediaType: type.mediaType, bytes: found.bytes))
    }
}
