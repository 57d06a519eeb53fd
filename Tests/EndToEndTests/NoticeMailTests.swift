import Foundation
import TestSupport
import Testing

/// Notices reach filers by e-mail through a real SMTP server on loopback (aiosmtpd) and in their
/// inbox through the real client: each once, with the fields the filer needs, across restarts
/// of the real server and while the relay is down. The scheduler runs every second here.
@Suite("Notices by e-mail and in the inbox", .serialized)
struct NoticeMailTests {
    /// `serve` options for `sink`, with a one-second scheduler and retry.
    static func relay(_ sink: SMTPSink) -> [String] {
        ["--smtp-url", sink.url, "--smtp-from", "zicha@gov.cn", "--notice-interval", "1", "--smtp-retry", "1"]
    }

    /// The delivery rows as `sqlite3` prints them: `email|state|attempts|last_error`, by id.
    static func deliveries(_ server: TestServer) throws -> [String] {
        let result = try CommandRunner.run(
            URL(fileURLWithPath: "/usr/bin/sqlite3"),
            [server.database, "SELECT email, state, attempts, COALESCE(last_error, '') FROM notice_deliveries ORDER BY id"],
            in: server.workspace.url)
        return result.stdout.split(separator: "\n").map(String.init)
    }

    /// The notice keys each address received, in arrival order.
    static func keys(_ mails: [SMTPSink.Mail], to address: String) -> [String] {
        mails.filter { $0.rcptTos == [address] }.map(\.notice)
    }

    @Test(
        "a return, a discrepancy and the deadline and follow-up reminders arrive once each with their fields; restarts resend nothing"
    )
    func eachNoticeArrivesOnce() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let sink = try SMTPSink(workspace: workspace)
        try sink.start(rejecting: ["nobody@gd.gov.cn"])
        let server = TestServer(workspace: workspace)
        server.arguments = Self.relay(sink)
        try server.admin(["filer", "contact", "add", "110000", "--name", "王明", "--email", "wangming@bj.gov.cn"])
        try server.admin(["filer", "contact", "add", "320000", "--name", "李华", "--role", "办公厅信息处", "--email", "lihua@js.gov.cn"])
        try server.admin(["filer", "contact", "add", "440000", "--name", "无此人", "--email", "nobody@gd.gov.cn"])

        // 2017-12-25 is five working days before the deadline (Sunday 2017-12-31).
        server.clockStart = "2017-12-25T09:30:00+08:00"
        try server.start()
        var mails = try sink.waitFor("the five-day reminders") { $0.count >= 2 }
        let beijing = try #require(mails.first { $0.rcptTos == ["wangming@bj.gov.cn"] })
        #expect(beijing.notice == "deadline/2017/110000/5")
        #expect(beijing.subject == "【自查填报】距报送截止还有 5 个工作日（2017-12-31）")
        #expect(beijing.body.hasPrefix("北京市：") && beijing.body.contains("zicha submit"), "\(beijing.body)")
        #expect(beijing.mailFrom == "zicha@gov.cn" && beijing.to.contains("wangming@bj.gov.cn"))
        #expect(beijing.contentType == "text/plain" && beijing.charset == "utf-8")
        #expect(beijing.date.hasPrefix("Mon, 25 Dec 2017") && beijing.date.hasSuffix("+0800"), "\(beijing.date)")
        // A mailbox the relay refuses for good: failed, with the relay's reason, not retried.
        try CommandRunner.waitUntil("the refused mail to be failed", limit: 30) {
            (try? Self.deliveries(server))?.contains { $0.hasPrefix("nobody@gd.gov.cn|failed|1|") && $0.contains("550") } ?? false
        }

