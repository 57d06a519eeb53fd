import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// The reviewer's queue on the dashboard (undecided filings and filings changed since this
/// reviewer last looked, oldest first), "下一个待审核" on the filer page, and the views recorded
/// per reviewer (migration 0006).
@Suite("Review queue")
struct ReviewQueueTests {
    /// The filer codes of the dashboard's queue, in order, and each row's text.
    static func queue(_ html: String) -> [(code: String, row: String)] {
        guard let table = WebPageTests.section(of: html, from: #"<table id="queue">"#, to: "</table>") else { return [] }
        return table.components(separatedBy: "<tr>").dropFirst(2).compactMap { row in
            guard let match = row.firstMatch(of: #/href="/web/rounds/2017/filers/([0-9a-z]+)"/#) else { return nil }
            return (String(match.output.1), row)
        }
    }

    /// The `href` of the page's "下一个待审核" link.
    static func next(_ html: String) -> String? {
        html.firstMatch(of: #/id="next-to-review" href="([^"]+)"/#).map { String($0.output.1) }
    }

    @Test(
        "the queue: undecided filings oldest first, then what changed since this reviewer looked (a new version, another's decision); next-to-review follows it"
    )
    func queueOrderAndChanges() async throws {
        let server = try TestServer(now: "2017-12-20T10:00:00+08:00")
        defer { server.remove() }
        let a = try await server.addReviewer("甲")
        let b = try await server.addReviewer("乙")
        var keys: [String: TestKey] = [:]
        for code in ["110000", "120000", "130000"] { keys[code] = try await server.issueKey(code) }
        let allKeys = keys
        try await server.live { client in
            // Filed at 10:00, 11:00 and 12:00; 130000 first.
            for (code, time) in [("130000", "10:00"), ("110000", "11:00"), ("120000", "12:00")] {
                server.clock.set("2017-12-20T\(time):00+08:00")
                let upload = try await client.upload(TestReports.bytes(TestReports.valid(filer: code)), key: allKeys[code]!)
                #expect(upload.status == .created)
            }
            server.clock.set("2017-12-20T13:00:00+08:00")
            var browser = WebBrowser(client)
            _ = try await browser.signIn(a)
            let first = try await browser.get("/web/rounds/2017?clear=1").html
            #expect(Self.queue(first).map(\.code) == ["130000", "110000", "120000"])
            #expect(Self.queue(first).allSatisfy { $0.row.contains(">待审核<") })
            #expect(first.contains(#"id="queue-title">待处理（3）"#))

            // Next to review: the one after this in the queue, wrapping to the oldest.
            let page110 = try await browser.get("/web/rounds/2017/filers/110000").html
            #expect(Self.next(page110) == "/web/rounds/2017/filers/120000")
            #expect(page110.contains("下一个待审核：天津市"))
            #expect(Self.next(try await browser.get("/web/rounds/2017/filers/120000").html) == "/web/rounds/2017/filers/130000")
            #expect(Self.next(try await browser.get("/web/rounds/2017/filers/130000").html) == "/web/rounds/2017/filers/110000")
            // A filer outside the queue leads to its oldest filing.
            #expect(Self.next(try await browser.get("/web/rounds/2017/filers/140000").html) == "/web/rounds/2017/filers/130000")
            #expect(try await server.count("reviewer_views") == 4)

            // 甲 returns 130000 and accepts 120000; 乙 accepts 110000 later; 130000 files version 2.
            server.clock.set("2017-12-20T14:00:00+08:00")
            #expect(try await client.review("130000", version: 1, token: a, .return(dueOn: "2018-01-10")).status == .created)
            #expect(try await client.review("120000", version: 1, token: a, .accept).status == .created)
            server.clock.set("2017-12-20T15:00:00+08:00")
            #expect(try await client.review("110000", version: 1, token: b, .accept).status == .created)
            server.clock.set("2017-12-20T16:00:00+08:00")
            let v2 = try await client.upload(
                TestReports.bytes(TestReports.valid(filer: "130000", summary: "第二版")), key: allKeys["130000"]!, baseVersion: 1)
            #expect(v2.status == .created)

            let changed = Self.queue(try await browser.get("/web/rounds/2017").html)
            #expect(changed.map(\.code) == ["110000", "130000"])
            #expect(changed.first?.row.contains("他人已审核") == true && changed.first?.row.contains(">待审核<") == false)
            #expect(changed.last?.row.contains(">待审核<") == true && changed.last?.row.contains("自上次查看后有新版本") == true)
            // Looking at 110000 again takes it off 甲's queue.
            _ = try await browser.get("/web/rounds/2017/filers/110000")
            #expect(Self.queue(try await browser.get("/web/rounds/2017").html).map(\.code) == ["130000"])

            // 乙 never opened a page: only the undecided filing.
            var other = WebBrowser(client)
            _ = try await other.signIn(b)
            let theirs = try await other.get("/web/rounds/2017").html
            #expect(Self.queue(theirs).map(\.code) == ["130000"])
            #expect(!Self.queue(theirs)[0].row.contains("自上次查看后有新版本"))
        }
    }

    @Test("a reviewer's own decision through the API does not come back as a change; nothing decided: an empty queue")
    func ownDecisionAndEmptyQueue() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("110000")
        try await server.live { client in
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let empty = try await browser.get("/web/rounds/2017").html
            #expect(empty.contains(#"id="queue-empty""#) && Self.queue(empty).isEmpty)
            #expect(Self.next(try await browser.get("/web/rounds/2017/filers/110000").html) == nil)
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key)
            _ = try await client.upload(
                TestReports.bytes(TestReports.valid(filer: "110000", summary: "二")), key: key, baseVersion: 1)
            #expect(try await client.review("110000", version: 2, token: token, .accept).status == .created)
            #expect(Self.queue(try await browser.get("/web/rounds/2017").html).isEmpty)
        }
        let seen = try await server.store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT seen_version FROM reviewer_views WHERE filer_code = '110000'")
        }
        #expect(seen == 0)
    }
}
