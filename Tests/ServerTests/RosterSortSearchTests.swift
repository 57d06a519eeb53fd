import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// The dashboard's roster: sortable by every column, searchable by code or name, with the latest
/// receive time; its filters travel in every link and come back on the bare address.
@Suite("Roster sort and search")
struct RosterSortSearchTests {
    /// The filer codes of the roster table, in order.
    static func codes(_ html: String) -> [String] {
        guard let table = WebPageTests.section(of: html, from: #"<table id="roster">"#, to: "</table>") else { return [] }
        return table.matches(of: #/<td class="mono">([0-9a-z]+)</td>/#).map { String($0.output.1) }
    }

    @Test("sort by every column (both ways, unfiled last), search by code or name, latest receive time as people read it")
    func sortAndSearch() async throws {
        let server = try TestServer(now: "2017-12-20T09:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer()
        let codes = ["320000", "110000", "440000"]
        var keys: [String: TestKey] = [:]
        for code in codes { keys[code] = try await server.issueKey(code) }
        let allKeys = keys
        try await server.live { client in
            for (hour, code) in zip(["09", "10", "11"], codes) {
                server.clock.set("2017-12-20T\(hour):30:00+08:00")
                _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: code)), key: allKeys[code]!)
            }
            server.clock.set("2017-12-21T08:00:00+08:00")
            _ = try await client.upload(
                TestReports.bytes(TestReports.valid(filer: "320000", summary: "二")), key: allKeys["320000"]!, baseVersion: 1)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let filed = "/web/rounds/2017?deadline=onTime"
            #expect(Self.codes(try await browser.get(filed).html) == ["110000", "320000", "440000"])
            let latest = try await browser.get(filed + "&sort=latest").html
            #expect(Self.codes(latest) == ["110000", "440000", "320000"])
            #expect(latest.contains("<td>2017-12-21 08:00</td>") && latest.contains("<td>2017-12-20 09:30</td>"))
            #expect(
                latest.contains(
                    #"aria-sort="ascending"><a class="sort" href="/web/rounds/2017?deadline=onTime&amp;sort=latest&amp;dir=desc">最新报送时间▲"#
                ))
            #expect(Self.codes(try await browser.get(filed + "&sort=latest&dir=desc").html) == ["320000", "440000", "110000"])
            #expect(Self.codes(try await browser.get(filed + "&sort=first&dir=desc").html) == ["440000", "110000", "320000"])
            #expect(Self.codes(try await browser.get(filed + "&sort=version&dir=desc").html).first == "320000")
            // Every column sorts; a filer with nothing filed comes last either way.
            for column in ["code", "name", "kind", "deadline", "first", "latest", "version", "review", "due", "warnings"] {
                for dir in ["asc", "desc"] {
                    let all = Self.codes(try await browser.get("/web/rounds/2017?sort=\(column)&dir=\(dir)").html)
                    #expect(Set(all).count == 73, "\(column) \(dir)")
                    if ["first", "latest", "version", "review", "warnings"].contains(column) {
                        #expect(Set(all.prefix(3)) == Set(codes), "\(column) \(dir): filed first")
                    }
                }
            }
            // Search by code or by name, combined with the filters and kept in the export.
            #expect(Self.codes(try await browser.get("/web/rounds/2017?q=%E5%8C%97%E4%BA%AC").html) == ["110000"])  // 北京
            #expect(Self.codes(try await browser.get("/web/rounds/2017?q=4400").html) == ["440000"])
            let both = try await browser.get("/web/rounds/2017?q=%E6%B1%9F&deadline=onTime").html  // 江
            #expect(Self.codes(both) == ["320000"])
            #expect(both.contains(#"value="江""#))
            #expect(both.contains(#"href="/web/rounds/2017/roster.csv?deadline=onTime&amp;q=%E6%B1%9F""#))
            let csv = try await browser.get("/web/rounds/2017/roster.csv?q=%E5%B9%BF%E4%B8%9C&sort=latest").html  // 广东
            #expect(
                csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { String($0.prefix(6)) }.dropFirst() == ["440000"])
            #expect(Self.codes(try await browser.get("/web/rounds/2017?q=zzz").html).isEmpty)
            // Bad values are a 400 page naming the parameter.
            for bad in ["sort=size", "dir=up", "q=" + String(repeating: "x", count: 65)] {
                let answer = try await browser.get("/web/rounds/2017?" + bad)
                #expect(answer.status == .badRequest && answer.html.contains(String(bad.prefix(while: { $0 != "=" }))), "\(bad)")
            }
        }
    }

    @Test("filters are kept in the address and on the way back: the bare dashboard leads to the last ones; 清除 forgets them")
    func filtersKept() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        try await server.live { client in
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            #expect(try await browser.get("/web/rounds/2017").status == .ok)
            let filtered = try await browser.get("/web/rounds/2017?kind=department&sort=name&dir=desc&q=%E9%83%A8")
            #expect(filtered.status == .ok)
            let cookie = try #require(browser.lastSetCookies.first { $0.hasPrefix("zicha_roster=") })
            #expect(cookie.contains("Path=/web/rounds/2017") && cookie.contains("HttpOnly"))
            // The pager, the headings and the exports carry the filters.
            #expect(filtered.html.contains("kind=department&amp;q=%E9%83%A8&amp;sort=name&amp;dir=desc"))
            // Coming back by a plain link (the navigation, the filer page's round link).
            let back = try await browser.get("/web/rounds/2017")
            #expect(back.status == .seeOther)
            #expect(back.redirectLocation == "/web/rounds/2017?kind=department&q=%E9%83%A8&sort=name&dir=desc")
            let followed = try await browser.get(try #require(back.redirectLocation)).html
            #expect(followed.contains(#"<option value="department" selected>"#))
            // 清除: the plain roster, and the filters are forgotten.
            let cleared = try await browser.get("/web/rounds/2017?clear=1")
            #expect(cleared.status == .ok && cleared.html.contains("符合条件 73 家"))
            #expect(try await browser.get("/web/rounds/2017").status == .ok)
            // A cookie that is not the server's filters is ignored, never an error.
            browser.cookies["zicha_roster"] = "c29ydD1zaXpl"  // "sort=size"
            #expect(try await browser.get("/web/rounds/2017").status == .ok)
            browser.cookies["zicha_roster"] = "%%%"
            #expect(try await browser.get("/web/rounds/2017").status == .ok)
        }
    }
}
