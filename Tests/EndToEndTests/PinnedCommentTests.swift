import Foundation
import Testing

/// A return's comments pinned to places of the report reach the clerk: `zicha status` prints
/// each with its place in words and its path, and `zicha fill --errors` asks exactly the
/// questions they are about, showing each comment first.
@Suite("Pinned comments in status and fill", .serialized)
struct PinnedCommentTests {
    typealias Key = PseudoTerminal

    @Test func statusPrintsThemAndFillErrorsWalksThem() throws {
        let workspace = try Workspace()
        let server = TestServer(workspace: workspace)
        try server.start()
        let key = try server.issueKey(filer: "320000")
        let clerk = Clerk(workspace: workspace, server: server.url, key: key)
        try workspace.copyExample("report-valid.json", as: "jiangsu.json")
        var result = try clerk.run("submit", "jiangsu.json")
        try #require(result.status == 0, "\(result.output)")

        let reviewer = try Reviewer(server: server)
        try reviewer.returnFiling(
            filer: "320000", version: 1, comment: "请按逐项意见修改", dueOn: "2018-01-15",
            pinned: [("summary", "请写明整改完成时间"), ("platforms[1].name", "平台名称应为全称")])

        result = try clerk.run("status", "jiangsu.json")
        #expect(result.status == 0, "\(result.output)")
        // The unread notice of the return comes first, then what to do.
        #expect(result.stdout.hasPrefix("未读通知 1 条"), "\(result.output)")
        let all = result.stdout.components(separatedBy: "\n")
        let start = try #require(all.firstIndex { $0.contains("第 1 版已被退回") }, "\(result.output)")
        let lines = Array(all[start...])
        #expect(lines[1].contains("请按逐项意见修改"), "\(result.output)")
        #expect(lines[2].contains("：请写明整改完成时间") && lines[2].hasSuffix("[summary]"), "\(result.output)")
        #expect(
            lines[3].contains("平台2") && lines[3].contains("：平台名称应为全称") && lines[3].hasSuffix("[platforms[1].name]"),
            "\(result.output)")
        #expect(lines[4].contains("zicha fill jiangsu.json --errors"), "\(result.output)")

        // The report validates, so only the two commented questions are asked, each after its comment.
        let terminal = try PseudoTerminal(
            try Binaries.zicha(), ["fill", "jiangsu.json", "--errors", "--server", server.url, "--key", key],
            in: workspace.url)
        var question = try terminal.waitForPrompt()
        #expect(question.contains("【审核意见 / Reviewer】") && question.contains("平台名称应为全称"), "\(question)")
        #expect(question.contains("平台名称") && question.contains("平台 2/2") && question.contains("待改 2 题"), "\(question)")
        terminal.type(Key.clearLine + "南京市政务服务网（全称）" + Key.enter)
        question = try terminal.waitForPrompt()
        #expect(question.contains("请写明整改完成时间") && question.contains("整改情况总体说明"), "\(question)")
        terminal.type(Key.clearLine + "全部问题已于 2017-12-25 整改完成。" + Key.enter)
        try terminal.answer("")
        let session = try terminal.finish()
        #expect(session.status == 0, "\(session.stdout)")
        #expect(terminal.screen.lines.filter { $0.hasPrefix("? ") }.count == 2, "\(session.stdout)")

        let report = try ReportJSON(workspace, "jiangsu.json")
        #expect(report.string("platforms[1].name") == "南京市政务服务网（全称）")
        #expect(report.string("summary") == "全部问题已于 2017-12-25 整改完成。")
    }

    @Test func withoutAServerFillErrorsSaysSoAndAsksOnlyTheFindings() throws {
        let workspace = try Workspace()
        try workspace.copyExample("report-valid.json", as: "r.json")
        var report = try ReportJSON(workspace, "r.json")
        report.set("summary", "")
        try report.write(workspace, "r.json")
        let terminal = try PseudoTerminal(try Binaries.zicha(), ["fill", "r.json", "--errors"], in: workspace.url)
        let question = try terminal.waitForPrompt()
        #expect(question.contains("未指定服务器和密钥") && question.contains("整改情况总体说明"), "\(question)")
        terminal.type(Key.endOfInput)
        #expect(try terminal.finish().status == 0)
    }
}
