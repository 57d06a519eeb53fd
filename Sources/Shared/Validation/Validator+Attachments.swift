/// docs/FORM.md "Validation" 7: each attachment reference well formed, no digest twice in one list.
/// Whether the files exist and match is the client's part (`AttachmentFiles`); the server checks
/// that each is stored (422 `attachment_missing`).
extension Validator {
    mutating func checkAttachments(
        _ attachments: [Attachment]?, _ indicator: IndicatorID, _ listPath: @autoclosure () -> String
    ) {
        var seen: [String: Int] = [:]
        for (k, attachment) in (attachments ?? []).enumerated() {
            let path = "\(listPath())[\(k)]"
            if !Identifier.isSHA256(attachment.sha256) {
                add(
                    .error, "attachment.sha256", indicator, "\(path).sha256",
                    "佐证材料的 sha256 应为 64 位小写十六进制数字\(FieldText.quoted(attachment.sha256))",
                    "an attachment's sha256 must be 64 lower-case hex digits \(FieldText.quoted(attachment.sha256))")
            } else if let first = seen[attachment.sha256] {
                add(
                    .error, "attachment.duplicate", indicator, path,
                    "同一文件在此列表中出现两次（与第 \(first + 1) 项相同），请删除重复项",
                    "the same file is listed twice here (same as item \(first + 1)); remove the duplicate")
            } else {
                seen[attachment.sha256] = k
            }
            if attachment.bytes < 1 || attachment.bytes > context.maxAttachmentBytes {
                add(
                    .error, "attachment.size", indicator, "\(path).bytes",
                    "佐证材料大小应在 1 至 \(context.maxAttachmentBytes) 字节之间（现为 \(attachment.bytes)）",
                    "an attachment must be 1 to \(context.maxAttachmentBytes) bytes (not \(attachment.bytes))")
            }
            if AttachmentType(mediaType: attachment.mediaType) == nil {
                let allowed = AttachmentType.allCases.map(\.mediaType).joined(separator: ", ")
                add(
                    .error, "attachment.mediaType", indicator, "\(path).mediaType",
                    "佐证材料类型\(FieldText.quoted(attachment.mediaType))不可接受，只接受 \(allowed)",
                    "the attachment type \(FieldText.quoted(attachment.mediaType)) is not accepted; only \(allowed)")
            }
            requireText(attachment.name, "\(path).name", "文件名", indicator: indicator)
            if !AttachmentFiles.isPlainName(attachment.name) && !FieldText.isBlank(attachment.name) {
                add(
                    .error, "attachment.name", indicator, "\(path).name",
                    "文件名\(FieldText.quoted(attachment.name))只能是文件本身的名称，不得含 / 或 \\，也不得是 . 或 ..",
                    "the file name \(FieldText.quoted(attachment.name)) must be a plain name: no / or \\, not . or ..")
            }
            if attachment.name.count > AttachmentLimits.maxNameLength {
                add(
                    .error, "attachment.name", indicator, "\(path).name",
                    "文件名超过 \(AttachmentLimits.maxNameLength) 个字符",
                    "the file name exceeds \(AttachmentLimits.maxNameLength) characters")
            }
            checkText(attachment.name, "\(path).name", "文件名", indicator: indicator)
            checkText(attachment.caption, "\(path).caption", "说明", .multi, indicator: indicator)
        }
    }
}
