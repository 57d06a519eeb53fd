import Foundation
import Shared

/// Which round `status`, `versions` and `diff` are about, why, and the filer's other rounds.
///
/// The most recently created round is not the clerk's: an administrator preparing next year's
/// round must not make this year's filers read “逾期未报” about a round they never worked on.
struct RoundChoice {
    enum Reason: Equatable {
        /// Given with `--round`.
        case option
        /// The round of this report file.
        case file(String)
        /// The filer's only round.
        case only
        /// An open round whose latest version was returned: the clerk has something to do there.
        case returned
        /// The open round whose deadline comes next.
        case nextDeadline
        /// Every open round's deadline has passed: the most recent one.
        case lastDeadline
        /// Every round is closed: the one with the latest deadline.
        case allClosed
    }

    var round: String
    var reason: Reason
    /// The chosen round as listed for the filer, when the listing was read.
    var info: RoundInfo?
    /// The filer's other rounds, newest first.
    var others: [RoundInfo]
    /// Today in China Standard Time, by the server's clock when a listing says it.
    var today: Day

    /// Picks the round: `explicit`, else the report file's, else one of `rounds` (see `Reason`).
    static func choose(
        explicit: String?, file: (path: String, round: String)?, rounds: [RoundInfo]?, filer: String, now: Date = Date()
    ) throws(CLIFailure) -> RoundChoice {
        let listed = rounds ?? []
        let today = today(from: listed, now: now)
        func made(_ id: String, _ reason: Reason) -> RoundChoice {
            RoundChoice(
                round: id, reason: reason, info: listed.first { $0.id == id }, others: listed.filter { $0.id != id }, today: today
            )
        }
        if let file, let explicit, file.round != explicit {
            throw CLIFailure(
                .usage, "--round \(explicit) 与报告文件 \(file.path) 的轮次 \(file.round) 不一致：只给其中之一即可。",
                "--round \(explicit) differs from the round \(file.round) of the report file \(file.path): give one of them.")
        }
        if let explicit { return made(explicit, .option) }
        if let file { return made(file.round, .file(file.path)) }
        if listed.count == 1 { return made(listed[0].id, .only) }
        let open = listed.filter { !$0.closed }
        func days(_ info: RoundInfo) -> Int { daysLeft(info, today: today) }
        // Ties go to the newer round: the listing is newest first and `min`/`max` keep the first.
        let returned = open.filter { $0.reviewState == .returned }
        if let pick = returned.min(by: { ($0.followUpDueOn ?? $0.deadline) < ($1.followUpDueOn ?? $1.deadline) }) {
            return made(pick.id, .returned)
        }
        if let pick = open.filter({ days($0) >= 0 }).min(by: { days($0) < days($1) }) {
            return made(pick.id, .nextDeadline)
        }
        if let pick = open.max(by: { days($0) < days($1) }) { return made(pick.id, .lastDeadline) }
        if let pick = listed.max(by: { days($0) < days($1) }) { return made(pick.id, .allClosed) }
        throw CLIFailure(.refused, "单位 \(filer) 不在任何填报轮次的名单中。", "Filer \(filer) is not on the roster of any round.")
    }

    /// The days from `today` to the round's deadline day: the server's count when it gave one.
    static func daysLeft(_ info: RoundInfo, today: Day) -> Int {
        if let days = info.daysLeft { return days }
        guard let deadline = Day(info.deadline) else { return 0 }
        return deadline.daysSinceEpoch - today.daysSinceEpoch
    }

    /// The server's today, worked out from a round's deadline and its days left; without one,
    /// this machine's today in China Standard Time (UTC+8, no daylight saving).
    static func today(from rounds: [RoundInfo], now: Date = Date()) -> Day {
        for info in rounds {
            if let days = info.daysLeft, let deadline = Day(info.deadline) { return deadline.adding(days: -days) }
        }
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + 8 * 3600
        return Day(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    /// Why this round, in both languages.
    var reasonLine: String {
        let deadline = info?.deadline ?? "?"
        return switch reason {
        case .option: "轮次 \(round)：由 --round 指定。 / Round \(round): given with --round."
        case .file(let path): "轮次 \(round)：报告文件 \(path) 的轮次。 / Round \(round): the round of the report file \(path)."
        case .only: "轮次 \(round)：本单位唯一的填报轮次。 / Round \(round): your office's only round."
        case .returned:
            "轮次 \(round)：有被退回待修改的报告，先看这一轮。 / Round \(round): it holds a returned filing to amend, so it comes first."
        case .nextDeadline:
            "轮次 \(round)：未关闭的轮次中截止日期（\(deadline)）最近。 / Round \(round): the open round whose deadline (\(deadline)) comes next."
        case .lastDeadline:
            "轮次 \(round)：未关闭轮次的截止日期都已过，取最近的（\(deadline)）。 / Round \(round): every open round's deadline has passed; the latest one (\(deadline))."
        case .allClosed:
            "轮次 \(round)：各轮次均已关闭，取截止日期最晚的（\(deadline)）。 / Round \(round): every round is closed; the one with the latest deadline (\(deadline))."
        }
    }

    /// The other rounds, one line each, with the command that shows one.
    var otherLines: [String] {
        guard !others.isEmpty else { return [] }
        var lines = ["其他轮次 / Other rounds:"]
        for info in others {
            var line = "  \(info.id) \(info.title) · 截止 / deadline \(info.deadline)"
            if let status = info.deadlineStatus { line += " · \(status.label.bilingual)" }
            if let state = info.reviewState, let version = info.latestVersion {
                line += " · 第 \(version) 版 v\(version) \(state.label.bilingual)"
            }
            if info.closed { line += " · 已关闭 / closed" }
            lines.append(line + " — zicha status --round \(info.id)")
        }
        return lines
    }
}
