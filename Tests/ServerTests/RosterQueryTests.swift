import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// docs/SYSTEM.md "Roster queries": every filter on a roster with filers in every state,
/// the clock on both sides of the deadline and of follow-up dates; CSV; paging; 10,000 filers.
@Suite("Roster by deadline status")
struct RosterQueryTests {
    /// Round 2017 (73 filers) with, filed on 2017-12-20 unless said otherwise:
    /// 110000 received (one warning); 120000 accepted; 130000 returned, due 2018-01-10;
    /// 140000 returned due 2017-12-25, then version 2 (received again); 210000 returned, due 2017-12-28;
    /// 150000 filed on 2018-01-05 (late). Everyone else filed nothing.
    struct Fixture {
        let server: TestServer
        let token: String

        static func make() async throws -> Fixture {
            let server = try TestServer(now: "2017-12-20T10:00:00+08:00")
            let token = try await server.addReviewer()
            var keys: [String: TestKey] = [:]
            for code in ["110000", "120000", "130000", "140000", "150000", "210000"] {
                keys[code] = try await server.issueKey(code)
            }
            let allKeys = keys
            try await server.live { client in
                func upload(_ code: String, _ report: SelfInspectionReport? = nil, base: Int = 0) async throws {
                    let response = try await client.upload(
                        TestReports.bytes(report ?? TestReports.valid(filer: code)), key: allKeys[code]!, baseVersion: base)
                    #expect(response.status == .created)
                }
                func decide(_ code: String, _ version: Int, _ request: ReviewRequest) async throws {
                    #expect(try await client.review(code, version: version, token: token, request).status == .created)
                }
                try await upload("110000", TestReports.withWarning(filer: "110000"))
                try await upload("120000")
                try await decide("120000", 1, .accept)
                try await upload("130000")
                try await decide("130000", 1, .return(dueOn: "2018-01-10"))
                try await upload("140000")
                try await decide("140000", 1, .return(dueOn: "2017-12-25"))
                try await upload("210000")
                try await decide("210000", 1, .return(dueOn: "2017-12-28"))
                server.clock.set("2017-12-22T15:30:00+08:00")
                // A changed report: the same bytes again would be no new version (409 unchanged).
                try await upload("140000", TestReports.valid(filer: "140000", summary: "已按意见整改"), base: 1)
            }
            return Fixture(server: server, token: token)
        }

        func page(_ query: String, at stamp: String) async throws -> RosterPage {
            server.clock.set(stamp)
            let response = try await server.live { client in
                try await client.asReviewer(.get, "/v1/rounds/2017/filers?\(query)", token: token)
            }
            #expect(response.status == .ok, "\(query): \(String(decoding: response.data, as: UTF8.self))")
            return try response.decode(RosterPage.self)
        }

        func codes(_ query: String, at stamp: String) async throws -> [String] {
            try await page(query + "&perPage=1000", at: stamp).entries.map(\.filer)
        }
    }

    static let filed = ["110000", "120000", "130000", "140000", "210000"]

