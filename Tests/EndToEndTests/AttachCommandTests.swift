import Foundation
import Shared
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `zicha attach`, then `validate`, `submit` (attachments first) and `verify`, with the real
/// client against the real server; a reviewer downloads the files byte-identical.
@Suite("zicha attach", .serialized)
struct AttachCommandTests {
    @Test func attachValidateSubmitVerifyDownload() throws {
        let workspace = try Workspace()
        let server = TestServer(workspace: workspace)
        try server.start()
        let clerk = Clerk(workspace: workspace, server: server.url, key: try server.issueKey(filer: "320000"))
        try workspace.copyExample("report-valid.json", as: "jiangsu.json")
        let png = EvidenceFiles.png()
        let pdf = EvidenceFiles.pdf()
        try workspace.write(png, "搜索截图.png")
        try workspace.write(pdf, "整改通知.pdf")
        try workspace.write(EvidenceFiles.executable(), "tool.png")

        var result = try clerk.run(
            "attach", "jiangsu.json", "--platform", "js-province", "--indicator", "search", "--caption", "搜索结果页", "搜索截图.png")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run(
            "attach", "jiangsu.json", "--platform", "js-province", "--indicator", "search", "--rectification", "整改通知.pdf")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run(
            "attach", "jiangsu.json", "--platform", "nanjing", "--item", "320100-XK-007", "--indicator", "accuracy", "整改通知.pdf")
        #expect(result.status == 0, "\(result.output)")
        // An executable renamed .png is refused by its bytes; a platform indicator takes no --item.
        result = try clerk.run("attach", "jiangsu.json", "--platform", "js-province", "--indicator", "search", "tool.png")
        #expect(result.status == 1 && result.stderr.contains("PNG"), "\(result.output)")
        result = try clerk.run(
            "attach", "jiangsu.json", "--platform", "js-province", "--item", "x", "--indicator", "search", "搜索截图.png")
        #expect(result.status == 2, "\(result.output)")
        #expect(workspace.exists("jiangsu.attachments/搜索截图.png") && workspace.exists("jiangsu.attachments/整改通知.pdf"))

        let report = try ReportDecoder.decode(try workspace.read("jiangsu.json"))
        let search = try #require(report.platforms[0].checks.search?.assessment)
        #expect(search.attachments?.map(\.name) == ["搜索截图.png"])
        #expect(search.attachments?.first?.caption == "搜索结果页")
        #expect(search.rectification?.attachments?.map(\.mediaType) == ["application/pdf"])
        #expect(report.distinctAttachments.count == 2)

        result = try clerk.run("validate", "jiangsu.json")
        #expect(result.status == 0, "\(result.output)")
        result = try clerk.run("submit", "jiangsu.json")
        #expect(result.status == 0 && result.stdout.contains("第 1 版"), "\(result.output)")
        #expect(result.stdout.components(separatedBy: "已上传佐证材料").count == 3, "two files sent: \(result.output)")
        result = try clerk.run("verify", "jiangsu.json")
        #expect(result.status == 0, "\(result.output)")

        // A second version: the files the server has are not sent again.
        try edit(workspace, "jiangsu.json", "\"搜索结果页\"", "\"搜索结果页（12月）\"")
        result = try clerk.run("submit", "jiangsu.json")
        #expect(result.status == 0 && result.stdout.contains("第 2 版") && !result.stdout.contains("已上传佐证材料"), "\(result.output)")

        // A file changed after signing: validate and verify name it.
        try workspace.write(EvidenceFiles.png(rgb: (0, 0, 0)), "jiangsu.attachments/搜索截图.png")
        result = try clerk.run("validate", "jiangsu.json")
        #expect(result.status == 1 && result.output.contains("attachment.fileMismatch"), "\(result.output)")
        result = try clerk.run("verify", "jiangsu.json")
        #expect(result.status == 1 && result.output.contains("搜索截图.png"), "\(result.output)")

        let reviewer = try Reviewer(server: server)
        for file in [png, pdf] {
            let path = APIPath.attachment(round: "2017", filer: "320000", sha256: EvidenceFiles.sha256(file))
            #expect(try reviewer.get(path) == file)
        }

        // The administrator's commands: a backup holds the files; a file edited on disk is named by audit verify.
        result = try server.admin(["backup", workspace.path("backup.sqlite")])
        #expect(result.stdout.contains("2 个佐证材料文件"), "\(result.output)")
        let stored =
            server.database + ".attachments/" + String(EvidenceFiles.sha256(png).prefix(2)) + "/" + EvidenceFiles.sha256(png)
        try EvidenceFiles.png(rgb: (9, 9, 9)).write(to: URL(fileURLWithPath: stored))
        let audit = try CommandRunner.run(try Binaries.server(), ["audit", "verify", "--db", server.database], in: workspace.url)
        #expect(audit.status == 2 && audit.output.contains("attachments/\(EvidenceFiles.sha256(png))"), "\(audit.output)")
    }

    private func edit(_ workspace: Workspace, _ name: String, _ old: String, _ new: String) throws {
        let text = String(decoding: try workspace.read(name), as: UTF8.self)
        #expect(text.contains(old))
        try workspace.write(Data(text.replacingOccurrences(of: old, with: new).utf8), name)
    }
}

extension Reviewer {
    /// The body of a GET of `path` with the reviewer's token; throws unless 200.
    func get(_ path: String) throws -> Data {
        let (status, body) = try send("GET", path)
        guard status == 200 else { throw HarnessError("GET \(path) answered \(status)") }
        return body
    }
}
