import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// Notices are written in the transaction of their cause (a decision, a finding, a due
/// reminder), each once, and read from the filer's inbox signed like every filer read.
@Suite("Notices")
struct NoticeTests {
    /// The notices stored, as `key|kind|filer`, by id.
    static func stored(_ server: TestServer) async throws -> [String] {
        try await server.store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT key || '|' || kind || '|' || filer_code FROM notices ORDER BY id")
        }
    }

    @Test("a return writes the filer's notice with the comment and due date; a refused decision writes none")
    func returnNotice() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer("张三")
        let key = try await server.issueKey("320000")
        try await server.live { client in
            #expect(try await client.upload(TestReports.bytes(TestReports.valid(filer: "320000")), key: key).status == .created)
            // A due date in the past and a return without a comment are refused: nothing is written.
            var response = try await client.review("320000", version: 1, token: token, .return(dueOn: "2017-12-01"))
            #expect(response.status == .unprocessableContent || response.status == .badRequest)
            response = try await client.review("320000", version: 1, token: token, .return("  ", dueOn: "2018-01-15"))
            #expect(response.status.code >= 400)
            response = try await client.review("320000", version: 2, token: token, .accept)
            #expect(response.status == .notFound)
            #expect(try await Self.stored(server).isEmpty)

            response = try await client.review("320000", version: 1, token: token, .return("请补充整改完成时间", dueOn: "2018-01-15"))
            #expect(response.status == .created)
            #expect(try await Self.stored(server) == ["review/1|returned|320000"])
            let inbox = try await client.signedGet(APIPath.notices(filer: "320000"), key: key, round: "*")
            #expect(inbox.status == .ok)
            let notices = try inbox.decode([NoticeInfo].self)
            #expect(notices.count == 1)
            #expect(notices.first?.kind == .returned && notices.first?.version == 1 && notices.first?.dueOn == "2018-01-15")
            #expect(notices.first?.subject == "【自查填报】第 1 版报告已退回，请于 2018-01-15 前整改")
            #expect(notices.first?.body.contains("审核意见：请补充整改完成时间") == true)
        }
    }

    @Test("a spot-check discrepancy writes a notice naming the platform, indicator and follow-up date; a confirmation none")
    func discrepancyNotice() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("320000")
        try await server.live { client in
            #expect(try await client.upload(TestReports.bytes(TestReports.valid(filer: "320000")), key: key).status == .created)
            let drawn = try await client.asReviewer(
                .post, APIPath.spotChecks(round: "2017"), token: token, json: SpotCheckRequest(seed: 7, counts: ["province": 1]))
            #expect(drawn.status == .created)
            let check = try drawn.decode(SpotCheck.self)
            let item = try #require(check.items.first)
            let path = APIPath.spotChecks(round: "2017") + "/\(check.id)/items/\(item.id)/findings"
            var response = try await client.asReviewer(
                .post, path, token: token, json: FindingRequest(indicator: .columns, outcome: .confirmed))
            #expect(response.status == .created)
            #expect(try await Self.stored(server).isEmpty)
            response = try await client.asReviewer(
                .post, path, token: token,
                json: FindingRequest(indicator: .search, outcome: .discrepancy, notes: "搜索无结果", dueOn: "2018-01-10"))
            #expect(response.status == .created)
            #expect(try await Self.stored(server) == ["finding/2|discrepancy|320000"])
            let notice = try #require(try await server.store.notices(filer: "320000", unreadOnly: false).first)
            #expect(notice.dueOn == "2018-01-10" && notice.subject.contains("站内搜索") && notice.body.contains("搜索无结果"))
            #expect(notice.subject.contains("平台「\(item.platformName ?? "?")」"), "\(notice.subject)")
        }
    }

    @Test("the inbox: unread first, markRead marks only for the filer's own key; bad input is refused and marks nothing")
    func inbox() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("110000")
        let other = try await server.issueKey("320000")
        server.clock.set("2017-12-29T09:30:00+08:00")
        #expect(try await server.store.writeDueReminders(at: server.clock.now()) == 73)
        let path = APIPath.notices(filer: "110000")
        try await server.live { client in
            // Refusals: a bad flag, another filer's key, an unknown filer, no credential.
            var response = try await client.signedGet(path + "?unread=yes", key: key, round: "*")
            #expect(response.status == .badRequest && response.error?.error == "invalid_query")
            response = try await client.signedGet(path + "?markRead=1", key: key, round: "*")
            #expect(response.status == .badRequest)
            response = try await client.signedGet(path, key: other, round: "*", filer: "110000")
            #expect(response.status == .forbidden, "\(response.status)")
            response = try await client.asReviewer(.get, APIPath.notices(filer: "999999"), token: token)
            #expect(response.status == .notFound && response.error?.error == "unknown_filer")
            response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .unauthorized)
            // A reviewer reads it without marking it read.
            response = try await client.asReviewer(.get, path + "?markRead=true", token: token)
            #expect(try response.decode([NoticeInfo].self).map(\.readAt) == [nil])
            #expect(try await server.store.notices(filer: "110000", unreadOnly: true).count == 1)

            response = try await client.signedGet(path + "?unread=true", key: key, round: "*")
            let unread = try response.decode([NoticeInfo].self)
            #expect(unread.map(\.kind) == [.deadlineReminder] && unread.first?.dueOn == "2017-12-31")
            response = try await client.signedGet(path + "?markRead=true", key: key, round: "*")
            #expect(try response.decode([NoticeInfo].self).first?.readAt == nil)  // as it was when read
            response = try await client.signedGet(path + "?unread=true", key: key, round: "*")
            #expect(try response.decode([NoticeInfo].self).isEmpty)
            response = try await client.signedGet(path, key: key, round: "*")
            #expect(try response.decode([NoticeInfo].self).first?.readAt == "2017-12-29T09:30:00+08:00")
        }
    }

    @Test(
        "deadline reminders are written from 09:00 on their working day, once, to filers that have not filed, e-mailed to contacts"
    )
    func deadlineReminders() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("320000")
        _ = try await server.store.addContact(
            filer: "110000", ContactInput(name: "王明", role: nil, email: "wm@bj.gov.cn", phone: nil), actor: "test",
            at: server.clock.now())
        let upload = try await server.live { client in
            try await client.upload(TestReports.bytes(TestReports.valid(filer: "320000")), key: key).status
        }
        #expect(upload == .created)
        server.clock.set("2017-12-25T08:59:00+08:00")
        #expect(try await server.store.writeDueReminders(at: server.clock.now()) == 0)
        server.clock.set("2017-12-25T09:00:00+08:00")
        #expect(try await server.store.writeDueReminders(at: server.clock.now()) == 72)  // all but Jiangsu, which filed
        #expect(try await server.store.writeDueReminders(at: server.clock.now()) == 0)
        let stored = try await Self.stored(server)
        #expect(stored.contains("deadline/2017/110000/5|deadlineReminder|110000"))
        #expect(stored.allSatisfy { !$0.hasSuffix("|320000") })
        let due = try await server.store.dueDeliveries(at: server.clock.now())
        #expect(due.map(\.email) == ["wm@bj.gov.cn"] && due.first?.noticeKey == "deadline/2017/110000/5")
    }

    @Test("a failed e-mail waits longer after each try, a refused one fails with its reason, and the tries run out")
    func deliveryBackoff() async throws {
        let server = try TestServer(now: "2017-12-29T09:30:00+08:00")
        defer { server.remove() }
        for (filer, email) in [("110000", "a@bj.gov.cn"), ("120000", "b@tj.gov.cn")] {
            _ = try await server.store.addContact(
                filer: filer, ContactInput(name: "联系人", role: nil, email: email, phone: nil), actor: "test",
                at: server.clock.now())
        }
        _ = try await server.store.writeDueReminders(at: server.clock.now())
        let backoff = DeliveryBackoff(first: .seconds(10), longest: .seconds(25), attempts: 3)
        let now = server.clock.now()
        var due = try await server.store.dueDeliveries(at: now)
        #expect(due.count == 2)
        try await server.store.recordDelivery(due[0], result: .transient("Couldn't connect"), backoff: backoff, at: now)
        try await server.store.recordDelivery(due[1], result: .permanent("550 no such mailbox"), backoff: backoff, at: now)
        #expect(try await server.store.dueDeliveries(at: now).isEmpty)
        due = try await server.store.dueDeliveries(at: now.addingTimeInterval(10))
        #expect(due.map(\.attempts) == [1])
        try await server.store.recordDelivery(due[0], result: .transient("timeout"), backoff: backoff, at: now)
        #expect(try await server.store.dueDeliveries(at: now.addingTimeInterval(19)).isEmpty)
        due = try await server.store.dueDeliveries(at: now.addingTimeInterval(20))
        try await server.store.recordDelivery(due[0], result: .transient("timeout"), backoff: backoff, at: now)
        let rows = try await server.store.pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT state || '|' || attempts || '|' || last_error FROM notice_deliveries ORDER BY id")
        }
        #expect(rows == ["failed|3|重试 3 次仍未送达 / gave up after 3 tries: timeout", "failed|1|550 no such mailbox"])
    }

    @Test("reminder days by the official calendar: the nearest that has come, after the target a short while only")
    func reminderRule() {
        let deadline = Day("2017-12-31")!
        func stage(_ today: String, since: String? = nil) -> ReminderRule.Stage? {
            ReminderRule.stage(target: deadline, since: since.flatMap(Day.init), days: [5, 1], today: Day(today)!)
        }
        #expect(stage("2017-12-22") == nil)
        #expect(stage("2017-12-25") == .before(workingDays: 5))  // Monday: five working days before Sunday the 31st
        #expect(stage("2017-12-28") == .before(workingDays: 5))
        #expect(stage("2017-12-29") == .before(workingDays: 1))
        #expect(stage("2017-12-31") == .before(workingDays: 1))
        #expect(stage("2018-01-02") == .after)
        #expect(stage("2018-01-08") == .after)  // 2018-01-01 is a holiday: five working days end on the 8th
        #expect(stage("2018-01-09") == nil)
        #expect(stage("2017-12-29", since: "2017-12-29") == nil)  // written that day: it says the date itself
        #expect(ReminderRule.reminderDay(at: ChinaTime.parse("2017-12-29T08:59:59+08:00")!) == Day("2017-12-28"))
        #expect(ReminderRule.days(fromJSON: "[3]") == [3] && ReminderRule.days(fromJSON: "x") == [5, 1])
    }

    @Test("NoticeInfo as the inbox writes it matches the OpenAPI schema")
    func schema() async throws {
        let notices = [
            NoticeInfo(
                id: 1, kind: .returned, round: "2017", subject: "s", body: "b", createdAt: "2017-12-25T09:30:00+08:00",
                readAt: "2017-12-25T10:00:00+08:00", version: 1, dueOn: "2018-01-15"),
            NoticeInfo(
                id: 2, kind: .deadlineReminder, round: "2017", subject: "s", body: "b", createdAt: "2017-12-25T09:30:00+08:00"),
        ]
        let result = try SchemaValidator.validate([try await SchemaCase("inbox", "NoticeInfo", JSONResponse.make(notices[0]))])
        #expect(result.exitCode == 0, "\(result.output)")
        let second = try SchemaValidator.validate([try await SchemaCase("inbox", "NoticeInfo", JSONResponse.make(notices[1]))])
        #expect(second.exitCode == 0, "\(second.output)")
    }
}