        // Jiangsu files; a reviewer returns the filing, then a spot check finds a discrepancy.
        let clerk = Clerk(workspace: workspace, server: server.url, key: try server.issueKey(filer: "320000"))
        try workspace.copyExample("report-valid.json", as: "jiangsu.json")
        #expect(try clerk.run("submit", "jiangsu.json").status == 0)
        let reviewer = try Reviewer(server: server)
        try reviewer.returnFiling(filer: "320000", version: 1, comment: "请补充整改完成时间", dueOn: "2018-01-15")
        let draw = try reviewer.object(
            "POST", "/v1/rounds/2017/spot-checks", json: ["seed": 2017, "counts": ["province": 1]], expect: 201)
        let checkID = try #require(draw["id"] as? Int)
        let item = try #require((draw["items"] as? [[String: Any]])?.first)
        #expect(item["filer"] as? String == "320000")
        _ = try reviewer.object(
            "POST", "/v1/rounds/2017/spot-checks/\(checkID)/items/\(item["id"] as? Int ?? 0)/findings",
            json: ["indicator": "search", "outcome": "discrepancy", "notes": "站内搜索“社保”无结果", "dueOn": "2018-01-10"],
            expect: 201)
        mails = try sink.waitFor("the return and the discrepancy") { Self.keys($0, to: "lihua@js.gov.cn").count >= 3 }
        let returned = try #require(mails.first { $0.notice == "review/1" })
        #expect(returned.subject == "【自查填报】第 1 版报告已退回，请于 2018-01-15 前整改")
        #expect(returned.body.hasPrefix("江苏省：") && returned.body.contains("审核意见：请补充整改完成时间"), "\(returned.body)")
        let discrepancy = try #require(mails.first { $0.notice == "finding/1" })
        #expect(discrepancy.subject.contains("抽查发现不一致") && discrepancy.subject.contains("2018-01-10"), "\(discrepancy.subject)")
        #expect(discrepancy.body.contains("平台「江苏政务服务网」") && discrepancy.body.contains("站内搜索“社保”无结果"))

