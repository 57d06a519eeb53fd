import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// What reviewers change from the pages — review decisions, spot checks, publication —
/// goes through the same services as the JSON API; refusals are shown in the page and store
/// nothing; a form without the session's CSRF token gets 403.
@Suite("Web actions")
struct WebActionTests {
    @Test("review form: return without comment refused in the page (422), nothing stored; with comment and due date recorded")
    func review() async throws {
        let server = try TestServer(now: "2017-12-20T10:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer("甲")
        let key = try await server.issueKey("110000")
        try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let path = "/web/rounds/2017/filers/110000"
            let csrf = try WebBrowser.csrf(in: try await browser.get(path))

            let forged = try await browser.post(path + "/review", [("csrf", "00"), ("version", "1"), ("decision", "accept")])
            #expect(forged.status == .forbidden)
            let missing = try await browser.post(path + "/review", [("version", "1"), ("decision", "accept")])
            #expect(missing.status == .forbidden)

            let noComment = try await browser.post(
                path + "/review",
                [("csrf", csrf), ("version", "1"), ("decision", "return"), ("comment", "  "), ("dueOn", "2018-01-10")])
            #expect(noComment.status == .unprocessableContent)
            #expect(noComment.html.contains(#"id="review-error""#) && noComment.html.contains("退回必须填写意见"))
            #expect(noComment.html.contains(#"value="2018-01-10""#))  // the form keeps what was typed
            let pastDue = try await browser.post(
                path + "/review",
                [("csrf", csrf), ("version", "1"), ("decision", "return"), ("comment", "补"), ("dueOn", "2017-12-01")])
            #expect(pastDue.status == .unprocessableContent)
            #expect(try await server.count("review_decisions") == 0)

            let returned = try await browser.post(
                path + "/review",
                [("csrf", csrf), ("version", "1"), ("decision", "return"), ("comment", "请补充<整改>佐证"), ("dueOn", "2018-01-10")])
            #expect(returned.status == .seeOther)
            #expect(returned.redirectLocation == path + "?notice=returned")
            let page = try await browser.get(try #require(returned.redirectLocation)).html
            #expect(page.contains(#"id="review-state">已退回"#))
            #expect(page.contains("“请补充&lt;整改&gt;佐证”") && page.contains("整改期限 2018-01-10"))
            // The JSON API sees the same decision, by the same reviewer.
            let info = try await client.asReviewer(
                .get, APIPath.version(round: "2017", filer: "110000", version: 1), token: token)
            let version = try info.decode(VersionInfo.self)
            #expect(version.reviewState == .returned)
            #expect(version.reviews.map(\.reviewer) == ["甲"] && version.reviews.first?.comment == "请补充<整改>佐证")
            #expect(try await server.auditCount("version.review") == 1)

            // A decision on a version that is no longer the latest: 409 shown in the page.
            _ = try await client.upload(
                TestReports.bytes(TestReports.valid(filer: "110000", summary: "第二版")), key: key, baseVersion: 1)
            let stale = try await browser.post(path + "/review", [("csrf", csrf), ("version", "1"), ("decision", "accept")])
            #expect(stale.status == .conflict)
            #expect(try await server.count("review_decisions") == 1)
            let accepted = try await browser.post(
                path + "/review", [("csrf", csrf), ("version", "2"), ("decision", "accept"), ("dueOn", "2018-01-10")])
            #expect(accepted.status == .seeOther)
            #expect(try await browser.get(path).html.contains(#"id="review-state">已通过"#))
        }
    }

    @Test("spot checks: draw, record findings, follow-ups overdue first, resolve; bad input and forged forms store nothing")
    func spotChecks() async throws {
        let server = try TestServer(now: "2017-12-20T20:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer("乙")
        let path = "/web/rounds/2017/spot-checks"
        try await server.live { client in
            _ = try await server.uploadSample(client)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let empty = try await browser.get(path)
            #expect(empty.html.contains("尚未抽查"))
            let csrf = try WebBrowser.csrf(in: empty)
            #expect(try await browser.post(path, [("csrf", "0"), ("seed", "1"), ("province", "2")]).status == .forbidden)
            let zero = try await browser.post(path, [("csrf", csrf), ("seed", "1"), ("province", "0")])
            #expect(zero.status == .unprocessableContent)
            #expect(zero.html.contains(#"id="error""#))
            let badSeed = try await browser.post(path, [("csrf", csrf), ("seed", "abc"), ("province", "2")])
            #expect(badSeed.status == .badRequest)
            #expect(try await server.count("spot_checks") == 0)

            let drawn = try await browser.post(
                path, [("csrf", csrf), ("seed", "2017"), ("province", "2"), ("city", "1"), ("county", "0")])
            #expect(drawn.status == .seeOther)
            // The same draw as the JSON API's with that seed and those counts.
            let check = try await client.asReviewer(.get, "/v1/rounds/2017/spot-checks/1", token: token).decode(SpotCheck.self)
            #expect(check.items.count == 3 && check.seed == 2017 && check.drawnBy == "乙")
            let findings = "\(path)/1/items/\(check.items[0].id)/findings"
            let other = "\(path)/1/items/\(check.items[1].id)/findings"
            let noNotes = try await browser.post(
                findings, [("csrf", csrf), ("indicator", "search"), ("outcome", "discrepancy"), ("dueOn", "2017-12-25")])
            #expect(noNotes.status == .unprocessableContent)
            #expect(try await server.count("spot_check_findings") == 0)
            for (url, due) in [(findings, "2017-12-28"), (other, "2017-12-20")] {
                let response = try await browser.post(
                    url,
                    [("csrf", csrf), ("indicator", "search"), ("outcome", "discrepancy"), ("notes", "搜索<无>结果"), ("dueOn", due)])
                #expect(response.status == .seeOther)
            }
            let confirmed = try await browser.post(
                findings, [("csrf", csrf), ("indicator", "columns"), ("outcome", "confirmed"), ("dueOn", "2017-12-28")])
            #expect(confirmed.status == .seeOther)
            #expect(
                try await browser.post(
                    findings, [("csrf", csrf), ("indicator", "columns"), ("outcome", "confirmed")]
                ).status == .conflict)

            server.clock.set("2017-12-21T01:00:00+08:00")  // the second follow-up is now overdue (session still live)
            let page = try await browser.get(path).html
            let table = try #require(WebPageTests.section(of: page, from: #"<table id="follow-ups">"#, to: "</table>"))
            #expect(table.contains("搜索&lt;无&gt;结果"))
            let overdue = try #require(table.range(of: "已逾期"))
            let open = try #require(table.range(of: "整改中"))
            #expect(overdue.lowerBound < open.lowerBound)
            let resolve = "\(path)/1/items/\(check.items[1].id)/findings/search/resolve"
            #expect(page.contains(#"action="\#(resolve)""#))
            #expect(try await browser.post(resolve, [("csrf", "1"), ("note", "已整改")]).status == .forbidden)
            // Resolving needs a note saying why: refused in the page, nothing stored.
            let noNote = try await browser.post(resolve, [("csrf", csrf), ("note", "  ")])
            #expect(noNote.status == .unprocessableContent && noNote.html.contains("销号必须填写整改说明"))
            #expect(try await server.auditCount("spotcheck.resolve") == 0)
            #expect(try await browser.post(resolve, [("csrf", csrf), ("note", "已上线<搜索>功能")]).status == .seeOther)
            #expect(try await browser.post(resolve, [("csrf", csrf), ("note", "再次")]).status == .conflict)
            let resolvedPage = try await browser.get(path).html
            #expect(resolvedPage.contains("已上线&lt;搜索&gt;功能"))
            let list = try await client.asReviewer(.get, "/v1/rounds/2017/spot-checks?followUp=resolved", token: token)
            #expect(try list.decode(SpotCheckList.self).followUps.map(\.itemId) == [check.items[1].id])
        }
    }

    @Test(
        "summary page: the shares with numerators, denominators and the 2017 figures; publish needs the CSRF token and a confirmation"
    )
    func summaryAndPublish() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        try await server.live { client in
            for (filer, _) in try await server.uploadSample(client) {
                #expect(try await client.review(filer, version: 1, token: token, .accept).status == .created)
            }
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let page = try await browser.get("/web/rounds/2017/summary")
            #expect(page.status == .ok)
            let html = page.html
            #expect(html.contains(#"<svg class="chart" id="shares-chart""#))
            let summary = try await client.asReviewer(.get, "/v1/rounds/2017/summary", token: token).decode(NationalSummary.self)
            #expect(summary.platforms == 201)
            let table = try #require(WebPageTests.section(of: html, from: #"<table id="shares">"#, to: "</table>"))
            for share in summary.shares {
                #expect(table.contains(share.label) && table.contains(">\(share.notice2017)%<"))
                #expect(table.contains("\(share.afterRectification.numerator)/\(share.afterRectification.denominator)（"))
            }
            #expect(html.contains("201 个平台、865 个服务事项"))
            let perFiler = try #require(WebPageTests.section(of: html, from: #"<table id="per-filer">"#, to: "</table>"))
            #expect(perFiler.contains(">北京市</a>"))

            #expect(try await browser.post("/web/rounds/2017/publish", [("csrf", "nope")]).status == .forbidden)
            #expect(try await server.count("publications") == 0)
            let published = try await browser.confirmPublication("2017")
            #expect(published.status == .seeOther)
            #expect(try await server.count("publications") == 1)
            let after = try await browser.get(try #require(published.redirectLocation)).html
            #expect(after.contains("已公布") && after.contains("/public/v1/rounds/2017/publications/1"))
            #expect(after.contains(#"href="/public/rounds/2017/publications/1""#))
        }
    }
}
