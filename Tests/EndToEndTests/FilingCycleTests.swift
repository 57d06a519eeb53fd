import Foundation
import Testing

/// A clerk's whole cycle against the real server: init → fill → validate → sign → verify →
/// upload → amend → status → diff.
@Suite("Filer's full cycle", .serialized)
struct FilingCycleTests {
    @Test func initFillValidateSignVerifyUploadAmendStatusDiff() throws {
        let workspace = try Workspace()
        let server = TestServer(workspace: workspace)
        try server.start()
        let clerk = Clerk(workspace: workspace, server: server.url, key: try server.issueKey(filer: "320000"))

        var result = try clerk.run("init", "--filer", "320000", "--round", "2017", "--output", "jiangsu.json")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run("init", "--filer", "320000", "--round", "2017", "--output", "jiangsu.json")
        #expect(result.status == 1 && result.stderr.contains("--force"), "init must not overwrite: \(result.output)")
        result = try clerk.run("validate", "jiangsu.json")
        #expect(result.status == 1, "an unfilled template must not validate: \(result.output)")

        try fillInTwoSittings(workspace)

        result = try clerk.run("validate", "jiangsu.json")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run("sign", "jiangsu.json")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run("verify", "jiangsu.json")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run("upload", "jiangsu.json")
        #expect(result.status == 0 && result.stdout.contains("第 1 版"), "\(result.output)")

        // Amend: a column gained items; the old signature no longer covers the file.
        try edit(workspace, "jiangsu.json", "\"itemCount\" : 120", "\"itemCount\" : 130")
        result = try clerk.run("verify", "jiangsu.json")
        #expect(result.status == 1 && result.stderr.contains("改动"), "\(result.output)")
        result = try clerk.run("submit", "jiangsu.json")
        #expect(result.status == 0 && result.stdout.contains("第 2 版"), "\(result.output)")

        // An amendment signed against version 1 is stale now: 409, told how to fix it.
        try edit(workspace, "jiangsu.json", "全省完成平台自查和整改。", "全省完成平台自查和全部整改。")
        result = try clerk.run("sign", "jiangsu.json", "--base", "1")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run("upload", "jiangsu.json")
        #expect(result.status == 1, "\(result.output)")
        #expect(result.stderr.contains("--base 2") && result.stderr.contains("zicha submit"), "\(result.output)")
        #expect(try clerk.storedVersions() == [1, 2])

        result = try clerk.run("status")
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.stdout.contains("第 2 版") && result.stdout.contains("2017-12-31") && result.stdout.contains("按时报送"),
            "\(result.output)")

        result = try clerk.run("diff", "--from", "1", "--to", "2", "--format", "json")
        #expect(result.status == 0, "\(result.output)")
        let changes = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: String]]
        #expect(changes == [["path": "platforms[0].checks.columns.columns[0].itemCount", "from": "120", "to": "130"]])
        result = try clerk.run("diff", "--from", "1", "--to", "2")
        // In words, as on the reviewers' page, with the JSON path below.
        let lines = result.stdout.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.hasPrefix("~ 平台1「") && $0.hasSuffix("：120 → 130") }, "\(result.output)")
        #expect(lines[line].contains("栏目设置"), "\(result.output)")
        #expect(lines[line + 1] == "    platforms[0].checks.columns.columns[0].itemCount", "\(result.output)")
        result = try clerk.run("diff", "jiangsu.json")
        #expect(result.stdout.contains("summary"), "the local edit shows against the latest version: \(result.output)")
    }

    /// Fills the template through a pseudo-terminal, pausing (Ctrl-D) after the header and
    /// resuming in a second run.
    private func fillInTwoSittings(_ workspace: Workspace) throws {
        let zicha = try Binaries.zicha()
        var terminal = try PseudoTerminal(zicha, ["fill", "jiangsu.json"], in: workspace.url)
        try terminal.answer(FillAnswers.header)
        try terminal.waitForPrompt()
        terminal.type(PseudoTerminal.endOfInput)
        var session = try terminal.finish()
        #expect(session.status == 0, "Ctrl-D pauses without an error: \(session.stdout)")
        #expect(session.stdout.contains("不是有效日期"), "an impossible date is asked again: \(session.stdout)")
        #expect(session.stdout.contains("已暂停") && session.stdout.contains("`zicha fill jiangsu.json`"), "\(session.stdout)")
        #expect(workspace.exists("jiangsu.json.fill-progress"))
        let partial = try JSONSerialization.jsonObject(with: workspace.read("jiangsu.json")) as? [String: Any]
        #expect(partial?["preparedOn"] as? String == "2017-12-20", "answers are saved as they are given")

        terminal = try PseudoTerminal(zicha, ["fill", "jiangsu.json"], in: workspace.url)
        try terminal.answer(FillAnswers.rest)
        session = try terminal.finish()
        #expect(session.status == 0, "\(session.stdout)")
        #expect(session.stdout.contains("从上次中断处继续"), "\(session.stdout)")
        #expect(session.stdout.contains("[第 9/"), "the first question after the header is question 9: \(session.stdout)")
        #expect(!workspace.exists("jiangsu.json.fill-progress"))
    }

    private func edit(_ workspace: Workspace, _ name: String, _ old: String, _ new: String) throws {
        let text = String(decoding: try workspace.read(name), as: UTF8.self)
        try #require(text.contains(old), "\(name) should contain \(old)")
        try workspace.write(Data(text.replacingOccurrences(of: old, with: new).utf8), name)
    }
}
