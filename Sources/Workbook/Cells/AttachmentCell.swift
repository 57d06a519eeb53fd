import Foundation
import Shared

/// The text of a 佐证材料 cell: one file per line, its name in the folder beside the report
/// (`jiangsu-2017.attachments/`), optionally followed by `|` and a caption; a line starting with
/// `|` carries on the caption above (a caption of several lines). For example:
///
///     搜索截图.png | 2017-11-02 搜索结果
///     核对记录.pdf
///
/// A file's name cannot start with `|` or hold one; one space after the `|` is part of the syntax.
enum AttachmentCell {
    /// A file the cell names, with its caption.
    struct Entry: Equatable {
        var name: String
        var caption: String?
    }

    static let separator: Character = "|"

    /// The hint of an attachment column whose files back `what` (自查发现, 整改).
    static func hint(_ what: String) -> String {
        "\(what)的佐证文件（PNG、JPEG、PDF，每个不超过 10 MiB），放在报告旁的“报告名.attachments”文件夹中；每行一个文件名，可加“| 说明”"
    }

    /// The cell for `attachments`; nil (blank) when there are none.
    static func text(_ attachments: [Attachment]?) -> String? {
        guard let attachments, !attachments.isEmpty else { return nil }
        return attachments.map { attachment in
            guard let caption = attachment.caption else { return attachment.name }
            let lines = caption.split(separator: "\n", omittingEmptySubsequences: false)
            return (["\(attachment.name) \(separator) \(lines[0])"] + lines.dropFirst().map { "\(separator) \($0)" })
                .joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// The files a cell names, in order; nil when a caption line (`| …`) comes before any file.
    static func entries(_ text: String) -> [Entry]? {
        var entries: [Entry] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            if line.first == separator {
                guard !entries.isEmpty else { return nil }
                let more = afterSeparator(line.dropFirst())
                entries[entries.count - 1].caption = (entries[entries.count - 1].caption.map { $0 + "\n" } ?? "") + more
                continue
            }
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let bar = line.firstIndex(of: separator) else {
                entries.append(Entry(name: String(line).trimmed))
                continue
            }
            entries.append(Entry(name: String(line[..<bar]).trimmed, caption: afterSeparator(line[line.index(after: bar)...])))
        }
        return entries
    }

    /// What follows a `|`, less the one space that belongs to the syntax.
    private static func afterSeparator(_ text: Substring) -> String {
        String(text.first == " " ? text.dropFirst() : text)
    }
}
