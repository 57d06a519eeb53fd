import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// What the dashboard, the filer page, the summary and the public page show, and that
/// everything a filer wrote is escaped.
@Suite("Web pages")
struct WebPageTests {
    static let script = "<script>alert(1)</script>"

    @Test("dashboard: deadline, days left on the server clock, SVG charts, roster with filters and CSV")
    func dashboard() async throws {
        let server = try TestServer(now: "2017-12-20T10:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer()
        let beijing = try await server.issueKey("110000")
        let ministry = try await server.issueKey("bm07")
        try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000", name: "北京市")), key: beijing)
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "bm07", name: "工业和信息化部")), key: ministry)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let page = try await browser.get("/web/rounds/2017")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            let html = page.html
            #expect(html.contains("2017-12-31"))
            #expect(html.contains("距截止还有 11 天"))
            #expect(html.components(separatedBy: "<svg").count == 3)
            #expect(html.contains(#"aria-label="报送情况""#))
            #expect(html.contains(">北京市</a>") && html.contains(">工业和信息化部</a>") && html.contains(">天津市</a>"))
            #expect(html.contains("符合条件 73 家"))

            let onTime = try await browser.get("/web/rounds/2017?deadline=onTime").html
            #expect(onTime.contains(">北京市</a>") && !onTime.contains(">天津市</a>"))
            #expect(onTime.contains("符合条件 2 家"))
            let departments = try await browser.get("/web/rounds/2017?deadline=onTime&kind=department").html
            // The roster, not the queue above it (which lists every filing awaiting a decision).
            let roster = try #require(Self.section(of: departments, from: #"<table id="roster">"#, to: "</table>"))
            #expect(roster.contains(">工业和信息化部</a>") && !roster.contains(">北京市</a>"))
            #expect(departments.contains(#"href="/web/rounds/2017/roster.csv?deadline=onTime&amp;kind=department""#))
            let csv = try await browser.get("/web/rounds/2017/roster.csv?deadline=onTime&kind=department")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = csv.html.split(separator: "\r\n")
            #expect(lines.count == 2)
            #expect(lines.last?.hasPrefix("bm07,工业和信息化部,按时报送,") == true)
            let bad = try await browser.get("/web/rounds/2017?deadline=soon")
            #expect(bad.status == .badRequest)
            #expect(bad.html.contains("<!DOCTYPE html>") && bad.html.contains("deadline"))

            server.clock.set("2018-01-02T10:00:00+08:00")
            // Two weeks later the session has expired: sign in again.
            #expect(try await browser.get("/web/rounds/2017").status == .seeOther)
            _ = try await browser.signIn(token)
            // The bare address leads back to the filters last used (onTime, departments).
            let back = try await browser.get("/web/rounds/2017")
            #expect(back.status == .seeOther && back.redirectLocation == "/web/rounds/2017?deadline=onTime&kind=department")
            let after = try await browser.get("/web/rounds/2017?clear=1").html
            #expect(after.contains("已过截止日期 2 天") && after.contains("符合条件 73 家"))
            #expect(try await browser.get("/web/rounds/2099").status == .notFound)
        }
    }

    @Test(
        "filer page: versions with receipts, the form with Chinese indicator names, findings beside fields, diff; filer text escaped"
    )
    func filerPage() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("110000")
        var report = TestReports.withWarning(filer: "110000")
        report.summary = Self.script
        report.platforms[0].name = "平台\(Self.script)"
        report.platforms[0].checks.search?.evidence.tests?[0].query = "\"><img src=x onerror=alert(2)>"
        let first = report
        report.summary = "已完成 & 整改"
        let second = report
        try await server.live { client in
            let v1 = try await client.upload(TestReports.bytes(first), key: key)
            #expect(v1.status == .created)
            _ = try await client.upload(TestReports.bytes(second), key: key, baseVersion: 1)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)

            let page = try await browser.get("/web/rounds/2017/filers/110000?version=1")
            #expect(page.status == .ok)
            let html = page.html
            #expect(!html.contains(Self.script) && !html.contains("<img"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("平台 1：平台&lt;script&gt;"))
            #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"))
            // Receipts of both versions, newest first.
            let receipt = try v1.decode(Receipt.self)
            #expect(html.contains(receipt.sha256) && html.contains(receipt.receivedAt))
            #expect(html.range(of: "第 2 版")!.lowerBound < html.range(of: "第 1 版（当前显示）")!.lowerBound)
            // The form: the 13 indicators by their Chinese names, evidence and the warning in its row.
            for indicator in IndicatorCatalogue.all {
                #expect(html.contains("<strong>\(indicator.level2.zh)</strong>"), "\(indicator.id)")
            }
            #expect(html.contains("搜索“企业设立登记”，应找到“企业设立登记”：找到"))
            let row = try #require(Self.section(of: html, from: #"<tr id="unifiedEntry">"#, to: "</tr>"))
            let warning = try #require(receiptWarning(first))
            #expect(row.contains(Self.escaped(warning.message)))
            #expect(row.contains(warning.path))
            // Diff between versions 1 and 2, by JSON path.
            let diff = try #require(Self.section(of: html, from: #"<table id="diff">"#, to: "</table>"))
            #expect(diff.contains(">summary<") && diff.contains("已完成 &amp; 整改"))
            #expect(diff.contains("&lt;script&gt;"))
            let same = try await browser.get("/web/rounds/2017/filers/110000?from=2&to=2").html
            #expect(same.contains("两个版本内容相同"))
            #expect(try await browser.get("/web/rounds/2017/filers/999999").status == .notFound)
        }
    }

    /// The warning the validator gives `report` (rectification on a passed indicator).
    private func receiptWarning(_ report: SelfInspectionReport) -> ValidationIssue? {
        let context = ValidationContext(
            roundID: "2017", deadline: Day(year: 2017, month: 12, day: 31)!, roster: ["110000"], signingFiler: "110000")
        return validate(report, context: context).first { $0.severity == .warning }
    }

    @Test("public page: 404 before publication, then the latest snapshot only, without sign-in")
    func publicPage() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("110000")
        try await server.live { client in
            var anonymous = WebBrowser(client)
            let before = try await anonymous.get("/public/rounds/2017")
            #expect(before.status == .notFound)
            #expect(before.html.contains("尚未公布"))
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000", name: "北京市")), key: key)
            #expect(try await client.review("110000", version: 1, token: token, .accept).status == .created)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let publish = try await browser.confirmPublication("2017")
            #expect(publish.status == .seeOther)
            // A decision after publication does not reach the public page.
            #expect(
                try await client.review("110000", version: 1, token: token, .return("补充", dueOn: "2018-01-10")).status == .created
            )
            let page = try await anonymous.get("/public/rounds/2017")
            #expect(page.status == .ok)
            let filers = try #require(Self.section(of: page.html, from: #"<table id="public-filers">"#, to: "</table>"))
            #expect(filers.contains("<td>北京市</td>"))
            #expect(filers.contains("已通过") && !filers.contains("已退回"))
            #expect(page.html.contains("未与本级政府门户网站前端整合的平台") && page.html.contains("26%"))
            #expect(!page.html.contains("补充"))
            #expect(try await anonymous.get("/public/rounds/no-such-round").status == .notFound)
        }
    }

    /// `text` as `{{ }}` writes it into HTML.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    /// The text of `html` from `start` to the first `end` after it.
    static func section(of html: String, from start: String, to end: String) -> String? {
        guard let lower = html.range(of: start) else { return nil }
        guard let upper = html.range(of: end, range: lower.upperBound..<html.endIndex) else { return nil }
        return String(html[lower.lowerBound..<upper.upperBound])
    }
}
