import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

extension WebBrowser {
    /// Publishes `round` as a reviewer does: opens the preview, ticks the box and confirms.
    mutating func confirmPublication(_ round: String) async throws -> TestResponse {
        let preview = try await get("/web/rounds/\(round)/publish")
        return try await post(
            "/web/rounds/\(round)/publish",
            [("csrf", try Self.csrf(in: preview)), ("digest", try Self.digest(in: preview)), ("confirm", "yes")])
    }

    /// The digest of a preview's confirmation form.
    static func digest(in response: TestResponse) throws -> String {
        guard let match = response.html.firstMatch(of: #/name="digest" value="([0-9a-f]{64})"/#) else {
            throw APIErrorBody(error: "no digest field", message: "", messageEn: String(response.html.prefix(300)))
        }
        return String(match.output.1)
    }
}

/// Publishing with care: a preview of the snapshot and what changed since the last one, then an
/// explicit confirmation (box, digest of what was shown, CSRF token); earlier snapshots as pages.
@Suite("Publication preview")
struct PublishPreviewTests {
    static let path = "/web/rounds/2017/publish"

    @Test("no publication without the box ticked, the previewed digest and the CSRF token; each refusal stores nothing")
    func confirmationRequired() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("110000")
        try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000", name: "北京市")), key: key)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let summary = try await browser.get("/web/rounds/2017/summary").html
            #expect(summary.contains(#"href="/web/rounds/2017/publish""#) && !summary.contains(#"id="publish""#))
            let preview = try await browser.get(Self.path)
            #expect(preview.status == .ok)
            #expect(preview.html.contains(#"id="first-publication""#))
            #expect(preview.html.components(separatedBy: "<tr><td class=\"mono\">").count == 74)
            let csrf = try WebBrowser.csrf(in: preview)
            let digest = try WebBrowser.digest(in: preview)
            let refusals: [([(String, String)], HTTPResponse.Status, String)] = [
                ([("csrf", csrf), ("digest", digest)], .unprocessableContent, "勾选"),
                ([("csrf", csrf), ("digest", digest), ("confirm", "no")], .unprocessableContent, "勾选"),
                ([("csrf", csrf), ("confirm", "yes")], .unprocessableContent, "勾选"),
                ([("csrf", csrf), ("digest", String(repeating: "0", count: 64)), ("confirm", "yes")], .conflict, "预览后发生了变化"),
                ([("csrf", "forged"), ("digest", digest), ("confirm", "yes")], .forbidden, "CSRF"),
                ([("digest", digest), ("confirm", "yes")], .forbidden, "CSRF"),
            ]
            for (fields, status, text) in refusals {
                let answer = try await browser.post(Self.path, fields)
                #expect(answer.status == status && answer.html.contains(text), "\(fields.map(\.0)): \(answer.status)")
            }
            #expect(try await server.count("publications") == 0)
            #expect(try await server.auditCount("round.publish") == 0)
            let published = try await browser.post(Self.path, [("csrf", csrf), ("digest", digest), ("confirm", "yes")])
            #expect(published.status == .seeOther && published.redirectLocation == "/web/rounds/2017/summary?notice=published")
            #expect(try await server.count("publications") == 1)
            // The JSON API publishes at once, as documented (machines confirm by calling it).
            #expect(try await client.asReviewer(.post, "/v1/rounds/2017/publish", token: token).status == .created)
        }
    }

    @Test("the preview lists what changed since the last publication; a preview made stale by a decision cannot be confirmed")
    func changesSinceLast() async throws {
        let server = try TestServer(now: "2017-12-20T10:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer()
        try await server.live { client in
            _ = try await server.uploadSample(client)
            #expect(try await client.review("110000", version: 1, token: token, .accept).status == .created)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            #expect(try await browser.confirmPublication("2017").status == .seeOther)

            let unchanged = try await browser.get(Self.path).html
            #expect(unchanged.contains(#"id="no-filer-changes""#) && unchanged.contains("变化 0 项"))
            let stale = try await browser.get(Self.path)
            // Decisions and a spot check after the first publication.
            #expect(try await client.review("120000", version: 1, token: token, .accept).status == .created)
            #expect(try await client.review("130000", version: 1, token: token, .return(dueOn: "2018-01-10")).status == .created)
            let refused = try await browser.post(
                Self.path,
                [("csrf", try WebBrowser.csrf(in: stale)), ("digest", try WebBrowser.digest(in: stale)), ("confirm", "yes")])
            #expect(refused.status == .conflict && refused.html.contains("预览后发生了变化"))
            #expect(try await server.count("publications") == 1)

            let preview = try await browser.get(Self.path).html
            #expect(preview.contains(#"href="/public/rounds/2017/publications/1""#))
            let changed = try #require(WebPageTests.section(of: preview, from: #"<table id="changed-filers">"#, to: "</table>"))
            #expect(changed.contains("天津市") && changed.contains("审核结果") && changed.contains(">待审核<") && changed.contains(">已通过<"))
            #expect(changed.contains("河北省") && changed.contains(">已退回<") && !changed.contains("北京市"))
            let totals = try #require(WebPageTests.section(of: preview, from: #"<table id="changed-totals">"#, to: "</table>"))
            #expect(totals.contains(#"<tr class="changed"><td>已通过</td><td class="num">1</td><td class="num">2</td>"#))
            #expect(!preview.contains("变化 0 项"))
            #expect(try await browser.confirmPublication("2017").status == .seeOther)
            #expect(try await server.count("publications") == 2)
        }
    }

    @Test("earlier snapshots are pages: each publication at its own address, the latest one marked, all listed")
    func earlierSnapshotPages() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("110000")
        try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000", name: "北京市")), key: key)
            #expect(try await client.asReviewer(.post, "/v1/rounds/2017/publish", token: token).status == .created)
            #expect(try await client.review("110000", version: 1, token: token, .accept).status == .created)
            #expect(try await client.asReviewer(.post, "/v1/rounds/2017/publish", token: token).status == .created)
            var anonymous = WebBrowser(client)
            let first = try await anonymous.get("/public/rounds/2017/publications/1")
            #expect(first.status == .ok && first.html.contains(#"id="not-latest""#))
            let firstFilers = try #require(
                WebPageTests.section(of: first.html, from: #"<table id="public-filers">"#, to: "</table>"))
            #expect(firstFilers.contains("待审核") && !firstFilers.contains("已通过"))
            let latest = try await anonymous.get("/public/rounds/2017").html
            #expect(!latest.contains(#"id="not-latest""#) && latest.contains("第 2 次公布"))
            let list = try #require(WebPageTests.section(of: latest, from: #"<ul id="publications">"#, to: "</ul>"))
            #expect(list.contains(#"href="/public/rounds/2017/publications/1""#) && list.contains("（本页）"))
            for missing in [
                "/public/rounds/2017/publications/3", "/public/rounds/2017/publications/x", "/public/rounds/2018/publications/1",
            ] {
                #expect(try await anonymous.get(missing).status == .notFound, "\(missing)")
            }
            var reviewer = WebBrowser(client)
            _ = try await reviewer.signIn(token)
            let summary = try await reviewer.get("/web/rounds/2017/summary").html
            #expect(summary.contains(#"href="/public/rounds/2017/publications/1""#))
            #expect(summary.contains(#"href="/public/rounds/2017/publications/2""#))
        }
    }
}
