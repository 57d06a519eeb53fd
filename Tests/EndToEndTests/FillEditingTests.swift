import Foundation
import Testing

/// `zicha fill` edits answers like a real terminal (libedit through a pseudo-terminal), and what
/// it stores is exactly what the screen shows, never a control character.
@Suite("Fill's line editing", .serialized)
struct FillEditingTests {
    typealias Key = PseudoTerminal

    @Test func arrowsBackspaceHomeEndAndAnInputMethodBurstStoreWhatTheScreenShows() throws {
        let workspace = try Workspace()
        try initTemplate(workspace)
        let terminal = try PseudoTerminal(try Binaries.zicha(), ["fill", "r.json"], in: workspace.url)

        // The office's name is on the line already: clear it, type, go back two characters, insert.
        try terminal.waitForPrompt()
        terminal.type(Key.clearLine + "江苏省政府" + Key.left + Key.left + "X" + Key.enter)
        try terminal.answer("2017-12-20")
        // Backspace over Chinese at the end, and in the middle of the line.
        try terminal.waitForPrompt()
        terminal.type("省政务办公室" + Key.backspace + Key.backspace + "厅" + Key.left + Key.left + Key.backspace + Key.enter)
        // An input method hands over a whole phrase, and the Enter, in one write.
        let burst = "江苏省政务服务管理办公室综合处张三丰"
        try terminal.waitForPrompt()
        terminal.type(burst + "\r")
        // Home and End.
        try terminal.waitForPrompt()
        terminal.type("3300000" + Key.home + "025-8" + Key.end + Key.enter)
        // A control character typed literally (Ctrl-V Esc) is taken out and the line shown again.
        try terminal.waitForPrompt()
        terminal.type("zhangsan" + Key.literalNext + "\u{1B}" + "@js.gov.cn" + Key.enter)
        try terminal.wait(for: "控制字符")
        try terminal.answer("")
        try terminal.waitForPrompt()
        terminal.type(Key.endOfInput)
        let session = try terminal.finish()
        #expect(session.status == 0, "\(session.stdout)")

        let report = try ReportJSON(workspace, "r.json")
        let expected = [
            ("filer.name", "江苏省X政府"), ("preparedBy.unit", "省政办厅"), ("preparedBy.contact", burst),
            ("preparedBy.phone", "025-83300000"), ("preparedBy.email", "zhangsan@js.gov.cn"),
        ]
        let lines = terminal.screen.lines
        for (path, value) in expected {
            #expect(report.string(path) == value, "\(path)")
            #expect(lines.contains("> " + value), "the screen shows \(value) as stored: \(lines.filter { $0.hasPrefix(">") })")
        }
        let bytes = try workspace.read("r.json")
        #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A }, "no control character in the file")
        #expect(!String(decoding: bytes, as: UTF8.self).contains("\\u00"), "no escaped control character either")
    }

    @Test func historyBringsBackAnEarlierAnswerForEditing() throws {
        let workspace = try Workspace()
        try initTemplate(workspace)
        let terminal = try PseudoTerminal(try Binaries.zicha(), ["fill", "r.json"], in: workspace.url)
        try terminal.answer(["", "2017-12-20", "省政务服务管理办公室"])
        // ↑ recalls the unit's answer; edit its end into the contact person.
        try terminal.waitForPrompt()
        terminal.type("\u{1B}[A" + Key.backspace + Key.backspace + Key.backspace + "张三" + Key.enter)
        try terminal.waitForPrompt()
        terminal.type(Key.endOfInput)
        _ = try terminal.finish()
        #expect(try ReportJSON(workspace, "r.json").string("preparedBy.contact") == "省政务服务管理张三")
    }

    @Test func chineseDateFormsAreStoredAsYearMonthDay() throws {
        let workspace = try Workspace()
        try initTemplate(workspace)
        let terminal = try PseudoTerminal(try Binaries.zicha(), ["fill", "r.json"], in: workspace.url)
        try terminal.answer("")
        try terminal.waitForPrompt()
        let forms = [
            ("2017/12/20", "2017-12-20"), ("2017年12月19日", "2017-12-19"), ("20171218", "2017-12-18"),
            ("2017-12-17", "2017-12-17"), ("２０１７年１２月１６日", "2017-12-16"), ("2017年1月5日", "2017-01-05"),
            ("2017.3.8", "2017-03-08"),
        ]
        for (typed, stored) in forms {
            terminal.type(Key.clearLine + typed + Key.enter)
            try terminal.waitForPrompt()  // the next question: the answer is saved by now
            #expect(try ReportJSON(workspace, "r.json").string("preparedOn") == stored, "\(typed)")
            // `:back` asks the date again, with the stored date on the line.
            terminal.type(":back" + Key.enter)
            try terminal.wait(for: "> " + stored)
        }
        terminal.type(Key.clearLine + "2017年2月30日" + Key.enter)
        try terminal.wait(for: "不是有效日期")
        try terminal.waitForPrompt()
        terminal.type(Key.endOfInput)
        let session = try terminal.finish()
        #expect(session.status == 0 && session.stdout.contains("已暂停"), "\(session.stdout)")
        #expect(try ReportJSON(workspace, "r.json").string("preparedOn") == "2017-03-08")
    }

    private func initTemplate(_ workspace: Workspace) throws {
        let result = try Clerk(workspace: workspace).run("init", "--filer", "320000", "--round", "2017", "--output", "r.json")
        try #require(result.status == 0, "\(result.output)")
    }
}
