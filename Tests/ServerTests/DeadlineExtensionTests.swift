import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Server
import Shared
import TestSupport
import Testing

/// docs/SYSTEM.md "Exceptions": one filer's deadline extended as an approved exception, through
/// the real `zicha-server`; its filing counts as 延期后按时, apart from plain on-time ones.
@Suite("Deadline extension for one filer")
struct DeadlineExtensionTests {
    @Test("the rule: on time by the round's day, 延期后按时 by the filer's own, late after; pending until its own day")
    func rule() throws {
        let deadline = FilerDeadline(round: Day("2017-12-31")!, extended: Day("2018-01-10")!)
        #expect(DeadlineRule.status(deadline: deadline, firstReceivedAt: "2017-12-31T23:59:59+08:00") == .onTime)
        #expect(DeadlineRule.status(deadline: deadline, firstReceivedAt: "2018-01-01T00:00:00+08:00") == .onTimeExtended)
        #expect(DeadlineRule.status(deadline: deadline, firstReceivedAt: "2018-01-10T23:59:59+08:00") == .onTimeExtended)
        #expect(DeadlineRule.status(deadline: deadline, firstReceivedAt: "2018-01-11T00:00:00+08:00") == .late)
        let at = { (text: String) in ChinaTime.parse(text)! }
        #expect(DeadlineRule.status(deadline: deadline, firstReceivedAt: nil, now: at("2018-01-10T23:59:59+08:00")) == .pending)
        #expect(DeadlineRule.status(deadline: deadline, firstReceivedAt: nil, now: at("2018-01-11T00:00:00+08:00")) == .missing)
        // A round-wide extension that passes the filer's own day: the later one holds.
        let overtaken = FilerDeadline(round: Day("2018-01-20")!, extended: Day("2018-01-10")!)
        #expect(overtaken.effective == Day("2018-01-20")!)
        #expect(DeadlineRule.status(deadline: overtaken, firstReceivedAt: "2018-01-15T09:00:00+08:00") == .onTime)
    }

    @Test("round extend --filer: refusals store nothing; receipts, roster totals and filters keep 延期后按时 apart; audited")
    func oneFiler() async throws {
        let server = try TestServer(now: "2017-12-20T10:00:00+08:00")
        defer { server.remove() }
        let db = server.databasePath
        func run(_ arguments: String...) async throws -> CommandResult { try await ServerBinary.run(arguments + ["--db", db]) }
        /// `round extend ROUND --filer CODE --deadline DAY --reason WHY`: its exit status, and
        /// whether its output says `says`.
        func extend(_ round: String, _ code: String, _ day: String, _ why: String, _ status: Int32, says: String? = nil)
            async throws
        {
            let result = try await run("round", "extend", round, "--filer", code, "--deadline", day, "--reason", why)
            #expect(result.status == status && (says.map(result.output.contains) ?? true), "\(code) to \(day): \(result.output)")
        }

        // Refusals: not on the roster, unknown round, a day not after the round's, no reason; nothing stored.
        try await extend("2017", "990000", "2018-01-10", "x", 1, says: "不在轮次 2017 的名单上")
        try await extend("2099", "540000", "2018-01-10", "x", 1, says: "2099")
        try await extend("2017", "540000", "2017-12-31", "x", 1, says: "later than")
        try await extend("2017", "540000", "2018-01-10", "  ", 2)
        #expect(try await server.count("deadline_extensions") == 0)
        #expect(try await server.auditCount("round.extend.filer") == 0)

        try await extend("2017", "540000", "2018-01-08", "雪灾，经批准", 0, says: "2018-01-08")
        // Not later than its own day.
        try await extend(
            "2017", "540000", "2018-01-08", "再次", 1, says: "later than 540000's current deadline in round 2017, 2018-01-08")
        try await extend("2017", "540000", "2018-01-10", "再延两天", 0)
        try await extend("2017", "630000", "2018-01-10", "系统迁移", 0)
        let listed = try await run("round", "extensions", "2017", "--format", "json")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]], "\(listed.output)")
        #expect(rows.map { $0["filer"] as? String } == ["540000", "630000"])
        #expect(rows.first?["deadline"] as? String == "2018-01-10" && rows.first?["reason"] as? String == "再延两天")

        let token = try await server.addReviewer()
        let beijing = try await server.issueKey("110000")
        let tianjin = try await server.issueKey("120000")
        let tibet = try await server.issueKey("540000")
        func roster(_ query: String) async throws -> RosterPage {
            let response = try await server.live { client in
                try await client.asReviewer(.get, "/v1/rounds/2017/filers?perPage=1000&\(query)", token: token)
            }
            #expect(response.status == .ok, "\(String(decoding: response.data, as: UTF8.self))")
            return try response.decode(RosterPage.self)
        }
        let receipts = try await server.live { client in
            let onTime = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: beijing)
            server.clock.set("2018-01-05T09:00:00+08:00")
            let late = try await client.upload(TestReports.bytes(TestReports.valid(filer: "120000")), key: tianjin)
            let extended = try await client.upload(TestReports.bytes(TestReports.valid(filer: "540000")), key: tibet)
            let list = try await client.signedGet(APIPath.versions(round: "2017", filer: "540000"), key: tibet)
            return try (onTime.decode(Receipt.self), late.decode(Receipt.self), extended.decode(Receipt.self), list)
        }
        #expect(receipts.0.deadlineStatus == .onTime && receipts.1.deadlineStatus == .late)
        #expect(receipts.2.deadlineStatus == .onTimeExtended && receipts.2.deadline == "2018-01-10", "\(receipts.2)")
        let versions = try receipts.3.decode(VersionList.self)
        #expect(versions.deadlineStatus == .onTimeExtended && versions.deadline == "2018-01-10")

        var page = try await roster("")
        #expect(page.totals.onTime == 1 && page.totals.onTimeExtended == 1 && page.totals.late == 1, "\(page.totals)")
        #expect(page.totals.pending == 1 && page.totals.missing == page.totals.filers - 4, "630000 waits: \(page.totals)")
        let statuses = Dictionary(uniqueKeysWithValues: page.entries.map { ($0.filer, $0.deadlineStatus) })
        #expect(statuses["540000"] == .onTimeExtended && statuses["630000"] == .pending && statuses["650000"] == .missing)
        let extendedOnly = try await roster("deadline=onTimeExtended")
        #expect(extendedOnly.entries.map(\.filer) == ["540000"] && extendedOnly.matched == 1)
        #expect(try await roster("deadline=onTime").entries.map(\.filer) == ["110000"])
        #expect(try await roster("deadline=pending").entries.map(\.filer) == ["630000"])

        server.clock.set("2018-01-11T00:00:00+08:00")
        page = try await roster("")
        #expect(page.totals.pending == 0 && page.totals.missing == page.totals.filers - 3, "\(page.totals)")

        let details = try await server.store.pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT subject || ' ' || details FROM audit_events WHERE action = 'round.extend.filer' ORDER BY seq")
        }
        #expect(details.count == 3 && details[1].contains("2017/540000") && details[1].contains("再延两天"), "\(details)")
        #expect(details[1].contains("2018-01-08") && details[1].contains("2018-01-10"), "from and to: \(details)")
        #expect(try await run("audit", "verify").status == 0)
    }
}
