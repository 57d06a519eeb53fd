import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// docs/SYSTEM.md "National summary" and "Publication".
@Suite("National summary and publication")
struct SummaryPublicationTests {
    static let summaryPath = "/v1/rounds/2017/summary"
    static let publicPath = "/public/v1/rounds/2017"

    @Test("the notice's sample, signed, uploaded and accepted through HTTP, gives the notice's eleven shares")
    func noticeShares() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let (beforeAccepting, summary, versions) = try await server.live { client in
            let keys = try await server.uploadSample(client)
            let before = try await client.asReviewer(.get, Self.summaryPath, token: token).decode(NationalSummary.self)
            for filer in keys.keys.sorted() {
                let answer = try await client.review(filer, version: 1, token: token, .accept)
                #expect(answer.status == .created)
            }
            let summary = try await client.asReviewer(.get, Self.summaryPath, token: token)
            // The stored bytes are the signed bytes: each verifies with the filer's key.
            var verified = 0
            for (filer, key) in keys {
                let report = try await client.asReviewer(
                    .get, APIPath.report(round: "2017", filer: filer, version: 1), token: token)
                let record = try await server.store.version(round: "2017", filer: filer, number: 1)
                if let record,
                    SigningScheme.isValid(signatureHex: record.signature, for: record.signedFields, secret: key.secret),
                    record.sha256 == Hex.encode(Crypto.sha256(report.data))
                {
                    verified += 1
                }
            }
            return (before, summary, verified)
        }
        #expect(beforeAccepting.filers == 0 && beforeAccepting.platforms == 0)
        #expect(versions == 32)
        #expect(summary.status == .ok)
        let national = try summary.decode(NationalSummary.self)
        #expect(national.filers == 32 && national.platforms == 201 && national.serviceItems == 865)
        #expect(national.shares.map { $0.afterRectification.wholePercent } == [26, 68, 87, 38, 22, 25, 33, 13, 41, 48, 55])
        #expect(national.shares.map { $0.firstFound.wholePercent } == [26, 68, 87, 38, 22, 25, 33, 13, 41, 48, 55])
        #expect(national.shares.map(\.notice2017) == [26, 68, 87, 38, 22, 25, 33, 13, 41, 48, 55])
        #expect(national.perFiler.count == 32 && national.perFiler.reduce(0) { $0 + $1.platforms } == 201)
        #expect(national.shares[0].afterRectification == Ratio(numerator: 52, denominator: 201))
    }

    @Test("the summary counts each filer's latest accepted version only")
    func latestAccepted() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("110000")
        var broken = TestReports.valid(filer: "110000", summary: "第二版")
        broken.platforms[0].checks.unifiedEntry?.evidence.integratedWithPortal = false
        broken.platforms[0].checks.unifiedEntry?.assessment = Assessment(
            result: .fail, problems: ["未整合"],
            rectification: Rectification(measures: "整合", status: .inProgress, dueOn: "2017-12-30", responsible: "办公厅"))
        let brokenBody = TestReports.bytes(broken)
        let (v1Accepted, v2Received, v2Accepted, v2Returned) = try await server.live { client in
            func notIntegrated() async throws -> (filers: Int, version: Int?, numerator: Int) {
                let s = try await client.asReviewer(.get, Self.summaryPath, token: token).decode(NationalSummary.self)
                return (s.filers, s.perFiler.first?.version, s.shares[0].afterRectification.numerator)
            }
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key)
            _ = try await client.review("110000", version: 1, token: token, .accept)
            let a = try await notIntegrated()
            _ = try await client.upload(brokenBody, key: key, baseVersion: 1)
            let b = try await notIntegrated()
            _ = try await client.review("110000", version: 2, token: token, .accept)
            let c = try await notIntegrated()
            _ = try await client.review("110000", version: 2, token: token, .return(dueOn: "2018-01-10"))
            let d = try await notIntegrated()
            return (a, b, c, d)
        }
        #expect(v1Accepted == (1, 1, 0))
        #expect(v2Received == (1, 1, 0))
        #expect(v2Accepted == (1, 2, 1))
        #expect(v2Returned == (1, 1, 0))
    }

    @Test("the public endpoint 404s before publishing and shows only what was published, without bytes or secrets")
    func publication() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer("发布人")
        let beijing = try await server.issueKey("110000")
        let tianjin = try await server.issueKey("120000")
        let results = try await server.live { client in
            let before = try await client.execute(uri: Self.publicPath, method: .get)
            let beforeList = try await client.execute(uri: Self.publicPath + "/publications", method: .get)
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: beijing)
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "120000")), key: tianjin)
            _ = try await client.review("110000", version: 1, token: token, .accept)
            _ = try await client.review("120000", version: 1, token: token, .return("内部意见：材料不全", dueOn: "2018-01-10"))
            let check = try await client.asReviewer(
                .post, "/v1/rounds/2017/spot-checks", token: token, json: SpotCheckRequest(seed: 3, counts: ["province": 2]))
            let spot = try check.decode(SpotCheck.self)
            for item in spot.items {
                _ = try await client.asReviewer(
                    .post, "/v1/rounds/2017/spot-checks/\(spot.id)/items/\(item.id)/findings", token: token,
                    json: item.filer == "110000"
                        ? FindingRequest(indicator: .search, outcome: .confirmed)
                        : FindingRequest(indicator: .search, outcome: .discrepancy, notes: "抽查发现搜索失败", dueOn: "2018-01-15"))
            }
            let published = try await client.asReviewer(.post, "/v1/rounds/2017/publish", token: token)
            let first = try await client.execute(uri: Self.publicPath, method: .get)
            // Decided after publishing: invisible until published again.
            server.clock.set("2017-12-22T10:00:00+08:00")
            _ = try await client.upload(
                TestReports.bytes(TestReports.valid(filer: "120000", summary: "已整改")), key: tianjin, baseVersion: 1)
            _ = try await client.review("120000", version: 2, token: token, .accept)
            let unchanged = try await client.execute(uri: Self.publicPath, method: .get)
            _ = try await client.asReviewer(.post, "/v1/rounds/2017/publish", token: token)
            return (
                before: before, beforeList: beforeList, published: published, first: first, unchanged: unchanged,
                second: try await client.execute(uri: Self.publicPath, method: .get),
                old: try await client.execute(uri: Self.publicPath + "/publications/1", method: .get),
                list: try await client.execute(uri: Self.publicPath + "/publications", method: .get),
                unknown: try await client.execute(uri: Self.publicPath + "/publications/9", method: .get),
                otherRound: try await client.execute(uri: "/public/v1/rounds/2018", method: .get)
            )
        }
        #expect(results.before.status == .notFound && results.before.error?.error == "not_published")
        #expect(results.beforeList.status == .notFound)
        #expect(results.published.status == .created)
        #expect(results.published.data == results.first.data)
        #expect(results.first.data == results.unchanged.data)

        let first = try results.first.decode(PublicationSnapshot.self)
        #expect(first.id == 1 && first.round == "2017" && first.publishedAt == "2017-12-20T10:00:00+08:00")
        let byFiler = Dictionary(uniqueKeysWithValues: first.filers.map { ($0.filer, $0) })
        #expect(first.filers.count == 73)
        #expect(byFiler["110000"]?.reviewOutcome == .accepted && byFiler["110000"]?.acceptedVersion == 1)
        #expect(
            byFiler["110000"]?.spotCheck == PublishedSpotCheck(platformsChecked: 1, confirmed: 1, discrepancies: 0, resolved: 0))
        #expect(byFiler["120000"]?.reviewOutcome == .returned && byFiler["120000"]?.acceptedVersion == nil)
        #expect(
            byFiler["120000"]?.spotCheck == PublishedSpotCheck(platformsChecked: 1, confirmed: 0, discrepancies: 1, resolved: 0))
        #expect(byFiler["130000"]?.deadlineStatus == .pending && byFiler["130000"]?.reviewOutcome == nil)
        #expect(first.summary.filers == 1 && first.totals.onTime == 2)

        let second = try results.second.decode(PublicationSnapshot.self)
        #expect(second.id == 2 && second.filers.first { $0.filer == "120000" }?.reviewOutcome == .accepted)
        #expect(second.filers.first { $0.filer == "120000" }?.latestVersion == 2 && second.summary.filers == 2)
        #expect(try results.old.decode(PublicationSnapshot.self) == first)
        #expect(try results.list.decode([PublicationInfo].self).map(\.id) == [1, 2])
        #expect(results.unknown.status == .notFound && results.unknown.error?.error == "unknown_publication")
        #expect(results.otherRound.status == .notFound)

        // Nothing secret or internal: no signatures, hashes, key ids, tokens, report text, comments or notes.
        let stored = try #require(try await server.store.version(round: "2017", filer: "110000", number: 1))
        for body in [results.first.data, results.second.data] {
            let text = String(decoding: body, as: UTF8.self)
            for secret in [
                stored.signature, stored.sha256, beijing.id, tianjin.id, token, ReviewerToken.hash(token), "已完成自查整改",
                "内部意见", "抽查发现", "发布人", "zwfw.example.gov.cn", "signature", "keyId", "bytes",
            ] {
                #expect(!text.contains(secret), "\(secret)")
            }
        }
        #expect(try await server.count("publications") == 2)
        #expect(try await server.auditCount("round.publish") == 2)
    }
}
