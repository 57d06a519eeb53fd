import Foundation
import Testing

/// Which questions `zicha fill` asks and what it offers: only the findings (`--errors`), one
/// item (`--platform --item`), adding and removing platforms and items, a result defaulting to
/// what the evidence says, texts of several lines.
@Suite("Fill's walk through the form", .serialized)
struct FillWalkTests {
    typealias Key = PseudoTerminal

    @Test func errorsAsksOnlyTheQuestionsBehindFindings() throws {
        let workspace = try Workspace()
        var report = try validReport(workspace)
        report.set("preparedBy.email", "zhangsan.js.gov.cn")
        report.set("platforms[1].name", " ")
        report.set("summary", "")
        try report.write(workspace, "r.json")

        let terminal = try PseudoTerminal(try Binaries.zicha(), ["fill", "r.json", "--errors"], in: workspace.url)
        var question = try terminal.waitForPrompt()
        #expect(question.contains("电子邮箱") && question.contains("待改 3 题"), "\(question)")
        terminal.type(Key.clearLine + "zhangsan@js.gov.cn" + Key.enter)
        question = try terminal.waitForPrompt()
        #expect(question.contains("平台名称") && question.contains("平台 2/2"), "\(question)")
        terminal.type(Key.clearLine + "南京市政务服务网" + Key.enter)
        // The summary takes several lines, ended by an empty one.
        question = try terminal.waitForPrompt()
        #expect(question.contains("整改情况总体说明") && question.contains("空行结束"), "\(question)")
        terminal.type("全省完成自查。" + Key.enter)
        try terminal.answer(["栏目空白已全部补齐。", ""])
        let session = try terminal.finish()
        #expect(session.status == 0 && session.stdout.contains("zicha submit"), "\(session.stdout)")
        let questions = terminal.screen.lines.filter { $0.hasPrefix("? ") }
        #expect(questions.count == 3, "three questions, no more: \(questions)")

        report = try ReportJSON(workspace, "r.json")
        #expect(report.string("preparedBy.email") == "zhangsan@js.gov.cn")
        #expect(report.string("platforms[1].name") == "南京市政务服务网")
        #expect(report.string("summary") == "全省完成自查。\n栏目空白已全部补齐。")
        #expect(!workspace.exists("r.json.fill-progress"), "a fix-up run leaves no progress file behind")
    }

    @Test func platformAndItemJumpToOneItem() throws {
        let workspace = try Workspace()
        try validReport(workspace).write(workspace, "r.json")
        let zicha = try Binaries.zicha()

        var terminal = try PseudoTerminal(zicha, ["fill", "r.json", "--platform", "9"], in: workspace.url)
        var session = try terminal.finish()
        #expect(session.status == 2 && session.stdout.contains("没有第 9 个平台"), "\(session.stdout)")

        terminal = try PseudoTerminal(zicha, ["fill", "r.json", "--platform", "2", "--item", "3"], in: workspace.url)
        let question = try terminal.waitForPrompt()
        #expect(question.contains("事项名称") && question.contains("平台 2/2 · 事项 3/3"), "\(question)")
        terminal.type(Key.endOfInput)
        session = try terminal.finish()
        #expect(session.status == 0, "\(session.stdout)")
        #expect(session.stdout.contains("zicha fill r.json --platform 2 --item 3"), "how to resume: \(session.stdout)")
    }

    @Test func addAndRemoveItemsAndPlatformsFromInsideFill() throws {
        let workspace = try Workspace()
        try validReport(workspace).write(workspace, "r.json")
        let terminal = try PseudoTerminal(
            try Binaries.zicha(), ["fill", "r.json", "--platform", "1", "--item", "1"], in: workspace.url)
        try terminal.waitForPrompt()
        terminal.type(":add-item" + Key.enter)
        var question = try terminal.waitForPrompt()
        #expect(question.contains("已添加平台 1 的服务事项 4") && question.contains("事项 4/4"), "\(question)")
        #expect(try ReportJSON(workspace, "r.json").count("platforms[0].serviceItems") == 4, "saved at once")
        terminal.type("临时事项" + Key.enter)

        try terminal.waitForPrompt()
        terminal.type(":remove-item 4" + Key.enter)
        question = try terminal.waitForPrompt()
        #expect(question.contains("确认删除平台 1 的服务事项 4“临时事项”"), "\(question)")
        terminal.type("n" + Key.enter)
        try terminal.wait(for: "未删除")
        try terminal.waitForPrompt()
        terminal.type(":remove-item 4" + Key.enter)
        try terminal.answer("y")
        question = try terminal.waitForPrompt()
        #expect(question.contains("已删除") && question.contains("事项 1/3"), "back to where it was: \(question)")
        var report = try ReportJSON(workspace, "r.json")
        #expect(report.count("platforms[0].serviceItems") == 3)
        #expect(!String(decoding: try workspace.read("r.json"), as: UTF8.self).contains("临时事项"))

        terminal.type(":add-platform" + Key.enter)
        question = try terminal.waitForPrompt()
        #expect(question.contains("平台名称") && question.contains("平台 3/3"), "\(question)")
        #expect(try ReportJSON(workspace, "r.json").count("platforms") == 3)
        terminal.type(":remove-platform 3" + Key.enter)
        try terminal.answer("y")
        try terminal.waitForPrompt()
        terminal.type(Key.endOfInput)
        let session = try terminal.finish()
        #expect(session.status == 0, "\(session.stdout)")
        report = try ReportJSON(workspace, "r.json")
        #expect(report.count("platforms") == 2 && report.string("platforms[1].id") == "nanjing")
    }

    @Test func aFailedSearchMakesFailTheDefaultResult() throws {
        let workspace = try Workspace()
        try validReport(workspace).write(workspace, "r.json")
        let terminal = try PseudoTerminal(try Binaries.zicha(), ["fill", "r.json", "--platform", "2"], in: workspace.url)
        try terminal.advance(to: "站内搜索测试")
        terminal.type("教师资格 | 教师资格认定 | y\r")
        try terminal.answer(["企业登记 | 企业设立登记 | n", "排污 | 排污许可证核发 | y", ""])
        let question = try terminal.waitForPrompt()
        #expect(question.contains("自查结果") && question.contains("回车 Enter = 2 不通过 fail"), "\(question)")
        #expect(question.contains("未找到已有事项"), "the reason is the failed search: \(question)")
        terminal.type(Key.enter)
        #expect(try terminal.waitForPrompt().contains("发现的问题"), "a failed result asks for the problems")
        terminal.type(Key.endOfInput)
        _ = try terminal.finish()
        #expect(try ReportJSON(workspace, "r.json").string("platforms[1].checks.search.result") == "fail")
    }

    private func validReport(_ workspace: Workspace) throws -> ReportJSON {
        try workspace.copyExample("report-valid.json", as: "valid.json")
        return try ReportJSON(workspace, "valid.json")
    }
}
