import Foundation
import HTTPTypes
import HummingbirdTesting
import Server
import Shared
import TestSupport
import Testing

/// A page decodes only the items it shows, found in the stored bytes by `ReportLayout`: whatever
/// way the bytes are written, the items it decodes are the report's, and the outline's names and
/// failed counts are those of the whole decoded report.
@Suite("Report outline: the page's items decoded from the stored bytes")
struct ReportOutlineTests {
    /// Three platforms (one without items) whose names and texts hold JSON's own punctuation.
    static func report() -> SelfInspectionReport {
        var report = TestReports.jiangsu()
        let base = report.platforms[0]
        var item = base.serviceItems[0]
        item.name = "含括号的事项 {[\"]} \\ ,:"
        var failing = base.serviceItems[0]
        failing.name = "未通过的事项"
        failing.checks.accuracy?.assessment.result = .fail
        failing.checks.formSample?.assessment.result = .fail
        var second = base
        second.id = "js2"
        second.name = "第二平台 \"serviceItems\": [ ]"
        second.serviceItems = [failing, item, base.serviceItems[0]]
        var empty = base
        empty.id = "js3"
        empty.serviceItems = []
        report.platforms = [base, second, empty]
        return report
    }

    /// The same report written compactly, pretty-printed, and with escaped keys and spaces.
    static func encodings(_ report: SelfInspectionReport) throws -> [Data] {
        let compact = TestReports.bytes(report)
        let pretty = try JSONSerialization.data(
            withJSONObject: try JSONSerialization.jsonObject(with: compact), options: [.prettyPrinted])
        let escaped = String(decoding: compact, as: UTF8.self)
            .replacingOccurrences(of: "\"platforms\":", with: " \"\\u0070latforms\" : ")
            .replacingOccurrences(of: "\"serviceItems\":", with: "\"service\\u0049tems\"\n:\t")
        return [compact, pretty, Data(escaped.utf8)]
    }

    @Test("every item decoded from its bytes equals the whole report's, whatever the writing")
    func itemsMatch() throws {
        let report = Self.report()
        for bytes in try Self.encodings(report) {
            let outline = try ReportOutline(bytes: bytes)
            let all = report.platforms.enumerated().flatMap { i, platform in platform.serviceItems.indices.map { (i, $0) } }
            #expect(try outline.report(showing: all, from: bytes) == report)
            #expect(
                outline.skeleton.platforms.map { $0.serviceItems.map(\.name) }
                    == report.platforms.map { $0.serviceItems.map(\.name) })
            #expect(outline.failed == [[0], [2, 0, 0], []])
            // Items not shown stay stubs: a name and nothing else.
            let one = try outline.report(showing: [(1, 0)], from: bytes)
            #expect(one.platforms[1].serviceItems[0] == report.platforms[1].serviceItems[0])
            #expect(one.platforms[1].serviceItems[1].department == "")
            #expect(one.platforms[1].serviceItems[1].name == report.platforms[1].serviceItems[1].name)
        }
    }

    @Test("the layout finds each platform's item list and items, and the head without them decodes")
    func layout() throws {
        let report = Self.report()
        let bytes = TestReports.bytes(report)
        let layout = try #require(ReportLayout.scan(bytes))
        #expect(layout.platforms.map(\.items.count) == [1, 3, 0])
        for (i, span) in layout.platforms.enumerated() {
            for (j, range) in span.items.enumerated() {
                let item = try ReportCoding.decoder().decode(ServiceItem.self, from: bytes[range])
                #expect(item == report.platforms[i].serviceItems[j])
            }
        }
        let head = try ReportCoding.decoder().decode(SelfInspectionReport.self, from: layout.withoutItems(bytes))
        #expect(head.platforms.map(\.serviceItems.count) == [0, 0, 0])
        #expect(head.platforms.map(\.name) == report.platforms.map(\.name))
        #expect(head.summary == report.summary)
    }

    @Test("bytes that are not one JSON object have no layout; an outline of them is refused")
    func notAnObject() throws {
        for text in ["[]", "\"x\"", "{\"platforms\": [", "{} {}", "}"] {
            #expect(ReportLayout.scan(Data(text.utf8)) == nil, "\(text)")
            #expect(throws: (any Error).self) { try ReportOutline(bytes: Data(text.utf8)) }
        }
    }

    @Test("a stored version's parts read by SQLite's blob I/O are its bytes; a range outside them is refused")
    func storedParts() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("320000")
        // A report without errors (an upload with errors is refused): one platform of three items.
        var report = TestReports.jiangsu()
        let item = report.platforms[0].serviceItems[0]
        report.platforms[0].serviceItems = ["甲", "乙 {[\"]}", "丙"].map {
            var named = item
            named.name += $0
            return named
        }
        let body = TestReports.bytes(report)
        let status = try await server.live { client in try await client.upload(body, key: key, baseVersion: 0).status }
        #expect(status == .created)
        let blob = try #require(try await server.store.storedReport(round: "2017", filer: "320000", number: 1))
        #expect(blob.size == body.count)
        #expect(try await server.store.storedReport(round: "2017", filer: "320000", number: 2) == nil)
        #expect(try await server.store.reportBytes(blob) == body)
        let layout = try #require(ReportLayout.scan(body))
        let ranges = layout.platforms[0].items + [0..<0, (body.count - 1)..<body.count]
        #expect(try await server.store.reportBytes(blob, ranges: ranges) == ranges.map { body[$0] })
        for outside in [(body.count - 1)..<(body.count + 1), (body.count + 5)..<(body.count + 6)] {
            await #expect(throws: (any Error).self) { try await server.store.reportBytes(blob, ranges: [outside]) }
        }
    }
}
