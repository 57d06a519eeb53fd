import Foundation
import Shared
import TestSupport
import Testing
import Workbook

/// The 佐证材料 columns of 平台检查 and 事项检查: a clerk names files in the folder beside the
/// workbook (in openpyxl here, as in Excel), the real `zicha` reads, hashes and types each one,
/// and export writes the names and captions back so that export → import gives the same bytes.
@Suite("Workbook attachments")
struct WorkbookAttachmentTests {
    static let png = EvidenceFiles.png()
    static let pdf = EvidenceFiles.pdf()

    /// The blank workbook of `zicha init`, filled as `FillInAnotherProgramTests` fills it, with the
    /// search indicator failed and rectified, a PNG on the finding and a PDF on the rectification.
    static func filled(_ workspace: Workspace, finding: String, rectification: String = "整改通知.pdf") throws {
        let result = try workspace.zicha("init", "--filer", "320000", "--round", "2017", "--items", "2", "--output", "blank.xlsx")
        guard result.status == 0 else { throw HarnessError("zicha init failed: \(result.output)") }
        let search = """
            row = 4
            checks = ws('平台检查')
            assert checks['B4'].value == '站内搜索'
            for title, value in [('自查结果', '不通过'), ('发现的问题', '搜索“教师资格认定”无结果'), ('整改措施', '重建站内搜索索引'),
                                 ('整改状态', '已完成'), ('整改完成日期', datetime.date(2017, 11, 20)), ('责任单位', '江苏省政务服务管理办公室'),
                                 ('佐证材料', \(python(finding))), ('整改佐证材料', \(python(rectification)))]:
                cell(checks, title, row).value = value
            """
        try Openpyxl.edit(
            workspace.file("blank.xlsx"), saveAs: workspace.file("filled.xlsx"), FillInAnotherProgramTests.fill + "\n" + search)
        try FileManager.default.createDirectory(at: workspace.file("filled.attachments"), withIntermediateDirectories: true)
        try workspace.write(png, "filled.attachments/搜索截图.png")
        try workspace.write(pdf, "filled.attachments/整改通知.pdf")
    }

    /// `text` as a Python string literal.
    static func python(_ text: String) -> String {
        "'"
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
            .replacingOccurrences(of: "\n", with: "\\n") + "'"
    }

