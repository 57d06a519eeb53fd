import Shared

/// How the reviewer pages say what became of a filer's notices: "已提醒 2 次，最近 2017-12-29
/// 09:00，邮件已送达".
enum ChasingText {
    /// The roster's line for one filer, or nil when it has no notice.
    static func summary(_ summary: ChasingSummary?) -> String? {
        guard let summary, let last = summary.lastNotice else { return nil }
        guard let reminder = summary.lastReminder else {
            return "最近通知 \(ReadableTime.of(last.createdAt))（\(last.kind.label.zh)），\(delivery(last))"
        }
        return "已提醒 \(summary.reminders) 次，最近 \(ReadableTime.of(reminder.createdAt))，\(delivery(reminder))"
    }

    /// What became of a notice's e-mails, and whether the filer has read it in its inbox.
    static func delivery(_ line: NoticeLine) -> String {
        let mail: String =
            if line.mails == 0 {
                "未登记联系人，仅站内通知"
            } else if line.sent == line.mails {
                "邮件已送达"
            } else if line.failed > 0 {
                "邮件发送失败（\(line.lastError ?? "原因不明")）"
            } else {
                "邮件待发送\(line.lastError.map { "（上次失败：\($0)）" } ?? "")"
            }
        return line.readAt == nil ? mail : "\(mail)，已读"
    }

    /// A contact in one line: 王明（办公厅信息处） wangming@js.gov.cn 025-8888 0000.
    static func contact(_ contact: FilerContact) -> String {
        [contact.name + (contact.role.map { "（\($0)）" } ?? ""), contact.email, contact.phone ?? ""].filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}

/// The filer page's "联系人与通知" section: contacts, the notices sent, and the reminder form.
struct ChasingPanel: Sendable {
    struct Line: Sendable {
        var time: String
        var kind: String
        var subject: String
        var sender: String
        var delivery: String
    }

    var contacts: [String]
    var hasContacts: Bool
    var summary: String?
    var notices: [Line]
    var hasNotices: Bool
    var remindAction: String
    var filer: String
    var csrf: String

    /// The panel of `filer` in `round`, newest notices first (the last 20).
    static func load(store: AppDatabase, round: String, filer: String, csrf: String) async throws -> ChasingPanel {
        let contacts = try await store.contacts(filer: filer).map(ChasingText.contact)
        let lines = try await store.noticeLines(round: round, filer: filer).map(\.line)
        var summary = ChasingSummary()
        for line in lines {
            summary.lastNotice = line
            if line.isReminder {
                summary.reminders += 1
                summary.lastReminder = line
            }
        }
        return ChasingPanel(
            contacts: contacts, hasContacts: !contacts.isEmpty, summary: ChasingText.summary(summary),
            notices: lines.suffix(20).reversed().map { line in
                Line(
                    time: ReadableTime.of(line.createdAt), kind: line.kind.label.zh, subject: line.subject,
                    sender: line.actor == "system" ? "系统" : String(line.actor.dropFirst("reviewer:".count)),
                    delivery: ChasingText.delivery(line))
            }, hasNotices: !lines.isEmpty, remindAction: WebPaths.remind(round), filer: filer, csrf: csrf)
    }
}

extension DashboardController {
    /// Each shown row's contacts and reminders, from two reads for the whole page.
    static func addChasing(to model: inout DashboardPage, round: String, store: AppDatabase) async throws {
        let contacts = try await store.contacts(filers: model.rows.map(\.code))
        let summaries = try await store.chasingSummaries(round: round)
        for index in model.rows.indices {
            let code = model.rows[index].code
            model.rows[index].contact = contacts[code]?.first.map(ChasingText.contact)
            model.rows[index].chasing = ChasingText.summary(summaries[code])
        }
    }
}
