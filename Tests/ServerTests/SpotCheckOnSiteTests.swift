import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// Spot checks as the checker on site needs them: samples by platform name, level, address and
/// portal; all 13 findings of a platform in one form; the same draw never twice; a printable
/// checklist per batch.
@Suite("Spot checks on site")
struct SpotCheckOnSiteTests {
    static let path = "/web/rounds/2017/spot-checks"

    /// The platform of `item` as its stored report gives it.
    static func platform(_ item: SpotCheckItem) throws -> Platform {
        let bytes = try #require(try SampleFiles.reports().first { $0.filer == item.filer }?.bytes)
        return try #require(try ReportDecoder.decode(bytes).platforms.first { $0.id == item.platformId })
    }

    @Test(
        "samples show the platform's name, level, address and portal from the report; the same seed and counts return that batch")
    func namesAndSameDraw() async throws {
        let server = try TestServer(now: "2017-12-20T20:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer("丙")
        try await server.live { client in
            _ = try await server.uploadSample(client)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let csrf = try WebBrowser.csrf(in: try await browser.get(Self.path))
            let drawn = try await browser.post(Self.path, [("csrf", csrf), ("seed", "2017"), ("province", "2"), ("city", "1")])
            #expect(drawn.status == .seeOther && drawn.redirectLocation == Self.path + "?notice=drawn#draw-1")
            let check = try await client.asReviewer(.get, "/v1/rounds/2017/spot-checks/1", token: token).decode(SpotCheck.self)
            let page = try await browser.get(Self.path).html
            for item in check.items {
                let platform = try Self.platform(item)
                #expect(item.platformName == platform.name && item.url == platform.url && item.portalUrl == platform.portalUrl)
                #expect(page.contains(">\(WebPageTests.escaped(platform.name))</strong>"), "\(item.platformId)")
                #expect(page.contains(WebPageTests.escaped(platform.url)))
                #expect(page.contains("/web/rounds/2017/spot-checks/1/items/\(item.id)"))
            }
            #expect(page.contains(#"href="/web/rounds/2017/spot-checks/1/checklist""#))

            // The same draw again, by the page (a zero count changes nothing) and by the API.
            let again = try await browser.post(
                Self.path, [("csrf", csrf), ("seed", "2017"), ("province", "2"), ("city", "1"), ("county", "0")])
            #expect(again.status == .seeOther && again.redirectLocation == Self.path + "?notice=sameDraw#draw-1")
            #expect(try await browser.get(try #require(again.redirectLocation)).html.contains("未重复抽取"))
            let api = try await client.asReviewer(
                .post, "/v1/rounds/2017/spot-checks", token: token,
                json: SpotCheckRequest(seed: 2017, counts: ["city": 1, "province": 2]))
            #expect(api.status == .ok)
            #expect(try api.decode(SpotCheck.self) == check)
            #expect(try await server.count("spot_checks") == 1)
            #expect(try await server.count("spot_check_items") == 3)
            #expect(try await server.auditCount("spotcheck.draw") == 1)
            // Other counts or another seed: a new batch.
            let other = try await client.asReviewer(
                .post, "/v1/rounds/2017/spot-checks", token: token, json: SpotCheckRequest(seed: 2017, counts: ["province": 3]))
            #expect(other.status == .created)
            #expect(try other.decode(SpotCheck.self).id == 2)
        }
    }

    @Test("one form records every open indicator (一致 unless marked); a refusal keeps what was typed and stores nothing")
    func bulkFindings() async throws {
        let server = try TestServer(now: "2017-12-20T20:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer("丁")
        try await server.live { client in
            _ = try await server.uploadSample(client)
            let check = try await client.asReviewer(
                .post, "/v1/rounds/2017/spot-checks", token: token, json: SpotCheckRequest(seed: 7, counts: ["province": 2])
            ).decode(SpotCheck.self)
            let item = check.items[0]
            let itemPath = "\(Self.path)/\(check.id)/items/\(item.id)"
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let form = try await browser.get(itemPath)
            #expect(form.status == .ok)
            #expect(form.html.contains(#"id="platform-name">\#(WebPageTests.escaped(try Self.platform(item).name))"#))
            #expect(form.html.components(separatedBy: #"value="confirmed" checked"#).count == 14)
            let csrf = try WebBrowser.csrf(in: form)
            func fields(_ changes: [String: String]) -> [(String, String)] {
                IndicatorCatalogue.all.map { ("outcome-\($0.id.rawValue)", changes[$0.id.rawValue] ?? "confirmed") }
                    + [("notes-search", "搜索“企业设立登记”无结果"), ("dueOn-search", "2018-01-15")]
            }

            // Refusals: a discrepancy without notes, a forged form, all skipped, a bad outcome.
            let noNotes = try await browser.post(
                itemPath, [("csrf", csrf), ("outcome-columns", "discrepancy"), ("dueOn-columns", "2018-01-05")])
            #expect(noNotes.status == .unprocessableContent && noNotes.html.contains("指标「栏目设置」存在差异"))
            #expect(noNotes.html.contains(#"value="2018-01-05""#))
            #expect(noNotes.html.contains(#"name="outcome-columns" value="discrepancy" checked"#))
            #expect(try await browser.post(itemPath, [("csrf", "0")] + fields([:])).status == .forbidden)
            let allSkipped = try await browser.post(
                itemPath, [("csrf", csrf)] + IndicatorCatalogue.all.map { ("outcome-\($0.id.rawValue)", "skip") })
            #expect(allSkipped.status == .unprocessableContent)
            let badOutcome = try await browser.post(itemPath, [("csrf", csrf), ("outcome-search", "maybe")])
            #expect(badOutcome.status == .badRequest)
            let pastDue = try await browser.post(
                itemPath,
                [("csrf", csrf)] + fields(["search": "discrepancy"]).map { $0.0 == "dueOn-search" ? ($0.0, "2017-01-01") : $0 })
            #expect(pastDue.status == .unprocessableContent)
            #expect(try await server.count("spot_check_findings") == 0)
            #expect(try await server.auditCount("spotcheck.finding") == 0)

            // 11 confirmed, search a discrepancy, accuracy left for later.
            let recorded = try await browser.post(
                itemPath, [("csrf", csrf)] + fields(["search": "discrepancy", "accuracy": "skip"]))
            #expect(recorded.status == .seeOther && recorded.redirectLocation == itemPath + "?notice=recorded")
            #expect(try await server.count("spot_check_findings") == 12)
            #expect(try await server.auditCount("spotcheck.finding") == 12)
            let after = try await browser.get(itemPath).html
            #expect(after.components(separatedBy: #"value="confirmed" checked"#).count == 2)
            #expect(after.contains(#"id="row-accuracy""#) && !after.contains(#"id="row-search""#))
            #expect(after.contains(#"id="next-item""#))
            let stored = try await client.asReviewer(.get, "/v1/rounds/2017/spot-checks/\(check.id)", token: token)
                .decode(SpotCheck.self).items[0].findings
            #expect(stored.count == 12 && stored.first { $0.indicator == .search }?.dueOn == "2018-01-15")
            #expect(stored.filter { $0.outcome == .discrepancy }.map(\.indicator) == [.search])
            #expect(try await server.store.verifyAudit().broken == nil)
        }
    }

    @Test("findings recorded together are stored whole or not at all (one already recorded: none)")
    func batchIsAtomic() async throws {
        let server = try TestServer()
        defer { server.remove() }
        _ = try await server.addReviewer("戊")
        let reviewer = try #require(try await server.store.reviewers().first)
        let key = try await server.issueKey("110000")
        try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key)
        }
        let now = server.clock.now()
        let versionID = try #require(try await server.store.latestReports(round: "2017").first?.versionID)
        let (check, _) = try await server.store.recordSpotCheck(
            round: "2017", seed: 1, strata: [], items: [DrawnPlatform(versionID: versionID, platformID: "p1", level: .province)],
            reviewer: reviewer, at: now)
        let search = FindingRequest(indicator: .search, outcome: .confirmed)
        _ = try await server.store.recordFinding(
            round: "2017", spotCheck: check, item: 1, finding: search, dueOn: nil, reviewer: reviewer, at: now)
        let batch = try await server.store.recordFindings(
            round: "2017", spotCheck: check, item: 1,
            findings: [(FindingRequest(indicator: .columns, outcome: .confirmed), nil), (search, nil)], reviewer: reviewer,
            at: now)
        #expect(batch == .exists(.search))
        let unknown = try await server.store.recordFindings(
            round: "2017", spotCheck: check, item: 99, findings: [(search, nil)], reviewer: reviewer, at: now)
        #expect(unknown == .unknown)
        #expect(try await server.count("spot_check_findings") == 1)
        #expect(try await server.auditCount("spotcheck.finding") == 1)
    }

