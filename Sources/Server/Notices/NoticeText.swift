import Foundation
import Shared

/// What each notice says, in Chinese, with the essential fields only: the round, the version, the
/// reviewer's comments or the spot check's notes (which the filer sees in `zicha status` anyway),
/// the due date and what to do. Nothing of the report itself.
package enum NoticeText {
    /// Who signs the notices.
    static let sender = "国务院办公厅电子政务办公室（自查填报系统自动发送，请勿直接回复）"

    /// Subject and body of a notice to `filer` about `round`.
    struct Names {
        var round: String
        var filer: String
    }

    static func returned(
        _ names: Names, version: Int, comment: String?, pinned: [PinnedComment], dueOn: String
    ) -> (subject: String, body: String) {
        var lines = [
            "贵单位在「\(names.round)」中报送的第 \(version) 版报告已被退回。请按审核意见整改，并于 \(dueOn) 前重新报送（zicha submit）。",
            "",
        ]
        if let comment { lines.append("审核意见：\(comment)") }
        if !pinned.isEmpty {
            lines.append("逐项意见：")
            lines += pinned.map { "- \($0.label)：\($0.text)" }
        }
        return ("【自查填报】第 \(version) 版报告已退回，请于 \(dueOn) 前整改", letter(names, lines))
    }

    static func accepted(_ names: Names, version: Int) -> (subject: String, body: String) {
        (
            "【自查填报】第 \(version) 版报告已通过审核",
            letter(names, ["贵单位在「\(names.round)」中报送的第 \(version) 版报告已通过审核，无需再做操作。"])
        )
    }

    static func discrepancy(
        _ names: Names, platform: String, indicator: IndicatorID, notes: String?, dueOn: String
    ) -> (subject: String, body: String) {
        let place = "平台「\(platform)」 · \(indicator.indicator.level2.zh)"
        var lines = ["「\(names.round)」抽查核实时，\(place) 与贵单位报送的情况不一致。请整改，并于 \(dueOn) 前报送整改情况。", ""]
        if let notes { lines.append("核查说明：\(notes)") }
        return ("【自查填报】抽查发现不一致：\(place)，请于 \(dueOn) 前整改", letter(names, lines))
    }

    static func deadlineReminder(_ names: Names, workingDays: Int, deadline: String) -> (subject: String, body: String) {
        (
            "【自查填报】距报送截止还有 \(workingDays) 个工作日（\(deadline)）",
            letter(
                names,
                ["「\(names.round)」的报送截止日期为 \(deadline)，还有 \(workingDays) 个工作日。贵单位尚未报送，请按时报送（zicha submit）。"])
        )
    }

    static func deadlinePassed(_ names: Names, deadline: String) -> (subject: String, body: String) {
        (
            "【自查填报】报送截止日期 \(deadline) 已过，贵单位尚未报送",
            letter(names, ["「\(names.round)」的报送截止日期 \(deadline) 已过，贵单位尚未报送。请尽快报送（zicha submit），逾期报送将如实记录。"])
        )
    }

    static func followUpReminder(_ names: Names, what: String, dueOn: String) -> (subject: String, body: String) {
        (
            "【自查填报】整改期限 \(dueOn) 将至：\(what)",
            letter(names, ["「\(names.round)」中\(what)的整改期限为 \(dueOn)，尚未完成。请按期整改并报送。"])
        )
    }

    static func followUpOverdue(_ names: Names, what: String, dueOn: String) -> (subject: String, body: String) {
        (
            "【自查填报】整改已逾期（期限 \(dueOn)）：\(what)",
            letter(names, ["「\(names.round)」中\(what)的整改期限 \(dueOn) 已过，尚未完成。请尽快整改并报送。"])
        )
    }

    /// A reviewer's reminder now: to file (`dueOn` the deadline) or to finish a follow-up.
    static func reminder(_ names: Names, toFile: Bool, dueOn: String) -> (subject: String, body: String) {
        let text =
            toFile
            ? "「\(names.round)」的报送截止日期为 \(dueOn)，贵单位尚未报送。请尽快报送（zicha submit）。"
            : "贵单位在「\(names.round)」中被退回的报告整改期限为 \(dueOn)，尚未重新报送。请尽快整改并报送（zicha submit）。"
        return ("【自查填报】催报提醒：\(toFile ? "请尽快报送" : "请尽快整改")", letter(names, [text]))
    }

    private static func letter(_ names: Names, _ lines: [String]) -> String {
        ([names.filer + "：", ""] + lines + ["", "查看详情：zicha status；全部通知：zicha notices。", "", sender]).joined(
            separator: "\n")
    }
}
