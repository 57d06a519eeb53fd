import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// The reviewer pages show each filer's contacts and what became of its notices, and remind one
/// filer or everyone who has not filed now: one form, CSRF-checked, audited; refusals store nothing.
@Suite("Web reminders")
struct WebRemindTests {
    @Test("the filer page shows contacts and notices; its form reminds that filer, audited; the dashboard says so")
    func remindOne() async throws {
        let server = try TestServer(now: "2017-12-29T10:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer("甲")
        _ = try await server.store.addContact(
            filer: "110000", ContactInput(name: "王明", role: "信息处", email: "wm@bj.gov.cn", phone: "010-1234 5678"),
            actor: "test", at: server.clock.now())
        try await server.live { client in
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let path = "/web/rounds/2017/filers/110000"
            let page = try await browser.get(path)
            #expect(page.html.contains("联系人与通知") && page.html.contains("王明（信息处） wm@bj.gov.cn 010-1234 5678"))
            #expect(page.html.contains("尚未发出通知"))
            let csrf = try WebBrowser.csrf(in: page)

            let reminded = try await browser.post("/web/rounds/2017/remind", [("csrf", csrf), ("filer", "110000")])
            #expect(reminded.status == .seeOther && reminded.redirectLocation == path + "?notice=reminded")
            let after = try await browser.get(path + "?notice=reminded").html
            #expect(after.contains("已发出催报提醒"))
            #expect(after.contains("已提醒 1 次，最近 2017-12-29 10:00，邮件待发送"), "\(after)")
            #expect(after.contains("催报提醒") && after.contains("甲"))
            #expect(try await server.auditCount("notice.remind") == 1)
            let notices = try await server.store.notices(filer: "110000", unreadOnly: false)
            #expect(notices.map(\.kind) == [.reminder] && notices.first?.dueOn == "2017-12-31")
            let dashboard = try await browser.get("/web/rounds/2017?deadline=pending").html
            #expect(dashboard.contains("王明（信息处） wm@bj.gov.cn") && dashboard.contains("已提醒 1 次，最近 2017-12-29 10:00，邮件待发送"))
            #expect(dashboard.contains(#"id="remind-all""#))
        }
    }

    @Test("remind all: every filer that has not filed, none that has; a filer with nothing to chase is refused (409)")
    func remindAll() async throws {
        let server = try TestServer(now: "2017-12-29T10:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer("甲")
        let key = try await server.issueKey("320000")
        try await server.live { client in
            let upload = try await client.upload(TestReports.bytes(TestReports.valid(filer: "320000")), key: key)
            #expect(upload.status == .created)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let csrf = try WebBrowser.csrf(in: try await browser.get("/web/rounds/2017"))
            let nothing = try await browser.post("/web/rounds/2017/remind", [("csrf", csrf), ("filer", "320000")])
            #expect(nothing.status == .conflict && nothing.html.contains("无需催报"), "\(nothing.status)")
            #expect(try await server.count("notices") == 0)
            #expect(try await server.auditCount("notice.remind") == 0)

            let all = try await browser.post("/web/rounds/2017/remind", [("csrf", csrf), ("scope", "all")])
            #expect(all.status == .seeOther && all.redirectLocation == "/web/rounds/2017?notice=reminded")
            #expect(try await browser.get("/web/rounds/2017?notice=reminded").html.contains("已发出催报提醒"))
            #expect(try await server.count("notices") == 72)
            #expect(try await server.store.notices(filer: "320000", unreadOnly: false).isEmpty)
            #expect(try await server.auditCount("notice.remind") == 1)
        }
    }

    @Test("a forged or missing CSRF token (403), an unknown filer (404) or round (404): nothing is stored")
    func refused() async throws {
        let server = try TestServer(now: "2017-12-29T10:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer("甲")
        try await server.live { client in
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let csrf = try WebBrowser.csrf(in: try await browser.get("/web/rounds/2017"))
            var response = try await browser.post("/web/rounds/2017/remind", [("csrf", "00"), ("filer", "110000")])
            #expect(response.status == .forbidden)
            response = try await browser.post("/web/rounds/2017/remind", [("scope", "all")])
            #expect(response.status == .forbidden)
            response = try await browser.post("/web/rounds/2017/remind", [("csrf", csrf), ("filer", "999999")])
            #expect(response.status == .notFound)
            response = try await browser.post("/web/rounds/2017/remind", [("csrf", csrf)])
            #expect(response.status == .notFound)
            response = try await browser.post("/web/rounds/2099/remind", [("csrf", csrf), ("scope", "all")])
            #expect(response.status == .notFound)
            #expect(try await server.count("notices") == 0)
            #expect(try await server.auditCount("notice.remind") == 0)
        }
    }
}