    @Test("the printable checklist: one sheet per sampled platform with address, portal, the 13 indicators and a signature line")
    func checklist() async throws {
        let server = try TestServer(now: "2017-12-20T20:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer()
        try await server.live { client in
            _ = try await server.uploadSample(client)
            let check = try await client.asReviewer(
                .post, "/v1/rounds/2017/spot-checks", token: token,
                json: SpotCheckRequest(seed: 3, counts: ["city": 2, "county": 2])
            ).decode(SpotCheck.self)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let page = try await browser.get("\(Self.path)/\(check.id)/checklist")
            #expect(page.status == .ok)
            let html = page.html
            #expect(html.components(separatedBy: #"<section class="sheet""#).count == check.items.count + 1)
            #expect(html.components(separatedBy: "□ 一致").count == check.items.count * 13 + 1)
            #expect(html.components(separatedBy: "核查人（签字）").count == check.items.count + 1)
            for item in check.items {
                let platform = try Self.platform(item)
                #expect(html.contains(WebPageTests.escaped(platform.name)) && html.contains(WebPageTests.escaped(platform.url)))
                if let portal = platform.portalUrl { #expect(html.contains(WebPageTests.escaped(portal))) }
            }
            #expect(html.contains(IndicatorCatalogue.all[0].checkpoint.zh.prefix(10)))
            let css = try String(contentsOf: WebAssets.resources.appending(path: "static/zicha.css"), encoding: .utf8)
            #expect(css.contains("@media print") && css.contains("@page { size: A4"))
            #expect(try await browser.get("\(Self.path)/99/checklist").status == .notFound)
            #expect(try await browser.get("\(Self.path)/\(check.id)/items/9999").status == .notFound)
        }
    }
}
