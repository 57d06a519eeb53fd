import Foundation
import Shared

/// Brings a file into the folder of a report's attachments and describes it as the report will.
enum AttachmentCopy {
    /// Copies `path` into `directory` under its own name (unless it is already there with the same
    /// bytes) and returns its reference. Refuses a file that is not PNG, JPEG or PDF by its bytes,
    /// an empty or oversized one, and a different file already there under the same name.
    static func copy(_ path: String, into directory: String) throws(CLIFailure) -> Attachment {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let attachment: Attachment
        switch AttachmentFiles.describe(fileAt: path, name: name) {
        case .success(let described): attachment = described
        case .failure(let refusal):
            let message = refusal.message(path)
            throw CLIFailure(
                refusal == .unreadable ? .usage : .refused, message.zh + "。",
                message.en.prefix(1).uppercased() + message.en.dropFirst() + ".")
        }
        guard let target = AttachmentFiles.path(of: attachment, in: directory) else {
            throw CLIFailure(.usage, "文件名 \(name) 不可用。", "The file name \(name) cannot be used.")
        }
        if let existing = StreamingSHA256.file(atPath: target) {
            guard existing.sha256 == attachment.sha256 else {
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

    /// Copies each file `report` names from the folder `source` into `destination` (the folders of
    /// two names of one report, as `import --output` and `export --output` make them), unless the
    /// folders are the same. Returns the names found in neither folder.
    static func carry(_ report: SelfInspectionReport, from source: String, to destination: String) throws(CLIFailure)
        -> [String]
    {
        var missing: [String] = []
        var names: Set<String> = []
        // By name: one file's bytes may stand in the folder under two names.
        for attachment in report.attachmentReferences.map(\.attachment) where names.insert(attachment.name).inserted {
            guard let target = AttachmentFiles.path(of: attachment, in: destination),
                StreamingSHA256.file(atPath: target)?.sha256 != attachment.sha256
            else { continue }
            guard source != destination, let from = AttachmentFiles.path(of: attachment, in: source),
                FileManager.default.fileExists(atPath: from)
            else {
                missing.append(attachment.name)
                continue
            }
            _ = try copy(from, into: destination)
        }
        return missing
    }
}
