import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha status`: what the key's filer has to do in a round, then where it stands.
    struct Status: AsyncParsableCommand, RoundReadWording {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "查看需要做什么、报送状态、各版本回执与审核意见 / Show what to do, deadline status, receipts and reviews.",
            discussion: """
                未读通知（退回、抽查、催报）列在最前（zicha notices 查看全文）。
                先说需要做什么：被退回时先列审核意见和整改期限；已收到则等待审核；已通过则无需操作；未报送则说明距截止还有几天。
                轮次：--round，或报告文件的轮次，否则取本单位有退回待改的轮次，再否则取未关闭轮次中截止日期最近的；并列出其他轮次。
                Unread notices (returns, spot checks, reminders) come first (zicha notices shows them in full).
                Then what to do: a return's comment and due date first; received: wait for the review; accepted: nothing
                to do; not filed: the days left. Round: --round, or the report file's, else an open round with a returned
                filing, else the open round whose deadline comes next; the other rounds are listed.

                示例 / Examples:
                  zicha status --key 420000.key --server https://zicha.example.gov.cn
                  zicha status hubei-2017.json
                  zicha status --round 2017 --format json
                """)

        static let fileArgumentHelp = "报告文件（可选）：查看其轮次 / Report file (optional): show its round."
        static let roundHelp = "轮次（默认见上）/ Round (default: see above)."

        @OptionGroup var filerRead: RoundReadOptions<Status>
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let (key, client, choice, list) = try await filerRead.read(listing: true)
            if output.isJSON {
                ResultPrinter.json(list)
            } else {
                // Unread notices first (a return, a discrepancy, a reminder): read, not marked read. A
                // server without an inbox (older than notices) still gets its status shown.
                let unread = (try? await client.notices(key: key, unreadOnly: true)) ?? []
                for line in NoticePrinter.unread(unread) { Console.out(line) }
                StatusPrinter.print(list, choice: choice, file: filerRead.reportFile.path)
            }
        }
    }
}
