import Foundation
import Shared

/// Notices as `zicha status` and `zicha notices` print them.
enum NoticePrinter {
    /// The unread notices, briefly, as `zicha status` leads with them; nothing when there are none.
    static func unread(_ notices: [NoticeInfo]) -> [String] {
        guard !notices.isEmpty else { return [] }
        var lines = ["未读通知 \(notices.count) 条 / \(notices.count) unread notice(s):"]
        for notice in notices {
            lines.append("  ● \(time(notice.createdAt))  \(notice.subject)")
        }
        lines.append("  （zicha notices 查看全文并标为已读 / zicha notices shows them in full and marks them read）")
        lines.append("")
        return lines
    }

    /// Every notice in full, newest first.
    static func all(_ notices: [NoticeInfo]) -> [String] {
        guard !notices.isEmpty else { return ["没有通知 / No notices."] }
        var lines: [String] = []
        for notice in notices {
            let state = notice.readAt == nil ? "未读 / unread" : "已读 / read"
            lines.append("── \(time(notice.createdAt))  \(notice.kind.label.bilingual)  [\(state)]")
            lines.append(notice.subject)
            lines.append("")
            lines += notice.body.components(separatedBy: "\n").map { $0.isEmpty ? "" : "  " + $0 }
            lines.append("")
        }
        return lines
    }

    /// `2017-12-28 09:00` from a stored stamp.
    static func time(_ stamp: String) -> String {
        let characters = Array(stamp)
        guard characters.count >= 16, characters[10] == "T" else { return stamp }
        return String(characters[0..<10]) + " " + String(characters[11..<16])
    }
}
