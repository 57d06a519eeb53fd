import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// Reviewer pages: sign-in with a reviewer token, the session cookie, its expiry on the server clock,
/// sign-out, and pages refused without a session.
@Suite("Web sessions")
struct WebSessionTests {
    @Test("pages without a session redirect (303) to sign-in, remembering where the reviewer was going")
    func redirectedWithoutSession() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.live { client in
            var browser = WebBrowser(client)
            for path in [
                "/web", "/web/rounds/2017", "/web/rounds/2017/filers/110000", "/web/rounds/2017/spot-checks",
                "/web/rounds/2017/summary", "/web/rounds/2017/roster.csv", "/web/nowhere",
            ] {
                let response = try await browser.get(path)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.redirectLocation?.hasPrefix("/web/sign-in") == true, "\(path)")
            }
            let response = try await browser.get("/web/rounds/2017/summary")
            #expect(response.redirectLocation == "/web/sign-in?next=/web/rounds/2017/summary")
            // A state-changing form without a session changes nothing.
            let post = try await browser.post("/web/rounds/2017/publish", [("csrf", "x")])
            #expect(post.status == .seeOther)
        }
        #expect(try await server.count("publications") == 0)
    }

    @Test("a valid token signs in: an HttpOnly, SameSite=Strict session cookie, landing on the current round's dashboard")
    func signIn() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer("王审核")
        try await server.live { client in
            var browser = WebBrowser(client)
            let form = try await browser.get("/web/sign-in")
            #expect(form.status == .ok)
            #expect(form.html.contains("审核人登录"))
            #expect(form.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            let response = try await browser.signIn(token)
            #expect(response.status == .seeOther)
            #expect(response.redirectLocation == "/web/rounds/2017")
            let cookie = try #require(browser.lastSetCookies.first { $0.hasPrefix("zicha_session=") })
            for attribute in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=28800"] {
                #expect(cookie.contains(attribute), "\(attribute) in \(cookie)")
            }
            let dashboard = try await browser.get("/web/rounds/2017")
            #expect(dashboard.status == .ok)
            #expect(dashboard.html.contains("审核人：王审核"))
            // The way back after sign-in: only to a reviewer page of this site.
            var other = WebBrowser(client)
            #expect(
                try await other.signIn(token, next: "/web/rounds/2017/summary").redirectLocation == "/web/rounds/2017/summary")
            var third = WebBrowser(client)
            #expect(try await third.signIn(token, next: "https://evil.example/web/").redirectLocation == "/web/rounds/2017")
        }
    }

    @Test("a wrong or revoked token is refused in the page (401) and gets no session")
    func badTokens() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let revoked = try await server.addReviewer("乙")
        _ = try await server.store.revokeReviewer(name: "乙", actor: "test", at: server.clock.now())
        try await server.live { client in
            for token in ["zr_" + String(repeating: "0", count: 64), revoked, ""] {
                var browser = WebBrowser(client)
                let response = try await browser.signIn(token)
                #expect(response.status == .unauthorized)
                #expect(response.html.contains("令牌无效或已被吊销"))
                #expect(browser.cookies["zicha_session"] == nil)
                #expect(try await browser.get("/web/rounds/2017").status == .seeOther)
            }
        }
    }

    @Test("sign-in refuses a form without the matching CSRF cookie (403)")
    func signInCSRF() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        try await server.live { client in
            var browser = WebBrowser(client)
            _ = try await browser.get("/web/sign-in")
            let forged = try await browser.post("/web/sign-in", [("csrf", String(repeating: "a", count: 64)), ("token", token)])
            #expect(forged.status == .forbidden)
            #expect(forged.html.contains("CSRF"))
            #expect(browser.cookies["zicha_session"] == nil)
            var fresh = WebBrowser(client)  // no cookie at all
            #expect(try await fresh.post("/web/sign-in", [("csrf", "x"), ("token", token)]).status == .forbidden)
        }
    }

    @Test("a session expires 8 hours after sign-in on the server clock; then pages redirect to sign-in")
    func expiry() async throws {
        let server = try TestServer(now: "2017-12-20T09:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer()
        try await server.live { client in
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            server.clock.set("2017-12-20T16:59:59+08:00")
            #expect(try await browser.get("/web/rounds/2017").status == .ok)
            server.clock.set("2017-12-20T17:00:00+08:00")
            let expired = try await browser.get("/web/rounds/2017")
            #expect(expired.status == .seeOther)
            #expect(expired.redirectLocation?.hasPrefix("/web/sign-in?expired=1") == true)
            let form = try await browser.get(try #require(expired.redirectLocation))
            #expect(form.html.contains("登录已过期"))
        }
    }

    @Test("sign-out ends the session (CSRF-checked); revoking the token ends it too")
    func signOutAndRevocation() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer("甲")
        try await server.live { client in
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let page = try await browser.get("/web/rounds/2017")
            let stolenCookie = try #require(browser.cookies["zicha_session"])
            #expect(try await browser.post("/web/sign-out", [("csrf", "0")]).status == .forbidden)
            #expect(try await browser.get("/web/rounds/2017").status == .ok)
            let out = try await browser.post("/web/sign-out", [("csrf", try WebBrowser.csrf(in: page))])
            #expect(out.status == .seeOther)
            #expect(out.redirectLocation == "/web/sign-in")
            #expect(browser.lastSetCookies.contains { $0.hasPrefix("zicha_session=;") && $0.contains("Max-Age=0") })
            // The old cookie is dead on the server, not only forgotten by the browser.
            browser.cookies["zicha_session"] = stolenCookie
            #expect(try await browser.get("/web/rounds/2017").status == .seeOther)

            var second = WebBrowser(client)
            _ = try await second.signIn(token)
            #expect(try await second.get("/web/rounds/2017").status == .ok)
            _ = try await server.store.revokeReviewer(name: "甲", actor: "test", at: server.clock.now())
            #expect(try await second.get("/web/rounds/2017").status == .seeOther)
        }
    }
}
