import Shared

/// `zicha status` as text: what the clerk has to do first, then the round, the deadline, each
/// version's receipt and reviews, and the filer's other rounds.
enum StatusPrinter {
    static func print(_ list: VersionList, choice: RoundChoice, file: String?) {
        let lines = action(list, choice: choice, file: file) + [""] + details(list, choice: choice) + choice.otherLines
        for line in lines { Console.out(line) }
    }

    /// The action needed, its first line first: a return's comment and due date, waiting for
    /// review, nothing to do, or the days left to file.
    static func action(_ list: VersionList, choice: RoundChoice, file: String?) -> [String] {
        let today = choice.today
        let submit = "zicha submit \(file ?? "FILE")"
        let closed =
            "  注意：本轮已关闭，服务器不再接收新版本；如需修改请联系管理员。 / Note: the round is closed and takes no new versions; ask the administrator."
        guard let latest = list.latest else {
            return notFiled(list, daysLeft: daysLeft(list, choice: choice), submit: submit)
        }
        let n = latest.receipt.version
        var lines: [String]
        switch latest.reviewState {
        case .returned:
            let review = list.standingReturn
            lines = ["第 \(n) 版已被退回，请按审核意见修改后重新报送。 / Version \(n) was returned: amend it as the reviewer asks and submit again."]
            lines.append("  审核意见 / Reviewer's comment: \(review?.comment ?? "（无 / none）")")
            lines += pinned(review?.comments ?? [], indent: "    ")
            if review?.comments.isEmpty == false {
                lines.append("    逐项修改 / To go through them: zicha fill \(file ?? "FILE") --errors")
            }
            if let due = review?.dueOn {
                let count = Day(due).map { DayCount.untilDue($0.daysSinceEpoch - today.daysSinceEpoch) }
                lines.append("  整改期限 / Due: \(due)\(count.map { "（\($0)）" } ?? "")")
            }
            lines.append(list.roundClosed ? closed : "  修改后运行 / After amending, run: \(submit)")
            return lines
        case .received:
            lines = ["第 \(n) 版已收到，等待审核，目前无需操作。 / Version \(n) was received and awaits review; nothing to do for now."]
        case .accepted:
            lines = ["第 \(n) 版已通过审核，无需操作。 / Version \(n) was accepted; nothing to do."]
        }
        if list.deadlineStatus == .late {
            lines.append(
                "  本轮记为逾期报送：首版在截止日期 \(list.deadline) 之后收到。 / This filing counts as late: the first version arrived after the deadline, \(list.deadline)."
            )
        }
        return lines
    }

    private static func notFiled(_ list: VersionList, daysLeft: Int, submit: String) -> [String] {
        let hint = "  报告填好后运行 / When the report is ready, run: \(submit)"
        if list.roundClosed {
            return [
                "本轮已关闭，未收到报告，服务器不再接收。如有疑问请联系管理员。 / The round is closed with nothing filed and takes no more filings; ask the administrator."
            ]
        }
        if list.deadlineStatus == .missing {
            return [
                "逾期未报：截止日期 \(list.deadline) 已过 \(-daysLeft) 天，尚未收到报告。请尽快报送（将记为逾期报送）。 / Missing: the deadline \(list.deadline) passed \(DayCount.english(-daysLeft)) ago and nothing has been received. File as soon as possible (it will count as late).",
                hint,
            ]
        }
        if daysLeft <= 0 {
            return [
                "尚未报送：今天（\(list.deadline)）截止，请在北京时间 24:00 前报送。 / Not filed yet: the deadline is today, \(list.deadline); file before midnight China Standard Time.",
                hint,
            ]
        }
        return [
            "尚未报送：距截止还有 \(daysLeft) 天（截止日期 \(list.deadline)，北京时间当天 24:00 前）。 / Not filed yet: \(DayCount.english(daysLeft)) left to the deadline (\(list.deadline), until midnight China Standard Time).",
            hint,
        ]
    }

    /// The round, its deadline and status, and every version with its reviews.
    static func details(_ list: VersionList, choice: RoundChoice) -> [String] {
        var lines = ["\(list.filer) \(list.filerName) · 轮次 / round \(list.round)\(choice.info.map { " \($0.title)" } ?? "")"]
        lines.append("  \(choice.reasonLine)")
        let closed = list.roundClosed ? "，已关闭，不再接收 / closed" : ""
        lines.append(
            "  截止日期 / Deadline: \(list.deadline)（\(DayCount.untilDeadline(daysLeft(list, choice: choice)))\(closed)）")
        lines.append("  状态 / Status: \(Labels.deadline(list.deadlineStatus))")
        if list.versions.isEmpty { lines.append("  尚无版本。 / No versions yet.") }
        for version in list.versions {
            let receipt = version.receipt
            lines.append("第 \(receipt.version) 版 / Version \(receipt.version): \(Labels.review(version.reviewState))")
            lines.append(
                "  接收时间 / Received at: \(ReadableTime.of(receipt.receivedAt))  基于第 \(version.baseVersion) 版 / amends \(version.baseVersion)"
            )
            lines.append("  SHA-256: \(receipt.sha256)  密钥 / key: \(version.keyId)")
            lines.append("  校验 / Validation: \(receipt.errors) 个错误 error(s), \(receipt.warnings) 个警告 warning(s)")
            for review in version.reviews {
                var line =
                    "  审核 / Review \(ReadableTime.of(review.decidedAt)) \(review.reviewer): \(Labels.decision(review.decision))"
                if let due = review.dueOn { line += "，整改期限 / follow-up due \(due)" }
                lines.append(line)
                if let comment = review.comment { lines.append("    意见 / Comment: \(comment)") }
                lines += pinned(review.comments, indent: "    ")
            }
        }
        return lines
    }

    /// The comments pinned to places of the report: the place in words, the text, the JSON path.
    static func pinned(_ comments: [PinnedComment], indent: String) -> [String] {
        comments.map { "\(indent)· \($0.label)：\($0.text)  [\($0.path)]" }
    }

    /// Days from the server's today to the deadline day of the listed round.
    private static func daysLeft(_ list: VersionList, choice: RoundChoice) -> Int {
        if let info = choice.info, info.id == list.round { return RoundChoice.daysLeft(info, today: choice.today) }
        guard let deadline = Day(list.deadline) else { return 0 }
        return deadline.daysSinceEpoch - choice.today.daysSinceEpoch
    }
}

/// Counts of days in both languages, from a number of days to a deadline or a due date.
enum DayCount {
    /// `还有 3 天 / 3 days left`, `今天截止 / ends today`, `已过 2 天 / passed 2 days ago`.
    static func untilDeadline(_ days: Int) -> String {
        if days > 0 { return "还有 \(days) 天 / \(english(days)) left" }
        if days == 0 { return "今天截止 / ends today" }
        return "已过 \(-days) 天 / passed \(english(-days)) ago"
    }

    /// `还有 3 天 / 3 days left`, `今天到期 / due today`, `已逾期 2 天 / 2 days overdue`.
    static func untilDue(_ days: Int) -> String {
        if days > 0 { return "还有 \(days) 天 / \(english(days)) left" }
        if days == 0 { return "今天到期 / due today" }
        return "已逾期 \(-days) 天 / \(english(-days)) overdue"
    }

    /// `1 day`, `2 days`.
    static func english(_ days: Int) -> String { days == 1 ? "1 day" : "\(days) days" }
}
