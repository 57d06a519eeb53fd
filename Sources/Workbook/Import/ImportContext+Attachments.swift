import Foundation
import Shared

extension ImportContext {
    /// The files an attachment cell names (`AttachmentCell`), each read from the folder beside the
    /// report, hashed and typed by its bytes; nil when the cell is blank. A file that is missing,
    /// empty, over the limit or not PNG/JPEG/PDF is a problem of the cell.
    func attachments(_ table: Table, _ row: TableRow, _ field: String) -> [Attachment]? {
        guard let text = text(table, row, field), !text.allSatisfy(\.isWhitespace) else { return nil }
        let place = table.cell(row, field)
        guard let entries = AttachmentCell.entries(text) else {
            problem(
                place, "以“|”开头的说明行之前没有文件名（每行一个文件：文件名 | 说明）",
                "a caption line starting with “|” comes before any file name (one file a line: name | caption)")
            return nil
        }
        guard let directory = attachmentDirectory else {
            problem(
                place, "这里无法读取佐证材料文件；请在命令行用 zicha import 导入", "attachment files cannot be read here; import with zicha import")
            return nil
        }
        var attachments: [Attachment] = []
        for entry in entries {
            guard AttachmentFiles.isPlainName(entry.name), entry.name.count <= AttachmentLimits.maxNameLength else {
                problem(
                    place, "“\(ControlCharacters.visible(entry.name))”不是文件夹 \(directory) 中的文件名（不能含 / 或 \\）",
                    "“\(ControlCharacters.visible(entry.name))” is not a file name in the folder \(directory) (no / or \\)")
                continue
            }
            let path = URL(fileURLWithPath: directory).appendingPathComponent(entry.name).path
            switch describe(path, name: entry.name) {
            case .success(var attachment):
                attachment.caption = entry.caption
                attachments.append(attachment)
            case .failure(.unreadable):
                problem(
                    place, "找不到佐证材料文件 \(path)（文件应放在 \(directory) 中，名称与单元格所写一致）",
                    "the attachment file \(path) is missing (put it in \(directory) under the name the cell gives)")
            case .failure(let refusal):
                let message = refusal.message(path)
                problem(place, message.zh, message.en)
            }
        }
        return attachments
    }

    /// The file at `path` described once, however many cells name it.
    private func describe(_ path: String, name: String) -> Result<Attachment, AttachmentFileRefusal> {
        if let known = describedFiles[path] { return known }
        let described = AttachmentFiles.describe(fileAt: path, name: name)
        describedFiles[path] = described
        return described
    }
}
