import Foundation
import Testing

/// `status`, `versions` and `diff` are about the clerk's round, not the newest one, and `status`
/// leads with what to do. The server's clock starts on 2017-12-20 (`TestServer.clockStart`).
@Suite("Which round, and what to do", .serialized)
struct StatusRoundTests {
    @Test func anotherRoundDoesNotTakeOverAndStatusLeadsWithTheAction() throws {
        let workspace = try Workspace()
        let server = TestServer(workspace: workspace)
        // Created after 2017, as an administrator preparing ahead would: next year's round, and
        // a pilot whose deadline has already passed.
        try server.admin([
            "round", "create", "2018", "--deadline", "2018-12-31", "--title", "2018年自查", "--roster", "regions", "--allow-past",
        ])
        try server.admin([
            "round", "create", "pilot", "--deadline", "2017-12-10", "--title", "试点", "--roster", "regions", "--allow-past",
        ])
        try server.start()
        let clerk = Clerk(workspace: workspace, server: server.url, key: try server.issueKey(filer: "320000"))

        var result = try clerk.run("status")
        #expect(result.status == 0, "\(result.output)")
        var lines = result.stdout.components(separatedBy: "\n")
        #expect(lines[0].contains("尚未报送：距截止还有 11 天") && lines[0].contains("11 days left"), "\(result.output)")
        #expect(result.stdout.contains("轮次 2017：未关闭的轮次中截止日期（2017-12-31）最近"), "says which round: \(result.output)")
        #expect(
            result.stdout.contains("其他轮次 / Other rounds:") && result.stdout.contains("2018 2018年自查")
                && result.stdout.contains("pilot 试点") && result.stdout.contains("zicha status --round 2018"),
            "lists the others: \(result.output)")
        #expect(!lines[0].contains("逾期未报"), "\(result.output)")

        result = try clerk.run("status", "--round", "2018")
        #expect(result.stdout.hasPrefix("尚未报送：距截止还有 376 天"), "\(result.output)")
        result = try clerk.run("status", "--round", "pilot")
        #expect(result.stdout.hasPrefix("逾期未报：截止日期 2017-12-10 已过 10 天"), "\(result.output)")

        try workspace.copyExample("report-valid.json", as: "jiangsu.json")
        result = try clerk.run("submit", "jiangsu.json")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run("status", "jiangsu.json")
        #expect(result.stdout.hasPrefix("第 1 版已收到，等待审核，目前无需操作。"), "\(result.output)")
        #expect(result.stdout.contains("轮次 2017：报告文件 jiangsu.json 的轮次"), "\(result.output)")
        result = try clerk.run("versions")
        #expect(result.stdout.hasPrefix("轮次 2017：") && result.stdout.contains("v1 "), "\(result.output)")
        result = try clerk.run("status", "--round", "2018", "--file", "jiangsu.json")
        #expect(result.status == 2 && result.stderr.contains("不一致"), "\(result.output)")

        // Returned: the reviewer's comment and the due date come first.
        let reviewer = try Reviewer(server: server)
        try reviewer.returnFiling(filer: "320000", version: 1, comment: "请补充整改完成时间", dueOn: "2018-01-15")
        result = try clerk.run("status")
        #expect(result.status == 0, "\(result.output)")
        lines = result.stdout.components(separatedBy: "\n")
        // The return's notice, unread, leads; then what to do.
        #expect(lines[0] == "未读通知 1 条 / 1 unread notice(s):" && lines[1].contains("第 1 版报告已退回"), "\(result.output)")
        lines = Array(lines.dropFirst(4))
        #expect(lines[0].contains("第 1 版已被退回"), "\(result.output)")
        #expect(lines[1].contains("审核意见") && lines[1].contains("请补充整改完成时间"), "\(result.output)")
        #expect(lines[2].contains("整改期限 / Due: 2018-01-15（还有 26 天 / 26 days left）"), "\(result.output)")
        #expect(lines[3].contains("zicha submit"), "\(result.output)")

        // Scripts keep their JSON.
        result = try clerk.run("status", "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["round"] as? String == "2017", "\(result.output)")
    }

    @Test func aReturnedFilingComesBeforeANearerDeadline() throws {
        let workspace = try Workspace()
        let server = TestServer(workspace: workspace)
        try server.start()
        let clerk = Clerk(workspace: workspace, server: server.url, key: try server.issueKey(filer: "320000"))
        try workspace.copyExample("report-valid.json", as: "jiangsu.json")
        #expect(try clerk.run("submit", "jiangsu.json").status == 0)
        try Reviewer(server: server).returnFiling(filer: "320000", version: 1, comment: "请补充佐证", dueOn: "2017-12-28")
        // A round due sooner than 2017, created while the return waits.
        try server.admin(["round", "create", "quick", "--deadline", "2017-12-22", "--roster", "regions", "--allow-past"])

        #expect(try clerk.run("notices").status == 0)  // read: the action leads again
        let result = try clerk.run("status")
        #expect(result.stdout.hasPrefix("第 1 版已被退回"), "\(result.output)")
        #expect(result.stdout.contains("轮次 2017：有被退回待修改的报告"), "\(result.output)")
        #expect(result.stdout.contains("quick 填报轮次 quick"), "\(result.output)")
    }
}
