import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// The ways in: `/` is a small home page, `/public/` lists the published rounds, and no public
/// page links into the reviewers' area.
@Suite("Entrances")
struct EntranceTests {
    /// Every link target of a page (`href` of `<a>`), without the stylesheet's `<link>`.
    static func links(_ html: String) -> [String] {
        html.matches(of: #/<a [^>]*href="([^"]*)"/#).map { String($0.output.1) }
    }

    @Test("/ is an HTML home page leading to the reviewers' sign-in and the published results; unknown API paths stay JSON 404")
    func home() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.live { client in
            var browser = WebBrowser(client)
            let home = try await browser.get("/")
            #expect(home.status == .ok && home.headers[.contentType] == "text/html; charset=utf-8")
            #expect(home.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(home.html.contains(#"<a id="sign-in-link" href="/web">审核人登录"#))
            #expect(home.html.contains(#"<a id="public-link" href="/public/">"#))
            #expect(home.html.contains("尚未公布任何结果") && !home.html.contains("not_found"))
            let unknown = try await client.execute(uri: "/nope", method: .get)
            #expect(unknown.status == .notFound && unknown.error?.error == "not_found")
            let unknownAPI = try await client.execute(uri: "/v1/nope", method: .get)
            #expect(unknownAPI.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }

    @Test("/public/ lists the published rounds (none before the first publication); public pages never link into /web")
    func publicPages() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("110000")
        try await server.live { client in
            var anonymous = WebBrowser(client)
            for path in ["/public", "/public/"] {
                let empty = try await anonymous.get(path)
                #expect(empty.status == .ok && empty.html.contains(#"id="no-rounds""#), "\(path)")
            }
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000", name: "北京市")), key: key)
            #expect(try await client.asReviewer(.post, "/v1/rounds/2017/publish", token: token).status == .created)
            #expect(try await client.asReviewer(.post, "/v1/rounds/2017/publish", token: token).status == .created)
            let list = try await anonymous.get("/public/")
            let table = try #require(WebPageTests.section(of: list.html, from: #"<table id="public-rounds">"#, to: "</table>"))
            #expect(table.contains(#"<a href="/public/rounds/2017">"#) && table.contains(#"<td class="num">2</td>"#))
            #expect(try await anonymous.get("/").html.contains(#"href="/public/rounds/2017""#))

            let pages = [
                "/public/", "/public/rounds/2017", "/public/rounds/2017/publications/1", "/public/rounds/2099",
                "/public/rounds/2017/publications/9",
            ]
            for path in pages {
                let page = try await anonymous.get(path)
                let links = Self.links(page.html)
                #expect(!links.isEmpty, "\(path)")
                #expect(links.allSatisfy { !$0.hasPrefix("/web") }, "\(path) links into /web: \(links)")
                #expect(!page.html.contains("退出登录") && !page.html.contains(#"action="/web"#), "\(path)")
            }
            // The brand leads home, not to the sign-in.
            #expect(try await anonymous.get("/public/rounds/2017").html.contains(#"<div class="brand"><a href="/">"#))
        }
    }
}
