import Foundation
import GRDB
import Server
import Shared
import Testing

/// `zicha-server round reminders ROUND --days …` through the real binary: audited, used by the
/// scheduler; bad input refused with nothing changed.
@Suite("Reminder days per round")
struct ReminderDaysTests {
    @Test("the round's reminder days are set, audited and used: 3 working days before, not 5")
    func setAndUsed() async throws {
        let workspace = try Workspace(prefix: "zicha-reminders")
        defer { workspace.remove() }
        let path = workspace.path("zicha.sqlite")
        try await ServerBinary.initialise(path)
        let result = try await ServerBinary.run(["round", "reminders", "2017", "--days", "1,3", "--db", path])
        #expect(result.status == 0 && result.stdout.contains("3,1"), "\(result.output)")
        let store = try AppDatabase(path: path)
        #expect(try await store.reminderDays(round: "2017") == [3, 1])
        #expect(
            try await store.pool.read { db in
                try String.fetchOne(db, sql: "SELECT details FROM audit_events WHERE action = 'round.reminders'")
            } == #"{"days":"[3,1]"}"#)
        // 2017-12-25 is 5 working days before the deadline, 2017-12-27 is 3.
        #expect(try await store.writeDueReminders(at: ChinaTime.parse("2017-12-25T10:00:00+08:00")!) == 0)
        #expect(try await store.writeDueReminders(at: ChinaTime.parse("2017-12-27T10:00:00+08:00")!) == 73)
        let keys = try await store.pool.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT substr(key, -2) FROM notices")
        }
        #expect(keys == ["/3"])
    }

    @Test(
        "bad days or an unknown round are refused and change nothing",
        arguments: [
            (["2017", "--days", "0"], 2), (["2017", "--days", "31"], 2), (["2017", "--days", "5,5"], 2),
            (["2017", "--days", "1,2,3,4,5,6"], 2), (["2017", "--days", "x"], 2), (["2017", "--days", ""], 2),
            (["2099", "--days", "5"], 1),
        ] as [([String], Int32)])
    func refused(arguments: [String], status: Int32) async throws {
        let workspace = try Workspace(prefix: "zicha-reminders")
        defer { workspace.remove() }
        let path = workspace.path("zicha.sqlite")
        try await ServerBinary.initialise(path)
        let result = try await ServerBinary.run(["round", "reminders"] + arguments + ["--db", path])
        #expect(result.status == status, "\(result.output)")
        #expect(result.stderr.contains(status == 2 ? "--days" : "没有轮次 2099"), "\(result.output)")
        let store = try AppDatabase(path: path)
        #expect(try await store.reminderDays(round: "2017") == [5, 1])
        #expect(
            try await store.pool.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_events WHERE action = 'round.reminders'")
            } == 0)
    }
}
