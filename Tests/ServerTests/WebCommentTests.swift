import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// Pinned comments from the review form (boxes beside the report, rows for other places) and
/// the diff in words on the filer page.
@Suite("Web pinned comments and diff")
struct WebCommentTests {
    static let path = "/web/rounds/2017/filers/320000"

    @Test("the form's boxes pin comments: stored with the decision, shown beside the field and with the decision, in the API")
    func pinFromPage() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer("甲")
        let key = try await server.issueKey("320000")
        try await server.live { client in
            _ = try await client.upload(TestReports.bytes(InspectedReports.jiangsu()), key: key)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let page = try await browser.get(Self.path)
            let html = page.html
            // A box beside the failed indicator and one at the finding's own path, both in the review form.
            let box = #"<textarea form="review-form" name="pin:\#(InspectedReports.failedPath)" maxlength="2000"></textarea>"#
            #expect(html.contains(box))
            #expect(html.contains(#"name="pin:\#(InspectedReports.warningPath)""#))
            #expect(html.contains("意见：平台1「江苏政务服务网」 · 事项2「居住证办理」 · 内容准确性"))
            let csrf = try WebBrowser.csrf(in: page)
            var fields = [
                ("csrf", csrf), ("version", "1"), ("decision", "return"), ("comment", "请整改"), ("dueOn", "2018-01-10"),
                ("pin:" + InspectedReports.warningPath, ""), ("pin:" + InspectedReports.failedPath, "请附<线下>核对记录"),
                ("place1Path", "platforms[0].checks.search"), ("place1Text", "再测一次搜索"), ("place2Path", ""), ("place2Text", ""),
            ]
            // A place that is not in the report: refused in the page, what was typed kept, nothing stored.
            fields[9] = ("place2Path", "platforms[7]")
            fields[10] = ("place2Text", "第八个平台？")
            let refused = try await browser.post(Self.path + "/review", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.html.contains(#"id="review-error""#) && refused.html.contains("platforms[7]"))
            #expect(refused.html.contains("请附&lt;线下&gt;核对记录</textarea>") && refused.html.contains(#"value="platforms[7]""#))
            #expect(try await server.count("review_decisions") == 0)
            #expect(try await server.count("review_comments") == 0)

            fields[9] = ("place2Path", "")
            fields[10] = ("place2Text", "")
            let returned = try await browser.post(Self.path + "/review", fields)
            #expect(returned.status == .seeOther, "\(returned.html)")
            #expect(try await server.count("review_comments") == 2)
            let after = try await browser.get(Self.path).html
            let row = try #require(WebPageTests.section(of: after, from: #"<tr id="p1-i2-accuracy""#, to: "</tr>"))
            #expect(row.contains(#"<div class="pinned"><strong>审核意见</strong> 请附&lt;线下&gt;核对记录"#))
            #expect(row.contains("甲 · 退回 · 2017-12-20 10:00"))
            let search = try #require(WebPageTests.section(of: after, from: #"<tr id="p1-search""#, to: "</tr>"))
            #expect(search.contains("再测一次搜索"))
            let versions = try #require(WebPageTests.section(of: after, from: #"<table id="versions">"#, to: "</table>"))
            #expect(versions.contains("平台1「江苏政务服务网」 · 站内搜索</span>：再测一次搜索"))
            let info = try await client.asReviewer(.get, APIPath.version(round: "2017", filer: "320000", version: 1), token: token)
            #expect(
                try info.decode(VersionInfo.self).reviews.first?.comments.map(\.path) == [
                    InspectedReports.failedPath, "platforms[0].checks.search",
                ])
        }
    }

    @Test("boxes only on the version the form decides; an older version shows its own comments, no boxes")
    func boxesOnLatestOnly() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer("甲")
        let key = try await server.issueKey("320000")
        try await server.live { client in
            _ = try await client.upload(TestReports.bytes(InspectedReports.jiangsu()), key: key)
            let request = ReviewRequest(
                decision: .return, comment: "退回", dueOn: "2018-01-10",
                comments: [ReviewCommentRequest(path: InspectedReports.failedPath, text: "第一版的意见")])
            _ = try await client.review("320000", version: 1, token: token, request)
            _ = try await client.upload(TestReports.bytes(InspectedReports.jiangsu().edited()), key: key, baseVersion: 1)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let old = try await browser.get(Self.path + "?version=1").html
            #expect(old.contains("第一版的意见") && !old.contains(#"form="review-form""#))
            let latest = try await browser.get(Self.path).html
            #expect(!latest.contains(#"<div class="pinned">"#) && latest.contains(#"form="review-form""#))
        }
    }

    @Test("the diff in words: places named from the catalogue, changed words marked, added entries as entries, changes marked in the report")
    func diffInWords() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("320000")
        try await server.live { client in
            _ = try await client.upload(TestReports.bytes(InspectedReports.jiangsu()), key: key)
            _ = try await client.upload(TestReports.bytes(InspectedReports.jiangsu().edited()), key: key, baseVersion: 1)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let html = try await browser.get(Self.path).html
            let diff = try #require(WebPageTests.section(of: html, from: #"<table id="diff">"#, to: "</table>"))
            #expect(diff.contains(#"<span class="place">平台1「江苏政务服务网」 · 站内搜索 · 测试3 · 是否搜到</span>"#))
            #expect(diff.contains("<del>是</del>") && diff.contains("<ins>否</ins>"))
            #expect(!diff.contains("&quot;") && !diff.contains(">true<"))
            // Only the changed words of the summary are marked.
            #expect(diff.contains("已完成<del>全部</del>整改") && diff.contains("已完成<ins>主要</ins>整改"))
            #expect(diff.contains("平台1「江苏政务服务网」 · 站内搜索 · 测试4</span>"))
            #expect(diff.contains("（新增的条目）</span> <ins>搜索词：居住证；应搜到的事项：居住证办理；是否搜到：是</ins>"))
            // The report marks what changed since version 1, and the contents column too.
            let search = try #require(WebPageTests.section(of: html, from: #"<tr id="p1-search""#, to: "</tr>"))
            #expect(search.contains("自第 1 版以来有改动"))
            let accuracy = try #require(WebPageTests.section(of: html, from: #"<tr id="p1-i2-accuracy""#, to: "</tr>"))
            #expect(!accuracy.contains("自第 1 版以来有改动"))
            #expect(html.contains(#"平台 1：江苏政务服务网</a> <span class="badge">3</span> <span class="changed-dot""#))
        }
    }
}

extension SelfInspectionReport {
    /// The inspected report amended: a search now fails (declared fail, rectified later), a
    /// search added, the summary reworded.
    func edited() -> SelfInspectionReport {
        var report = self
        report.summary = "已完成主要整改。"
        report.platforms[0].checks.search?.evidence.tests?.append(
            SearchTest(query: "居住证", expectedItem: "居住证办理", found: true))
        report.platforms[0].checks.search?.evidence.tests?[2].found = false
        report.platforms[0].checks.search?.assessment = Assessment(
            result: .fail, problems: ["搜索“排污许可证”无结果"],
            rectification: Rectification(
                measures: "重建索引", status: .inProgress, dueOn: "2017-12-30", responsible: "省政务办"))
        return report
    }
}
