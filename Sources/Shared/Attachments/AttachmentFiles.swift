import Foundation

/// The files of a report's attachments as the filer keeps them: in a folder beside the report
/// named after it (`jiangsu-2017.json` → `jiangsu-2017.attachments/`), each under the `name` the
/// report gives it. `zicha attach` copies files there; `validate`, `submit` and `verify` check them.
package enum AttachmentFiles {
    /// The folder beside `reportPath`.
    package static func directory(forReport reportPath: String) -> String {
        let url = URL(fileURLWithPath: reportPath)
        return url.deletingPathExtension().path + ".attachments"
    }

    /// Whether `name` can only name a file inside the folder: not empty, no `/` or `\`, not `.` or `..`.
    package static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\\")
            && !name.unicodeScalars.contains { $0.value == 0 }
    }

    /// The path of `attachment`'s file in `directory`, or nil for a name that is not plain.
    package static func path(of attachment: Attachment, in directory: String) -> String? {
        guard isPlainName(attachment.name) else { return nil }
        return URL(fileURLWithPath: directory).appendingPathComponent(attachment.name).path
    }

    /// One issue for each referenced file that is missing, differs from its reference (digest,
    /// size) or whose bytes are not of its declared type; one per distinct digest, at its first place.
    package static func check(_ report: SelfInspectionReport, directory: String) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        var seen: Set<String> = []
        for reference in report.attachmentReferences where seen.insert(reference.attachment.sha256).inserted {
            let attachment = reference.attachment
            func issue(_ code: String, _ message: String, _ messageEn: String) {
                issues.append(
                    ValidationIssue(
                        severity: .error, code: code, indicator: reference.indicator, path: reference.path, message: message,
                        messageEn: messageEn))
            }
            guard let path = path(of: attachment, in: directory) else { continue }
            guard let found = StreamingSHA256.file(atPath: path) else {
                issue(
                    "attachment.fileMissing", "找不到佐证材料文件 \(path)，请用 zicha attach 添加",
                    "the attachment file \(path) is missing; add it with zicha attach")
                continue
            }
            if found.sha256 != attachment.sha256 || found.bytes != attachment.bytes {
                issue(
                    "attachment.fileMismatch", "佐证材料文件 \(path) 与报告中的记录不符（文件已改动？请重新 zicha attach）",
                    "the attachment file \(path) differs from the report's reference (changed? run zicha attach again)")
            } else if AttachmentType.detect(found.prefix)?.mediaType != attachment.mediaType {
                issue(
                    "attachment.fileType", "佐证材料文件 \(path) 的内容不是 \(attachment.mediaType)",
                    "the attachment file \(path) is not \(attachment.mediaType) by its content")
            }
        }
        return issues
    }
}
