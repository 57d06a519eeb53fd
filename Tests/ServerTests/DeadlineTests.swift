import Foundation
import HummingbirdTesting
import Server
import Shared
import Testing

/// docs/SYSTEM.md "Deadline": the server's clock, on both sides of 2017-12-31T23:59:59+08:00.
@Suite("Deadline status")
struct DeadlineTests {
    @Test("on time at 23:59:59 CST on the deadline day, late one second later, pending then missing without a filing")
    func bothSides() async throws {
        let server = try TestServer(now: "2017-12-31T23:59:59+08:00")
        defer { server.remove() }
        let beijing = try await server.issueKey("110000")
        let tianjin = try await server.issueKey("120000")
        let hebei = try await server.issueKey("130000")
        let r = try await server.live { client in
            let pendingList = try await client.signedGet(APIPath.versions(round: "2017", filer: "130000"), key: hebei)
            let onTime = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: beijing)
            server.clock.set("2018-01-01T00:00:00+08:00")
            let late = try await client.upload(TestReports.bytes(TestReports.valid(filer: "120000")), key: tianjin)
            let amendedAfter = try await client.upload(
                TestReports.bytes(TestReports.valid(filer: "110000", summary: "补充")), key: beijing, baseVersion: 1)
            let missingList = try await client.signedGet(APIPath.versions(round: "2017", filer: "130000"), key: hebei)
            return (pendingList, onTime, late, amendedAfter, missingList)
        }
        #expect(try r.0.decode(VersionList.self).deadlineStatus == .pending)
        let onTime = try r.1.decode(Receipt.self)
        #expect(onTime.receivedAt == "2017-12-31T23:59:59+08:00" && onTime.deadlineStatus == .onTime)
        let late = try r.2.decode(Receipt.self)
        #expect(late.receivedAt == "2018-01-01T00:00:00+08:00" && late.deadlineStatus == .late)
        let amended = try r.3.decode(Receipt.self)
        #expect(amended.version == 2 && amended.deadlineStatus == .onTime)
        #expect(try r.4.decode(VersionList.self).deadlineStatus == .missing)
    }

    @Test("the rule itself, in CST whatever the instant's offset")
    func rule() throws {
        let deadline = FilerDeadline(round: Day("2017-12-31")!)
        let at = { (text: String) in ChinaTime.parse(text)! }
        #expect(DeadlineRule.status(deadline: deadline, firstReceivedAt: nil, now: at("2017-12-31T15:59:59Z")) == .pending)
        #expect(DeadlineRule.status(deadline: deadline, firstReceivedAt: nil, now: at("2017-12-31T16:00:00Z")) == .missing)
        #expect(
            DeadlineRule.status(deadline: deadline, firstReceivedAt: ChinaTime.format(at("2017-12-31T15:59:59.999Z"))) == .onTime)
        #expect(DeadlineRule.status(deadline: deadline, firstReceivedAt: ChinaTime.format(at("2017-12-31T16:00:00Z"))) == .late)
        #expect(ChinaTime.endOf(deadline.round) == at("2018-01-01T00:00:00+08:00"))
        #expect(ChinaTime.format(at("2017-12-31T15:59:59.999Z")) == "2017-12-31T23:59:59+08:00")
        #expect(ChinaTime.format(at("1969-12-31T15:59:59-08:00")) == "1970-01-01T07:59:59+08:00")
        #expect(ChinaTime.parse("2017-12-31 23:59:59+08:00") == nil)
        #expect(ChinaTime.parse("2017-12-31T23:59:59") == nil)
        #expect(ChinaTime.parse("2017-02-30T00:00:00Z") == nil)
    }

    @Test("a shifted clock starts at the given instant and runs forward")
    func shiftedClock() {
        let start = ChinaTime.parse("2017-12-31T23:59:00+08:00")!
        let clock = ShiftedClock(startingAt: start)
        let now = clock.now()
        #expect(now >= start && now.timeIntervalSince(start) < 3600)
    }
}