    @Test("deadline filters on both sides of the end of 2017-12-31 (CST)")
    func deadlineFilters() async throws {
        let f = try await Fixture.make()
        defer { f.server.remove() }
        let lastSecond = "2017-12-31T23:59:59+08:00"
        let after = "2018-01-01T00:00:00+08:00"
        #expect(try await f.codes("deadline=onTime", at: lastSecond) == Self.filed)
        #expect(try await f.codes("deadline=pending", at: lastSecond).count == 68)
        #expect(try await f.codes("deadline=missing", at: lastSecond).isEmpty)
        #expect(try await f.codes("deadline=pending", at: after).isEmpty)
        let missing = try await f.codes("deadline=missing", at: after)
        #expect(missing.count == 68 && missing.contains("150000") && missing.contains("bm02"))

        // 150000 files on 2018-01-05: late, and no longer missing.
        let key = try await f.server.issueKey("150000")
        f.server.clock.set("2018-01-05T09:00:00+08:00")
        _ = try await f.server.live { client in
            try await client.upload(TestReports.bytes(TestReports.valid(filer: "150000")), key: key)
        }
        #expect(try await f.codes("deadline=late", at: "2018-01-05T09:00:01+08:00") == ["150000"])
        let page = try await f.page("deadline=missing", at: "2018-01-05T09:00:01+08:00")
        #expect(page.matched == 67 && !page.entries.contains { $0.filer == "150000" })
        #expect(
            page.totals
                == RosterTotals(
                    filers: 73, onTime: 5, late: 1, missing: 67, received: 3, accepted: 1, returned: 2, followUpOverdue: 1))
        #expect(page.asOf == "2018-01-05T09:00:01+08:00" && page.deadline == "2017-12-31")
    }

    @Test("review filters, follow-up overdue on both sides of its due date, and combined filters")
    func reviewFilters() async throws {
        let f = try await Fixture.make()
        defer { f.server.remove() }
        let now = "2017-12-28T12:00:00+08:00"
        #expect(try await f.codes("review=received", at: now) == ["110000", "140000"])
        #expect(try await f.codes("review=accepted", at: now) == ["120000"])
        #expect(try await f.codes("review=returned", at: now) == ["130000", "210000"])
        // 210000 is due 2017-12-28: overdue only once that day has ended; 140000 filed again, so never.
        #expect(try await f.codes("review=followUpOverdue", at: "2017-12-28T23:59:59+08:00").isEmpty)
        #expect(try await f.codes("review=followUpOverdue", at: "2017-12-29T00:00:00+08:00") == ["210000"])
        #expect(try await f.codes("review=followUpOverdue", at: "2018-01-10T23:59:59+08:00") == ["210000"])
        #expect(try await f.codes("review=followUpOverdue", at: "2018-01-11T00:00:00+08:00") == ["130000", "210000"])
        #expect(
            try await f.codes("review=followUpOverdue&deadline=onTime", at: "2018-01-11T00:00:00+08:00") == ["130000", "210000"])
        #expect(try await f.codes("review=received&deadline=late", at: "2018-01-11T00:00:00+08:00").isEmpty)
        #expect(try await f.codes("review=accepted&deadline=onTime", at: now) == ["120000"])

        let entries = try await f.page("perPage=1000", at: "2018-01-11T00:00:00+08:00").entries
        let byCode = Dictionary(uniqueKeysWithValues: entries.map { ($0.filer, $0) })
        #expect(entries.map(\.filer) == entries.map(\.filer).sorted())
        #expect(
            byCode["140000"]
                == RosterEntry(
                    filer: "140000", name: "山西省", deadlineStatus: .onTime, firstReceivedAt: "2017-12-20T10:00:00+08:00",
                    latestReceivedAt: "2017-12-22T15:30:00+08:00", latestVersion: 2, reviewState: .received, followUpDueOn: nil,
                    followUpOverdue: false, errors: 0, warnings: 0))
        #expect(byCode["130000"]?.followUpDueOn == "2018-01-10" && byCode["130000"]?.followUpOverdue == true)
        #expect(byCode["110000"]?.warnings == 1)
        #expect(
            byCode["bm02"]?.latestVersion == 0 && byCode["bm02"]?.reviewState == nil && byCode["bm02"]?.firstReceivedAt == nil)
    }

    @Test("the filings rows the triggers keep equal what the versions and decisions say")
    func filingsFollowVersionsAndDecisions() async throws {
        let f = try await Fixture.make()
        defer { f.server.remove() }
        let (derived, kept) = try await f.server.store.pool.read { db in try Self.filings(db) }
        #expect(derived.count == 5 && kept == derived)
    }

    @Test("a database made before filings existed gets them from its versions and decisions when opened")
    func filingsMigration() async throws {
        let f = try await Fixture.make()
        defer { f.server.remove() }
        try await f.server.store.pool.write { db in
            try db.execute(
                sql: """
                    DROP TRIGGER filings_on_version; DROP TRIGGER filings_on_decision; DROP TABLE filings;
                    DELETE FROM grdb_migrations WHERE identifier = 'filings'
                    """)
        }
        let reopened = try AppDatabase(path: f.server.databasePath)
        let (derived, kept) = try await reopened.pool.read { db in try Self.filings(db) }
        #expect(derived.count == 5 && kept == derived)
        let triggers = try await reopened.pool.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE tbl_name IN ('filings', 'versions', 'review_decisions') ORDER BY name")
        }
        #expect(
            triggers.contains("filings_on_version") && triggers.contains("filings_on_decision")
                && triggers.contains("filings_by_state"))
    }

    /// The filings rows as derived from versions and decisions, and as kept, as text.
    static func filings(_ db: Database) throws -> (derived: [[String]], kept: [[String]]) {
        let derived = """
            SELECT lv.round_id, lv.filer_code, v1.received_at, substr(v1.received_at, 1, 10), lv.version, lv.id, lv.received_at,
                COALESCE(json_extract(lv.validation, '$.errors'), 0), COALESCE(json_extract(lv.validation, '$.warnings'), 0),
                d.decision, d.due_on
            FROM versions lv
            JOIN versions v1 ON v1.round_id = lv.round_id AND v1.filer_code = lv.filer_code AND v1.version = 1
            LEFT JOIN review_decisions d ON d.id = (SELECT MAX(x.id) FROM review_decisions x WHERE x.version_id = lv.id)
            WHERE lv.version = (SELECT MAX(version) FROM versions m WHERE m.round_id = lv.round_id AND m.filer_code = lv.filer_code)
            ORDER BY 1, 2
            """
        let kept = """
            SELECT round_id, filer_code, first_received_at, first_received_on, latest_version, latest_version_id,
                latest_received_at, errors, warnings, decision, due_on
            FROM filings ORDER BY 1, 2
            """
        func text(_ sql: String) throws -> [[String]] {
            try Row.fetchAll(db, sql: sql).map { row in (0..<11).map { (row[$0] as DatabaseValue).description } }
        }
        return (try text(derived), try text(kept))
    }

    @Test("paging covers every filer once, in code order; bad parameters are 400")
    func paging() async throws {
        let f = try await Fixture.make()
        defer { f.server.remove() }
        let now = "2018-01-02T09:00:00+08:00"
        var seen: [String] = []
        for page in 1...8 {
            let result = try await f.page("perPage=10&page=\(page)", at: now)
            #expect(result.matched == 73 && result.page == page && result.perPage == 10)
            #expect(result.entries.count == (page == 8 ? 3 : 10))
            seen += result.entries.map(\.filer)
        }
        #expect(seen.count == 73 && Set(seen).count == 73 && seen == seen.sorted())
        #expect(try await f.page("perPage=10&page=9", at: now).entries.isEmpty)
        #expect(try await f.page("", at: now).entries.count == RosterController.defaultPerPage)

        let bad = ["deadline=soon", "review=rejected", "page=0", "perPage=0", "perPage=1001", "page=x", "format=xml"]
        let answers = try await f.server.live { client in
            var answers: [TestResponse] = []
            for query in bad {
                answers.append(try await client.asReviewer(.get, "/v1/rounds/2017/filers?\(query)", token: f.token))
            }
            answers.append(try await client.asReviewer(.get, "/v1/rounds/2099/filers", token: f.token))
            return answers
        }
        for (query, answer) in zip(bad, answers) {
            #expect(answer.status == .badRequest && answer.error?.error == "invalid_query", "\(query)")
        }
        #expect(answers.last?.status == .notFound && answers.last?.error?.error == "unknown_round")
    }

    @Test(
        "CSV: Chinese headings, labels and readable times for people; lang=en the field names and codes; one line per matching filer, every row unless a page is asked for"
    )
    func csv() async throws {
        let f = try await Fixture.make()
        defer { f.server.remove() }
        f.server.clock.set("2018-01-11T08:00:00+08:00")
        let (all, paged, english, badLanguage) = try await f.server.live { client in
            (
                try await client.asReviewer(.get, "/v1/rounds/2017/filers?format=csv&deadline=onTime", token: f.token),
                try await client.asReviewer(.get, "/v1/rounds/2017/filers?format=csv&perPage=2&page=2", token: f.token),
                try await client.asReviewer(.get, "/v1/rounds/2017/filers?format=csv&deadline=onTime&lang=en", token: f.token),
                try await client.asReviewer(.get, "/v1/rounds/2017/filers?format=csv&lang=fr", token: f.token)
            )
        }
        #expect(all.status == .ok && all.headers[.contentType] == "text/csv; charset=utf-8")
        let text = String(decoding: all.data, as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}"))
        let lines = text.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "代码,单位,报送状态,首次报送时间,最新报送时间,最新版本,审核状态,整改期限,整改逾期,错误,警告")
        #expect(lines.count == 6)
        #expect(lines.contains("130000,河北省,按时报送,2017-12-20 10:00,2017-12-20 10:00,1,已退回,2018-01-10,是,0,0"))
        #expect(lines.contains { $0.hasPrefix("120000,天津市,按时报送,") && $0.contains(",已通过,,否,") })
        let pagedLines = String(decoding: paged.data, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(pagedLines.count == 3 && pagedLines[1].hasPrefix("130000,") && pagedLines[2].hasPrefix("140000,"))

        // For programs: the English field names and codes, RFC 3339 times, as before.
        let englishLines = String(decoding: english.data, as: UTF8.self).dropFirst().components(separatedBy: "\r\n")
        #expect(
            englishLines.first
                == "filer,name,deadlineStatus,firstReceivedAt,latestReceivedAt,latestVersion,reviewState,followUpDueOn,followUpOverdue,errors,warnings"
        )
        #expect(
            englishLines.contains(
                "130000,河北省,onTime,2017-12-20T10:00:00+08:00,2017-12-20T10:00:00+08:00,1,returned,2018-01-10,true,0,0"))
        #expect(badLanguage.status == .badRequest && badLanguage.error?.error == "invalid_query")
        #expect(badLanguage.error?.message.contains("lang") == true)
    }

    @Test("CSV: a name a spreadsheet could evaluate is quoted — =, +, -, @, tab, CR, LF, fullwidth forms, after spaces")
    func csvFormulaGuard() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let hostile = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "＝1+1", "＋1", "－1", "＠A1", "  =1", "\u{3000}＝1"]
        var codes: [String] = []
        for (i, name) in hostile.enumerated() {
            let code = String(990_100 + i)
            codes.append(code)
            try await server.store.addFiler(
                code: code, name: name, nameEn: nil, kind: .region, actor: "test", at: server.clock.now())
        }
        try await server.store.createRound(
            id: "csv", title: "CSV", deadline: Day("2017-12-31")!, roster: codes, actor: "test", at: server.clock.now())
        let answer = try await server.live { client in
            try await client.asReviewer(.get, "/v1/rounds/csv/filers?format=csv", token: token)
        }
        let text = String(decoding: answer.data, as: UTF8.self)
        for (i, name) in hostile.enumerated() {
            let escaped = RosterCSV.escape(name)
            #expect(escaped.hasPrefix("'") || escaped.hasPrefix("\"'"), "\(name.debugDescription) → \(escaped.debugDescription)")
            #expect(text.contains("\(codes[i]),\(escaped),"), "\(name.debugDescription)")
        }
        for plain in ["北京市", "a-b", "1+1", "中文＝"] { #expect(RosterCSV.escape(plain) == plain) }
    }

    @Test("10,000 filers: right totals and pages through two indexed queries")
    func tenThousandFilers() async throws {
        let server = try TestServer(now: "2018-01-05T09:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer()
        let codes = (0..<10_000).map { String(700_000 + $0) }
        let key = try await server.issueKey("110000")
        try await server.store.pool.write { db in
            for code in codes {
                try db.execute(
                    sql: "INSERT INTO filers (code, name, kind, created_at) VALUES (?, ?, 'region', '2017-12-01T00:00:00+08:00')",
                    arguments: [code, "单位\(code)"])
            }
        }
        try await server.store.createRound(
            id: "big", title: "大轮次", deadline: Day("2017-12-31")!, roster: codes, actor: "test", at: server.clock.now())
        // Every second filer has one version: on time for even thousands, late otherwise; every tenth is returned.
        try await server.store.pool.write { db in
            let reviewer = try Int64.fetchOne(db, sql: "SELECT id FROM reviewers")!
            for (i, code) in codes.enumerated() where i % 2 == 0 {
                let received = (i / 1000) % 2 == 0 ? "2017-12-20T10:00:00+08:00" : "2018-01-02T10:00:00+08:00"
                try db.execute(
                    sql: """
                        INSERT INTO versions (round_id, filer_code, version, bytes, sha256, signature, key_id, signed_at,
                            base_version, received_at, validation)
                        VALUES ('big', ?, 1, x'7b7d', ?, ?, ?, '2017-12-20T02:00:00Z', 0, ?, '{"errors":0,"warnings":2,"issues":[]}')
                        """,
                    arguments: [code, String(repeating: "a", count: 64), String(format: "%064d", i), key.id, received])
                if i % 10 == 0 {
                    try db.execute(
                        sql: """
                            INSERT INTO review_decisions (version_id, decision, comment, due_on, reviewer_id, decided_at)
                            VALUES (?, 'return', '补充', '2018-01-03', ?, '2017-12-21T10:00:00+08:00')
                            """,
                        arguments: [db.lastInsertedRowID, reviewer])
                }
            }
        }
        let response = try await server.live { client in
            try await client.asReviewer(.get, "/v1/rounds/big/filers?review=followUpOverdue&perPage=100&page=3", token: token)
        }
        let page = try response.decode(RosterPage.self)
        #expect(
            page.totals
                == RosterTotals(
                    filers: 10_000, onTime: 2_500, late: 2_500, missing: 5_000, received: 4_000, returned: 1_000,
                    followUpOverdue: 1_000))
        #expect(page.matched == 1_000 && page.entries.count == 100)
        #expect(
            page.entries.first?.filer == String(700_000 + 2_000)
                && page.entries.allSatisfy { $0.followUpOverdue && $0.warnings == 2 })

        // No full scan: the roster and filings through their primary keys, the totals through the covering index.
        let arguments: StatementArguments = ["round": "big", "today": "2018-01-05", "deadline": "2017-12-31"]
        let (plan, filedPlan, totalsPlan) = try await server.store.pool.read { db in
            (
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN \(AppDatabase.rosterRowsSQL) SELECT * FROM rows", arguments: arguments
                )
                .map { $0["detail"] as String },
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN \(AppDatabase.filedRowsSQL) SELECT * FROM rows",
                    arguments: arguments + ["review": "returned"]
                ).map { $0["detail"] as String },
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN \(AppDatabase.rosterTotalsRowsSQL) SELECT * FROM rows", arguments: arguments
                )
                .map { $0["detail"] as String }
            )
        }
        // The third and second: each row's extension of its deadline, if any, by primary key.
        #expect(plan.count == 3 && plan.allSatisfy { $0.hasPrefix("SEARCH") && $0.contains("USING PRIMARY KEY") }, "\(plan)")
        #expect(
            filedPlan.count == 2 && filedPlan[0].hasPrefix("SEARCH g USING")
                && filedPlan[1].hasPrefix("SEARCH x USING PRIMARY KEY"), "\(filedPlan)")
        for line in totalsPlan where line.contains("roster") || line.contains("filings") {
            #expect(line.hasPrefix("SEARCH") && (line.contains("PRIMARY KEY") || line.contains("COVERING INDEX")), "\(line)")
        }
        // Grouped in index order: no sorting of one row per filer.
        #expect(!totalsPlan.contains { $0.contains("TEMP B-TREE") }, "\(totalsPlan)")
        #expect(totalsPlan.contains { $0.contains("filings USING COVERING INDEX filings_by_state") }, "\(totalsPlan)")
    }
}