    @Test("a workbook naming a PNG and a PDF imports to their hashes; export → import is byte-identical")
    func importsAndRoundTrips() throws {
        let workspace = try Workspace(prefix: "zicha-workbook")
        try Self.filled(workspace, finding: "搜索截图.png | 2017-11-02 搜索结果\n| 第二行说明\n\n核对.png")
        let other = EvidenceFiles.png(rgb: (1, 2, 3))
        try workspace.write(other, "filled.attachments/核对.png")
        var result = try workspace.zicha("validate", "filled.xlsx")
        #expect(result.status == 0, "\(result.output)")
        let report = try ReportDecoder.decode(try workspace.read("filled.json"))
        let search = try #require(report.platforms[0].checks.search?.assessment)
        #expect(
            search.attachments == [
                Attachment(
                    sha256: EvidenceFiles.sha256(Self.png), name: "搜索截图.png", mediaType: "image/png", bytes: Self.png.count,
                    caption: "2017-11-02 搜索结果\n第二行说明"),
                Attachment(sha256: EvidenceFiles.sha256(other), name: "核对.png", mediaType: "image/png", bytes: other.count),
            ])
        #expect(
            search.rectification?.attachments == [
                Attachment(
                    sha256: EvidenceFiles.sha256(Self.pdf), name: "整改通知.pdf", mediaType: "application/pdf", bytes: Self.pdf.count)
            ])
        // Exported under another name, the files come along; imported again, the same bytes.
        result = try workspace.zicha("export", "filled.json", "--output", "again.xlsx")
        #expect(result.status == 0, "\(result.output)")
        #expect(try workspace.read("again.attachments/整改通知.pdf") == Self.pdf)
        result = try workspace.zicha("import", "again.xlsx", "--output", "elsewhere.json")
        #expect(result.status == 0, "\(result.output)")
        #expect(try workspace.read("elsewhere.json") == (try workspace.read("filled.json")))
        #expect(try workspace.read("elsewhere.attachments/搜索截图.png") == Self.png, "the JSON's own folder has its files")
        result = try workspace.zicha("validate", "elsewhere.json")
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(
        "a missing file, a renamed executable, an oversized file and a stray caption line are refused naming the cell; nothing written",
        arguments: [
            ("缺失.png", "平台检查!K4：找不到佐证材料文件", "is missing"),
            ("程序.png", "平台检查!K4：文件", "is not PNG, JPEG or PDF by its content"),
            ("太大.pdf", "超过每个佐证材料 10485760 字节的上限", "over the limit of 10485760 bytes"),
            ("| 只有说明", "平台检查!K4：以“|”开头的说明行之前没有文件名", "comes before any file name"),
            ("../整改通知.pdf", "平台检查!K4：“../整改通知.pdf”不是文件夹", "is not a file name in the folder"),
        ])
    func refused(_ refusal: (String, String, String)) throws {
        let (cell, zh, en) = refusal
        let workspace = try Workspace(prefix: "zicha-workbook")
        try Self.filled(workspace, finding: cell)
        try workspace.write(EvidenceFiles.executable(), "filled.attachments/程序.png")
        let big = FileHandle(forWritingAtPath: try Self.create(workspace, "filled.attachments/太大.pdf"))!
        try big.write(contentsOf: Self.pdf)
        try big.truncate(atOffset: UInt64(AttachmentLimits.defaultMaxBytes + 1))
        try big.close()
        for command in ["import", "validate"] {
            let result = try workspace.zicha(command, "filled.xlsx")
            #expect(result.status == 1, "\(command): \(result.output)")
            #expect(result.stderr.contains(zh) && result.stderr.contains(en), "\(command): \(result.stderr)")
        }
        #expect(!workspace.exists("filled.json"), "nothing may be written")
    }

    static func create(_ workspace: Workspace, _ name: String) throws -> String {
        try workspace.write(Data(), name)
        return workspace.path(name)
    }

    @Test("a workbook made before the attachment columns still imports, to the same report")
    func olderWorkbook() throws {
        let workspace = try Workspace(prefix: "zicha-workbook")
        let workbook = try workspace.exportedExample("old.xlsx")
        try Openpyxl.edit(
            workbook, saveAs: workbook, "for name in ['平台检查', '事项检查']:\n    s = ws(name)\n    s.delete_cols(s.max_column - 1, 2)")
        let imported = try Workbook.import(try workspace.read("old.xlsx"))
        #expect(ReportDecoder.encode(imported.report) == (try Binaries.example("report-valid.json")))
    }

    @Test("captions of several lines, blank lines, leading spaces and bars survive export → import")
    func captionsRoundTrip() throws {
        let workspace = try Workspace(prefix: "zicha-workbook")
        try FileManager.default.createDirectory(at: workspace.file("r.attachments"), withIntermediateDirectories: true)
        let captions: [String?] = [nil, "一行", "第一行\n\n第三行\n", " 前有空格", "含 | 竖线", "|以竖线开头", ""]
        var files: [Shared.Attachment] = []
        for (n, caption) in captions.enumerated() {
            let data = EvidenceFiles.png(rgb: (UInt8(n), 0, 0))
            try workspace.write(data, "r.attachments/图\(n).png")
            files.append(
                Attachment(
                    sha256: EvidenceFiles.sha256(data), name: "图\(n).png", mediaType: "image/png", bytes: data.count,
                    caption: caption))
        }
        var report = TestReports.jiangsu()
        report.platforms[0].checks.search?.assessment.attachments = Array(files.prefix(4))
        report.platforms[0].serviceItems[0].checks.accuracy?.assessment.attachments = Array(files.suffix(3))
        let imported = try Workbook.import(try Workbook.export(report), attachments: workspace.path("r.attachments"))
        #expect(
            String(decoding: ReportDecoder.encode(imported.report), as: UTF8.self)
                == String(decoding: ReportDecoder.encode(report), as: UTF8.self))
        #expect(imported.cells.cell(for: "platforms[0].checks.search.attachments[2]")?.description == "平台检查!K4")
    }

    @Test("a cell naming a file is refused where no folder can be read, naming the cell")
    func noFolder() throws {
        var report = TestReports.jiangsu()
        report.platforms[0].checks.search?.assessment.attachments = [
            Attachment(sha256: EvidenceFiles.sha256(Self.png), name: "a.png", mediaType: "image/png", bytes: Self.png.count)
        ]
        #expect(throws: WorkbookImportError.self) { try Workbook.import(try Workbook.export(report)) }
    }
}