        // The inbox through the real client: unread first in status, all in notices, then read.
        var result = try clerk.run("status")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.hasPrefix("未读通知 3 条 / 3 unread notice(s):"), "\(result.output)")
        #expect(result.stdout.contains(returned.subject) && result.stdout.contains("第 1 版已被退回"), "\(result.output)")
        result = try clerk.run("notices")
        #expect(result.status == 0 && result.stdout.contains("请补充整改完成时间") && result.stdout.contains("未读 / unread"))
        result = try clerk.run("status")
        #expect(result.stdout.hasPrefix("第 1 版已被退回"), "read notices no longer lead: \(result.output)")
        result = try clerk.run("notices", "--format", "json")
        let inbox = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(inbox.map { $0["kind"] as? String } == ["discrepancy", "returned", "deadlineReminder"])
        #expect(inbox.allSatisfy { $0["readAt"] is String } && inbox[1]["dueOn"] as? String == "2018-01-15")

        // A restart at the same instant: nothing is sent again.
        let before = try sink.mails().count
        await server.stop()
        try server.start()
        try await Task.sleep(for: .seconds(3))
        #expect(try sink.mails().count == before)

        // Later days: the one-day reminder, the deadline passed, the follow-ups before and after.
        for (clock, expected) in [
            ("2017-12-29T09:05:00+08:00", "deadline/2017/110000/1"), ("2018-01-02T10:00:00+08:00", "deadline/2017/110000/passed"),
            ("2018-01-08T09:30:00+08:00", "followup/finding/1/5"), ("2018-01-16T09:30:00+08:00", "followup/finding/1/overdue"),
        ] {
            await server.stop()
            server.clockStart = clock
            try server.start()
            try sink.waitFor(expected) { $0.contains { $0.notice == expected } }
        }
        try await Task.sleep(for: .seconds(2))
        mails = try sink.mails()
        #expect(
            Self.keys(mails, to: "wangming@bj.gov.cn") == [
                "deadline/2017/110000/5", "deadline/2017/110000/1", "deadline/2017/110000/passed",
            ])
        #expect(
            Self.keys(mails, to: "lihua@js.gov.cn").sorted() == [
                "deadline/2017/320000/5", "finding/1", "followup/finding/1/5", "followup/finding/1/overdue",
                "followup/review/1/5", "followup/review/1/overdue", "review/1",
            ])
        let overdue = try #require(mails.first { $0.notice == "followup/review/1/overdue" })
        #expect(overdue.subject == "【自查填报】整改已逾期（期限 2018-01-15）：第 1 版报告的退回意见", "\(overdue.subject)")
        #expect(!mails.contains { $0.rcptTos.contains("nobody@gd.gov.cn") })
        await server.stop()
        sink.stop()
    }

    @Test("a relay that is down leaves the mail pending, retried; it is delivered once the relay is back")
    func relayDownThenBack() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let sink = try SMTPSink(workspace: workspace)  // not started yet: nothing listens on its port
        let server = TestServer(workspace: workspace)
        server.arguments = Self.relay(sink)
        server.clockStart = "2017-12-25T09:30:00+08:00"
        try server.admin(["filer", "contact", "add", "110000", "--name", "王明", "--email", "wangming@bj.gov.cn"])
        try server.start()
        try CommandRunner.waitUntil("two failed tries", limit: 30) {
            guard let row = (try? Self.deliveries(server))?.first else { return false }
            let fields = row.split(separator: "|", omittingEmptySubsequences: false)
            return fields.count == 4 && fields[1] == "pending" && (Int(fields[2]) ?? 0) >= 2 && !fields[3].isEmpty
        }
        #expect(try Self.deliveries(server).count == 1)
        #expect(try sink.mails().isEmpty)

        try sink.start()
        let mails = try sink.waitFor("the mail after the relay came back") { !$0.isEmpty }
        #expect(mails.map(\.notice) == ["deadline/2017/110000/5"])
        try CommandRunner.waitUntil("the delivery to be recorded sent", limit: 10) {
            (try? Self.deliveries(server))?.first?.hasPrefix("wangming@bj.gov.cn|sent|") ?? false
        }
        try await Task.sleep(for: .seconds(2))
        #expect(try sink.mails().count == 1)
        await server.stop()
        sink.stop()
    }

    @Test("STARTTLS when the relay offers it, the relay's certificate checked against --smtp-ca (untrusted: the mail waits)")
    func startTLS() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (certificate, key) = (workspace.path("relay.pem"), workspace.path("relay.key"))
        let made = try CommandRunner.run(
            URL(fileURLWithPath: "/usr/bin/openssl"),
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "2", "-subj",
                "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            ], in: workspace.url)
        #expect(made.status == 0, "\(made.output)")
        let sink = try SMTPSink(workspace: workspace)
        try sink.start(tls: (certificate, key))
        let server = TestServer(workspace: workspace)
        server.clockStart = "2017-12-25T09:30:00+08:00"
        try server.admin(["filer", "contact", "add", "110000", "--name", "王明", "--email", "wangming@bj.gov.cn"])
        // The system's CAs do not know the relay's certificate: nothing is sent, the mail waits.
        server.arguments = Self.relay(sink)
        try server.start()
        try CommandRunner.waitUntil("a refused handshake", limit: 30) {
            (try? Self.deliveries(server))?.first.map { $0.hasPrefix("wangming@bj.gov.cn|pending|") && !$0.hasSuffix("|") }
                ?? false
        }
        #expect(try sink.mails().isEmpty)
        await server.stop()
        server.arguments = Self.relay(sink) + ["--smtp-ca", certificate, "--smtp-require-tls"]
        try server.start()
        let mails = try sink.waitFor("the mail over STARTTLS") { !$0.isEmpty }
        #expect(mails.map(\.notice) == ["deadline/2017/110000/5"] && mails.allSatisfy(\.tls))
        await server.stop()
        sink.stop()
    }

    @Test("without --smtp-url the server says at start that notices stay in the inbox, and they do")
    func inboxOnly() async throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let server = TestServer(workspace: workspace)
        try server.admin(["filer", "contact", "add", "110000", "--name", "王明", "--email", "wangming@bj.gov.cn"])
        let log = workspace.file("serve.log")
        let process = try await ServerProcess.start(
            db: server.database, clockStart: "2017-12-29T09:30:00+08:00", arguments: ["--notice-interval", "1"], log: log)
        let text = try String(contentsOf: log, encoding: .utf8)
        #expect(text.contains("未设置 --smtp-url：通知只留在各单位的收件箱") && text.contains("no e-mail is sent"), "\(text)")
        let clerk = Clerk(workspace: workspace, server: process.url, key: try server.issueKey(filer: "110000"))
        var subjects: [String] = []
        try CommandRunner.waitUntil("the reminder in the inbox", limit: 30) {
            let result = try? clerk.run("notices", "--keep-unread", "--format", "json")
            let list = (try? JSONSerialization.jsonObject(with: Data((result?.stdout ?? "").utf8))) as? [[String: Any]]
            subjects = list?.compactMap { $0["subject"] as? String } ?? []
            return !subjects.isEmpty
        }
        #expect(subjects == ["【自查填报】距报送截止还有 1 个工作日（2017-12-31）"])
        #expect(try Self.deliveries(server).first?.hasPrefix("wangming@bj.gov.cn|pending|0|") == true)
        await process.stop()
    }
}
