import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// Reading a report on the filer page: the contents column with its badges, the problems-only
/// view, links only for http(s) URLs, readable times and hashes, the print view, and the bounds
/// that keep a huge report's page small.
@Suite("Web report reading")
struct WebReportTests {
    static let path = "/web/rounds/2017/filers/320000"

    /// Runs `body` with a signed-in browser on a server holding `versions` of Jiangsu's report.
    private func withPage(
        _ versions: [SelfInspectionReport] = [InspectedReports.jiangsu()],
        _ body: @Sendable (inout WebBrowser, TestServer, TestKey) async throws -> Void
    ) async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer("甲")
        let key = try await server.issueKey("320000")
        try await server.live { client in
            for (base, report) in versions.enumerated() {
                let answer = try await client.upload(TestReports.bytes(report), key: key, baseVersion: base)
                #expect(answer.status == .created, "\(answer.html)")
            }
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            try await body(&browser, server, key)
        }
    }

    @Test("contents: every platform and item with a badge of failed indicators and findings, linking to its place")
    func contents() async throws {
        try await withPage { browser, _, _ in
            let html = try await browser.get(Self.path).html
            let contents = try #require(WebPageTests.section(of: html, from: #"<nav class="contents"#, to: "</nav>"))
            #expect(contents.contains(##"<a href="#platform-1">平台 1：江苏政务服务网</a> <span class="badge">2</span>"##))
            #expect(contents.contains(##"<a href="#item-1-2">事项 2：居住证办理</a> <span class="badge">1</span>"##))
            #expect(contents.contains(##"<a href="#item-1-1">事项 1：教师资格认定</a></li>"##))
            #expect(contents.contains(##"<a href="#item-1-3">事项 3：排污许可证核发</a></li>"##))
            // The collapsed item carries its badge on its summary line; the failed row is marked.
            let item = try #require(WebPageTests.section(of: html, from: #"id="item-1-2""#, to: "</summary>"))
            #expect(item.contains(#"<span class="badge" title="不通过的指标与校验发现">1</span>"#))
            #expect(html.contains(#"<tr id="p1-i2-accuracy" class="check accuracy failed">"#))
            #expect(html.contains(#"id="problem-count">不通过的指标 1 项 · 校验发现 1 条"#))
            // The review form sits beside the report, in the same grid.
            let workspace = try #require(WebPageTests.section(of: html, from: #"<div class="workspace">"#, to: "</aside>"))
            #expect(workspace.contains(#"id="contents""#) && workspace.contains(#"id="report""#))
            #expect(workspace.contains(#"<form method="post" action="/web/rounds/2017/filers/320000/review" id="review-form">"#))
        }
    }

    @Test("versions: times as people read them, the SHA-256 shortened with the full value on demand")
    func receipts() async throws {
        try await withPage { browser, _, _ in
            let html = try await browser.get(Self.path).html
            let versions = try #require(WebPageTests.section(of: html, from: #"<table id="versions">"#, to: "</table>"))
            let sha = Hex.encode(Crypto.sha256(TestReports.bytes(InspectedReports.jiangsu())))
            #expect(versions.contains("<td class=\"nowrap\">2017-12-20 10:00</td>"))
            #expect(!versions.contains("2017-12-20T10:00:00+08:00"))
            // Signed at 02:00 UTC: 10:00 in China Standard Time.
            #expect(versions.contains("2017-12-20 10:00<br>"))
            #expect(versions.contains(#"<summary class="mono" title="\#(sha)">\#(sha.prefix(12))…</summary>"#))
            #expect(versions.contains(#"<span class="mono">\#(sha)</span></details>"#))
        }
    }

    @Test("只看问题: only failed indicators, findings and rectifications; without problems, a sentence saying so")
    func problemsOnly() async throws {
        try await withPage([TestReports.jiangsu(), InspectedReports.jiangsu()]) { browser, _, _ in
            let page = try await browser.get(Self.path + "?view=problems")
            #expect(page.status == .ok)
            let html = page.html
            #expect(html.contains(#"id="view-problems" href="/web/rounds/2017/filers/320000?view=problems" class="current""#))
            #expect(html.contains(#"<tr id="p1-i2-accuracy""#) && html.contains("整改：按窗口实际要求修订办事指南"))
            #expect(html.contains(#"<tr id="p1-unifiedEntry""#) && html.contains("rectification.onPass"))
            for absent in [#"id="p1-search""#, #"id="p1-i1-completeness""#, #"id="item-1-1""#, #"id="item-1-3""#, "summary-text"] {
                #expect(!html.contains(absent), "\(absent)")
            }
            #expect(!html.contains(#"<tr id="p1-i2-completeness""#))
            // The guide rows of the item are left out: none has a finding.
            #expect(!html.contains("<th>设定依据</th>"))
            let first = try await browser.get(Self.path + "?version=1&view=problems").html
            #expect(first.contains(#"id="no-problems""#) && !first.contains(#"class="card platform"#))
        }
    }

    @Test("links only for http(s) URLs, with rel=noopener noreferrer; javascript: and data: shown as text")
    func unsafeLinks() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("320000")
        var report = TestReports.jiangsu()
        report.platforms[0].url = "javascript:alert(1)"
        report.platforms[0].portalUrl = "data:text/html,<script>alert(2)</script>"
        report.platforms[0].serviceItems[0].guide.forms?[0].instructionsUrl = " JaVaScRiPt:alert(3)"
        report.platforms[0].serviceItems[0].guide.forms?[0].sampleUrl = "https://www.jszwfw.gov.cn/s.pdf\"onmouseover=\"alert(4)"
        // No upload passes such URLs (shape.url): stored as an older build might have.
        try await server.storeUnchecked(TestReports.bytes(report), key: key)
        try await server.live { client in
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let html = try await browser.get(Self.path).html
            #expect(html.range(of: #"href="\s*javascript"#, options: [.regularExpression, .caseInsensitive]) == nil)
            #expect(html.range(of: #"href="\s*data:"#, options: [.regularExpression, .caseInsensitive]) == nil)
            #expect(!html.contains("<script>alert(2)"))
            #expect(html.contains("javascript:alert(1)") && html.contains("data:text/html,&lt;script&gt;alert(2)&lt;/script&gt;"))
            #expect(html.contains("JaVaScRiPt:alert(3)") && !html.contains(#"onmouseover="alert"#))
            #expect(html.contains(#"<a href="http://www.jszwfw.gov.cn/sqb.doc" rel="noopener noreferrer">"#))
            // A quote cannot end the attribute: escaped, the URL stays one (harmless) address.
            #expect(html.contains("s.pdf&quot;onmouseover=&quot;alert(4)\" rel=\"noopener noreferrer\">"))
            let links = html.components(separatedBy: "<a href=\"http").count - 1
            let safe = html.components(separatedBy: #"rel="noopener noreferrer""#).count - 1
            #expect(links == safe && safe == 2)
        }
    }

    @Test("print view: the receipt (filer, version, SHA-256, receive time) and a blank seal block, every item unfolded")
    func printView() async throws {
        try await withPage { browser, _, _ in
            let html = try await browser.get(Self.path + "?view=print").html
            let receipt = try #require(WebPageTests.section(of: html, from: #"<section class="receipt"#, to: "</section>"))
            let sha = Hex.encode(Crypto.sha256(TestReports.bytes(InspectedReports.jiangsu())))
            #expect(receipt.contains("print-only shown") && receipt.contains("江苏省（320000）") && receipt.contains("第 1 版"))
            #expect(receipt.contains(#"id="receipt-sha256">\#(sha)<"#) && receipt.contains(#"id="receipt-received">2017-12-20 10:00<"#))
            let seal = try #require(WebPageTests.section(of: html, from: #"<section class="seal"#, to: "</section>"))
            #expect(seal.contains("单位（盖章）") && seal.contains("负责人签字"))
            for absent in [#"id="review-form""#, #"id="contents""#, #"id="versions""#, "对此处提意见"] {
                #expect(!html.contains(absent), "\(absent)")
            }
            #expect(html.components(separatedBy: #"<details class="item"#).count - 1 == 3)
            #expect(html.components(separatedBy: #"" open>"#).count - 1 == 3)
            // The screen page carries the same blocks for print only; the stylesheet prints A4.
            let screen = try await browser.get(Self.path).html
            #expect(screen.contains(#"<section class="receipt print-only" id="receipt">"#))
            #expect(screen.contains(#"<section class="seal print-only" id="seal">"#))
            let href = try #require(screen.range(of: #"/web/static/zicha-[0-9a-f]+\.css"#, options: .regularExpression))
            let css = try await browser.get(String(screen[href])).html
            #expect(css.contains("@page { size: A4") && css.contains("@media print"))
            #expect(css.contains(".print-only { display:block; }"))
        }
    }
}
