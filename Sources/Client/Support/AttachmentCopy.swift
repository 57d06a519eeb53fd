import Foundation
import Shared

/// Brings a file into the folder of a report's attachments and describes it as the report will.
enum AttachmentCopy {
    /// Copies `path` into `directory` under its own name (unless it is already there with the same
    /// bytes) and returns its reference. Refuses a file that is not PNG, JPEG or PDF by its bytes,
    /// an empty or oversized one, and a different file already there under the same name.
    static func copy(_ path: String, into directory: String) throws(CLIFailure) -> Attachment {
        guard let found = StreamingSHA256.file(atPath: path) else {
            throw CLIFailure(.usage, "无法读取文件 \(path)。", "Cannot read the file \(path).")
        }
        guard found.bytes > 0 else { throw CLIFailure(.refused, "文件 \(path) 为空。", "The file \(path) is empty.") }
        guard found.bytes <= AttachmentLimits.defaultMaxBytes else {
            throw CLIFailure(
                .refused, "文件 \(path) 有 \(found.bytes) 字节，超过每个佐证材料 \(AttachmentLimits.defaultMaxBytes) 字节的上限。",
                "The file \(path) has \(found.bytes) bytes, over the limit of \(AttachmentLimits.defaultMaxBytes) bytes an attachment."
            )
        }
        guard let type = AttachmentType.detect(found.prefix) else {
            throw CLIFailure(
                .refused, "文件 \(path) 的内容不是 PNG、JPEG 或 PDF（按内容判断，不看扩展名）；Word、Excel 等请另存为 PDF。",
                "The file \(path) is not PNG, JPEG or PDF by its content (whatever its extension); save office documents as PDF.")
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        let attachment = Attachment(sha256: found.sha256, name: name, mediaType: type.mediaType, bytes: found.bytes)
        guard let target = AttachmentFiles.path(of: attachment, in: directory) else {
            throw CLIFailure(.usage, "文件名 \(name) 不可用。", "The file name \(name) cannot be used.")
        }
        if let existing = StreamingSHA256.file(atPath: target) {
            guard existing.sha256 == found.sha256 else {
                throw CLIFailure(
                    .refused, "\(directory) 中已有另一个名为 \(name) 的文件；请把新文件改名后再添加。",
                    "\(directory) already holds another file named \(name); rename the new file and attach it again.")
            }
            return attachment
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: path, toPath: target)
        } catch {
            throw FileAccess.writeFailure(target)
        }
        return attachment
    }
}
