import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// The roster exported for people: CSV and an Excel workbook with Chinese headings and values
/// (the API's `format=csv|xlsx`, `lang=en` for programs, and the dashboard's export links).
@Suite("Roster export")
struct RosterExportTests {
    /// What Python's zipfile (the standard library) reads in a workbook: its integrity check, the
    /// first sheet and the shared strings.
    struct Opened {
        var testzip: String
        var sheet: String
        var strings: String
    }

    static func open(_ data: Data) throws -> Opened {
        let workspace = try Workspace(prefix: "zicha-xlsx")
        defer { workspace.remove() }
        let file = workspace.url.appending(path: "roster.xlsx")
        try data.write(to: file)
        let script = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            print(z.testzip())
            sys.stdout.write(z.read('xl/worksheets/sheet1.xml').decode('utf-8') + '\\x00' + z.read('xl/sharedStrings.xml').decode('utf-8'))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try CommandRunner.spawn(process)
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let (first, rest) = (output.prefix { $0 != "\n" }, output.drop { $0 != "\n" }.dropFirst())
        let parts = rest.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
        #expect(process.terminationStatus == 0 && parts.count == 2)
        return Opened(testzip: String(first), sheet: String(parts.first ?? ""), strings: String(parts.last ?? ""))
    }

    @Test("format=xlsx: a valid workbook, Chinese headings and labels, every text a string (no formula); lang=en codes")
    func workbook() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("110000")
        try await server.store.addFiler(
            code: "990100", name: "=HYPERLINK(\"x\")", nameEn: nil, kind: .region, actor: "test", at: server.clock.now())
        try await server.store.createRound(
            id: "x", title: "X", deadline: Day("2017-12-31")!, roster: ["110000", "990100"], actor: "test", at: server.clock.now()
        )
        let (zh, en, bad) = try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000", name: "北京市")), key: key)
            return (
                try await client.asReviewer(.get, "/v1/rounds/2017/filers?format=xlsx&deadline=onTime", token: token),
                try await client.asReviewer(.get, "/v1/rounds/x/filers?format=xlsx&lang=en", token: token),
                try await client.asReviewer(.get, "/v1/rounds/2017/filers?format=pdf", token: token)
            )
        }
        #expect(zh.status == .ok)
        #expect(zh.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        #expect(zh.headers[.contentDisposition] == #"attachment; filename="roster-2017.xlsx""#)
        #expect(zh.data.prefix(2) == Data("PK".utf8))
        let book = try Self.open(zh.data)
        #expect(book.testzip == "None")
        for text in ["代码", "单位", "报送状态", "最新报送时间", "审核状态", "整改逾期", "北京市", "按时报送", "待审核", "否"] {
            #expect(book.strings.contains(">\(text)<"), "\(text)")
        }
        #expect(!book.strings.contains("onTime") && !book.strings.contains("天津市"))
        #expect(book.strings.contains(ReadableTimeSample.received))

        #expect(en.status == .ok)
        let english = try Self.open(en.data)
        #expect(english.strings.contains(">deadlineStatus<") && english.strings.contains(">pending<"))
        // A name that looks like a formula is stored as text, never as a formula.
        #expect(english.strings.contains(">=HYPERLINK(") && !english.sheet.contains("<f>"))
        #expect(bad.status == .badRequest && bad.error?.error == "invalid_query")
    }

    @Test("the dashboard exports what it shows — filters, search and order — as Chinese CSV and as a workbook")
    func dashboardExports() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("110000")
        try await server.live { client in
            _ = try await client.upload(TestReports.bytes(TestReports.valid(filer: "110000", name: "北京市")), key: key)
            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let page = try await browser.get("/web/rounds/2017?kind=region&sort=name&dir=desc").html
            #expect(page.contains(#"id="xlsx" href="/web/rounds/2017/roster.xlsx?kind=region&amp;sort=name&amp;dir=desc""#))
            let csv = try await browser.get("/web/rounds/2017/roster.csv?kind=region&q=%E5%8C%97")  // 北
            let lines = csv.html.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first == "代码,单位,报送状态,首次报送时间,最新报送时间,最新版本,审核状态,整改期限,整改逾期,错误,警告")
            #expect(lines.dropFirst().map { String($0.prefix(6)) } == ["110000", "130000", "420000"])  // 北京、河北、湖北
            #expect(lines[1].hasPrefix("110000,北京市,按时报送,2017-12-20 10:00,2017-12-20 10:00,1,待审核,,否,0,0"))
            #expect(lines[2] == "130000,河北省,待报送,,,,,,否,,")
            let xlsx = try await browser.get("/web/rounds/2017/roster.xlsx?kind=department")
            #expect(xlsx.status == .ok && xlsx.headers[.contentType]?.hasPrefix("application/vnd.openxml") == true)
            #expect(xlsx.headers[.cacheControl] == "no-store")
            let book = try Self.open(Data(xlsx.body.readableBytesView))
            #expect(book.strings.contains(">工业和信息化部<") && !book.strings.contains(">北京市<"))
        }
    }
}

/// The receive time of the test upload as the exports write it.
enum ReadableTimeSample {
    static let received = ">2017-12-20 10:00<"
}
