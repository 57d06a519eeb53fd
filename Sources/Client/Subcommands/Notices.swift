import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha notices`: every notice the office sent the key's filer, newest first, marked read.
    struct Notices: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notices",
            abstract:
                "查看通知（退回、通过、抽查、催报提醒）并标为已读 / Show notices (returns, acceptances, spot checks, reminders) and mark them read.",
            discussion: """
                通知同时以电子邮件发给本单位的联系人（由管理员登记）。--unread 只列未读的；--keep-unread 不标为已读。
                Notices are also mailed to the office's contacts (kept by the administrator). --unread lists only unread ones;
                --keep-unread leaves them unread.

                示例 / Examples:
                  zicha notices --key 420000.key --server https://zicha.example.gov.cn
                  zicha notices --unread --format json
                """)

        @Flag(help: "只列未读通知 / Only unread notices.")
        var unread = false

        @Flag(name: .customLong("keep-unread"), help: "不标为已读 / Do not mark them read.")
        var keepUnread = false

        @OptionGroup var keyOptions: KeyOptions
        @OptionGroup var serverOptions: ServerOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let key = try keyOptions.load()
            let client = try serverOptions.client()
            let notices = try await client.notices(key: key, unreadOnly: unread, markRead: !keepUnread)
            if output.isJSON {
                ResultPrinter.json(notices)
            } else {
                for line in NoticePrinter.all(notices) { Console.out(line) }
            }
        }
    }
}
