import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// docs/SYSTEM.md "Spot checks": a reproducible stratified draw over the notice's sample, findings and
/// their follow-ups.
@Suite("Spot checks")
struct SpotCheckTests {
    static let path = "/v1/rounds/2017/spot-checks"

    /// The sampled platforms as (filer, platform id, level).
    static func sample(_ check: SpotCheck) -> [String] {
        check.items.map { "\($0.filer)/\($0.platformId)/\($0.level.rawValue)" }
    }

    @Test(
        "the same seed draws the same sample, stratified by level, once: asked again it answers 200 with that batch; another seed another; short strata are taken whole"
    )
    func reproducibleStratifiedDraw() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let counts = ["province": 5, "city": 8, "county": 20]
        let (first, second, other, short) = try await server.live { client in
            _ = try await server.uploadSample(client)
            return (
                try await client.asReviewer(
                    .post, Self.path, token: token, json: SpotCheckRequest(seed: 20171231, counts: counts)),
                try await client.asReviewer(
                    .post, Self.path, token: token, json: SpotCheckRequest(seed: 20171231, counts: counts)),
                try await client.asReviewer(.post, Self.path, token: token, json: SpotCheckRequest(seed: 42, counts: counts)),
                try await client.asReviewer(
                    .post, Self.path, token: token, json: SpotCheckRequest(seed: 1, counts: ["province": 40, "county": 3]))
            )
        }
        #expect(first.status == .created)
        // The same seed and counts again: the batch already drawn, not a duplicate.
        #expect(second.status == .ok)
        let a = try first.decode(SpotCheck.self)
        let b = try second.decode(SpotCheck.self)
        let c = try other.decode(SpotCheck.self)
        #expect(a.id == b.id && a.seed == 20171231 && a.counts == counts)
        #expect(a == b)
        #expect(Self.sample(a) != Self.sample(c))
        for check in [a, b, c] {
            #expect(check.items.count { $0.level == .province } == 5)
            #expect(check.items.count { $0.level == .city } == 8)
            #expect(check.items.count { $0.level == .county } == 20)
            #expect(Set(Self.sample(check)).count == 33)
            #expect(check.message == nil)
        }
        #expect(
            a.strata == [
                SpotCheckStratum(level: .province, requested: 5, available: 30, drawn: 5),
                SpotCheckStratum(level: .city, requested: 8, available: 42, drawn: 8),
                SpotCheckStratum(level: .county, requested: 20, available: 129, drawn: 20),
            ])

        let s = try short.decode(SpotCheck.self)
        #expect(s.strata.first == SpotCheckStratum(level: .province, requested: 40, available: 30, drawn: 30))
        #expect(s.items.count == 33 && s.message?.contains("province") == true && s.messageEn?.contains("only 30") == true)
        #expect(try await server.count("spot_checks") == 3)
        #expect(try await server.count("spot_check_items") == 33 + 33 + 33)
        #expect(try await server.auditCount("spotcheck.draw") == 3)
    }

    @Test("bad draws are refused and store nothing")
    func refusedDraws() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("110000")
        let bodies: [(String, HTTPResponse.Status, String)] = [
            (#"{"seed":1,"counts":{"provinces":3}}"#, .unprocessableContent, "invalid_counts"),
            (#"{"seed":1,"counts":{"city":-1}}"#, .unprocessableContent, "invalid_counts"),
            (#"{"seed":1,"counts":{"city":0,"county":0}}"#, .unprocessableContent, "invalid_counts"),
            (#"{"seed":"x","counts":{"city":1}}"#, .badRequest, "invalid_request"),
            (#"{"seed":1.5,"counts":{"city":1}}"#, .badRequest, "invalid_request"),
            (#"{"counts":{"city":1}}"#, .badRequest, "invalid_request"),
        ]
        let (nothingFiled, answers) = try await server.live { client in
            let nothingFiled = try await client.asReviewer(
                .post, Self.path, token: token, json: SpotCheckRequest(seed: 1, counts: ["province": 1]))
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key)
            var answers: [TestResponse] = []
            for (body, _, _) in bodies { answers.append(try await client.asReviewer(.post, Self.path, token: token, raw: body)) }
            return (nothingFiled, answers)
        }
        #expect(nothingFiled.status == .conflict && nothingFiled.error?.error == "nothing_filed")
        for ((body, status, code), answer) in zip(bodies, answers) {
            #expect(answer.status == status && answer.error?.error == code, "\(body)")
        }
        #expect(try await server.count("spot_checks") == 0)
        #expect(try await server.auditCount("spotcheck.draw") == 0)
    }

    @Test("findings: confirmed or discrepancy with a follow-up that goes open, overdue, resolved")
    func findingsAndFollowUps() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer("核查员")
        let key = try await server.issueKey("110000")
        let results = try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key)
            let check = try await client.asReviewer(
                .post, Self.path, token: token, json: SpotCheckRequest(seed: 9, counts: ["province": 1])
            ).decode(SpotCheck.self)
            let item = try #require(check.items.first)
            let findings = "\(Self.path)/\(check.id)/items/\(item.id)/findings"
            func record(_ request: FindingRequest) async throws -> TestResponse {
                try await client.asReviewer(.post, findings, token: token, json: request)
            }
            func list(_ filter: String) async throws -> [SpotCheckFollowUp] {
                try await client.asReviewer(.get, "\(Self.path)?followUp=\(filter)", token: token).decode(SpotCheckList.self)
                    .followUps
            }
            let refused = (
                noDue: try await record(FindingRequest(indicator: .search, outcome: .discrepancy, notes: "搜索无结果")),
                noNotes: try await record(FindingRequest(indicator: .search, outcome: .discrepancy, dueOn: "2018-01-10")),
                confirmedWithDue: try await record(FindingRequest(indicator: .search, outcome: .confirmed, dueOn: "2018-01-10")),
                unknownItem: try await client.asReviewer(
                    .post, "\(Self.path)/\(check.id)/items/999/findings", token: token,
                    json: FindingRequest(indicator: .search, outcome: .confirmed)),
                unknownCheck: try await client.asReviewer(.get, "\(Self.path)/77", token: token)
            )
            let storedAfterRefusals = try await server.count("spot_check_findings")
            let confirmed = try await record(FindingRequest(indicator: .columns, outcome: .confirmed, notes: "栏目均有内容"))
            let discrepancy = try await record(
                FindingRequest(indicator: .search, outcome: .discrepancy, notes: "“企业设立登记”搜索无结果", dueOn: "2018-01-10"))
            let again = try await record(FindingRequest(indicator: .search, outcome: .confirmed))
            server.clock.set("2018-01-10T23:59:59+08:00")
            let openOnDueDay = (try await list("open"), try await list("overdue"))
            server.clock.set("2018-01-11T00:00:00+08:00")
            let overdue = (try await list("open"), try await list("overdue"))
            let resolve = "\(findings)/search/resolve"
            let note = ResolveRequest(note: "已修复搜索索引，现场复核可搜到")
            let noNote = (
                empty: try await client.asReviewer(.post, resolve, token: token),
                blank: try await client.asReviewer(.post, resolve, token: token, json: ResolveRequest(note: "  ")),
                missing: try await client.asReviewer(.post, resolve, token: token, raw: "{}"),
                malformed: try await client.asReviewer(.post, resolve, token: token, raw: "{\"note\":")
            )
            let unresolvedAfterRefusals = try await server.store.pool.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM spot_check_findings WHERE resolved_at IS NOT NULL")
            }
            let resolved = try await client.asReviewer(.post, resolve, token: token, json: note)
            let resolvedAgain = try await client.asReviewer(.post, resolve, token: token, json: note)
            let resolveConfirmed = try await client.asReviewer(.post, "\(findings)/columns/resolve", token: token, json: note)
            let resolveNone = try await client.asReviewer(.post, "\(findings)/accuracy/resolve", token: token, json: note)
            let afterResolve = (try await list("overdue"), try await list("resolved"))
            let badFilter = try await client.asReviewer(.get, "\(Self.path)?followUp=late", token: token)
            let whole = try await client.asReviewer(.get, "\(Self.path)/\(check.id)", token: token).decode(SpotCheck.self)
            // A refused resolution stores nothing: no resolution, no audit event.
            #expect(unresolvedAfterRefusals == 0)
            #expect(noNote.empty.status == .unprocessableContent && noNote.empty.error?.error == "note_required")
            #expect(noNote.blank.status == .unprocessableContent && noNote.blank.error?.error == "note_required")
            #expect(noNote.missing.status == .unprocessableContent && noNote.missing.error?.error == "note_required")
            #expect(noNote.malformed.status == .badRequest && noNote.malformed.error?.error == "invalid_request")
            return (
                refused, storedAfterRefusals, confirmed, discrepancy, again, openOnDueDay, overdue, resolved, resolvedAgain,
                resolveConfirmed, resolveNone, afterResolve, badFilter, whole
            )
        }
        let (refused, storedAfterRefusals, confirmed, discrepancy, again, openOnDueDay, overdue) =
            (results.0, results.1, results.2, results.3, results.4, results.5, results.6)
        #expect(refused.noDue.status == .unprocessableContent && refused.noDue.error?.error == "notes_required")
        #expect(refused.noNotes.status == .unprocessableContent && refused.noNotes.error?.error == "notes_required")
        #expect(refused.confirmedWithDue.status == .unprocessableContent)
        #expect(refused.unknownItem.status == .notFound && refused.unknownItem.error?.error == "unknown_item")
        #expect(refused.unknownCheck.status == .notFound && refused.unknownCheck.error?.error == "unknown_spot_check")
        #expect(storedAfterRefusals == 0)

        #expect(confirmed.status == .created)
        #expect(try confirmed.decode(SpotCheckFinding.self).followUp == nil)
        let finding = try discrepancy.decode(SpotCheckFinding.self)
        #expect(finding.outcome == .discrepancy && finding.followUp == .open && finding.dueOn == "2018-01-10")
        #expect(finding.recordedBy == "核查员")
        #expect(again.status == .conflict && again.error?.error == "finding_exists")
        #expect(openOnDueDay.0.map(\.indicator) == [.search] && openOnDueDay.1.isEmpty)
        #expect(overdue.0.isEmpty && overdue.1.map(\.indicator) == [.search])
        #expect(overdue.1.first?.filer == "110000" && overdue.1.first?.platformId == "p1")

        let (resolved, resolvedAgain, resolveConfirmed, resolveNone, afterResolve, badFilter, whole) =
            (results.7, results.8, results.9, results.10, results.11, results.12, results.13)
        #expect(resolved.status == .ok)
        #expect(try resolved.decode(SpotCheckFinding.self).followUp == .resolved)
        #expect(try resolved.decode(SpotCheckFinding.self).resolutionNote == "已修复搜索索引，现场复核可搜到")
        #expect(afterResolve.1.first?.resolutionNote == "已修复搜索索引，现场复核可搜到")
        #expect(resolvedAgain.status == .conflict && resolvedAgain.error?.error == "already_resolved")
        #expect(resolveConfirmed.status == .conflict && resolveConfirmed.error?.error == "not_discrepancy")
        #expect(resolveNone.status == .notFound && resolveNone.error?.error == "unknown_finding")
        #expect(afterResolve.0.isEmpty && afterResolve.1.map(\.state) == [.resolved])
        #expect(badFilter.status == .badRequest && badFilter.error?.error == "invalid_query")
        #expect(whole.items.first?.findings.map(\.indicator) == [.columns, .search])
        #expect(try await server.auditCount("spotcheck.finding") == 2)
        #expect(try await server.auditCount("spotcheck.resolve") == 1)
        #expect(try await server.store.verifyAudit().broken == nil)
    }

    @Test("the draw does not depend on the order the population arrives in; levels draw independently")
    func orderIndependent() {
        let population = (0..<50).map { (i: Int) -> SpotCheckDraw.Candidate in
            let level: PlatformLevel = i % 3 == 0 ? .province : .county
            let filer = String(110_000 + (i % 7) * 10_000)
            return SpotCheckDraw.Candidate(filer: filer, versionID: Int64(i), platformID: "p\(i)", level: level)
        }
        let a = SpotCheckDraw.draw(seed: 5, counts: [.province: 4, .county: 6], population: population)
        let b = SpotCheckDraw.draw(seed: 5, counts: [.province: 4, .county: 6], population: population.reversed())
        #expect(a.drawn == b.drawn && a.drawn.count == 10)
        let c = SpotCheckDraw.draw(seed: 5, counts: [.province: 2, .county: 6], population: population)
        let countiesA = a.drawn.filter { $0.level == .county }
        let countiesC = c.drawn.filter { $0.level == .county }
        #expect(countiesA == countiesC)
        #expect(SpotCheckDraw.draw(seed: 6, counts: [.province: 4, .county: 6], population: population).drawn != a.drawn)
    }

    @Test("SplitMix64 gives the published reference outputs, so draws repeat on any machine")
    func splitMixReference() {
        var generator = SplitMix64(seed: 0)
        #expect(
            [generator.next(), generator.next(), generator.next()] == [
                0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F,
            ])
        var bounded = SplitMix64(seed: 99)
        #expect((0..<1000).allSatisfy { _ in bounded.next(below: 7) < 7 })
    }
}
