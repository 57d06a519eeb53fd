import Foundation
import Shared
import TestSupport
import Testing
import Workbook

/// A report → workbook → report gives the same canonical bytes: for the example, through the
/// real `zicha`, and in process for reports that use every corner of the form.
@Suite("Workbook round trip")
struct RoundTripTests {
    @Test("Examples/report-valid.json → zicha export → zicha import is byte-identical")
    func exampleThroughTheBinary() throws {
        let workspace = try Workspace(prefix: "zicha-workbook")
        _ = try workspace.exportedExample("report.xlsx")
        let result = try workspace.zicha("import", "report.xlsx", "--output", "back.json")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("2 个平台、6 个服务事项"), "\(result.output)")
        #expect(try workspace.read("back.json") == (try Binaries.example("report-valid.json")))
    }

    @Test("Examples/report-valid.xlsx imports to Examples/report-valid.json")
    func exampleWorkbookIsCurrent() throws {
        let imported = try Workbook.import(try Binaries.example("report-valid.xlsx"))
        #expect(ReportDecoder.encode(imported.report) == (try Binaries.example("report-valid.json")))
    }

    @Test("every corner of the form survives: absent and empty lists, unassessed checks, odd texts")
    func cornersOfTheForm() throws {
        let report = Self.corners()
        let imported = try Workbook.import(try Workbook.export(report))
        #expect(
            String(decoding: ReportDecoder.encode(imported.report), as: UTF8.self)
                == String(decoding: ReportDecoder.encode(report), as: UTF8.self))
    }

    @Test("a report without platforms round-trips too")
    func emptyReport() throws {
        var empty = TestReports.valid(filer: "110000")
        empty.platforms = []
        #expect(ReportDecoder.encode(try Workbook.import(try Workbook.export(empty)).report) == ReportDecoder.encode(empty))
    }

    @Test("the same report always gives the same bytes")
    func deterministic() throws {
        let report = TestReports.jiangsu()
        #expect(try Workbook.export(report) == (try Workbook.export(report)))
    }

    /// A report touching every optional field both ways, every enumerated value, texts that
    /// spreadsheets treat specially, and two items of one platform sharing a name.
    static func corners() -> SelfInspectionReport {
        var report = TestReports.jiangsu()
        report.summary = "第一段\n第二段 _x0041_ 与控制字符\u{1}，前后空格 "
        report.unifiedPlatform = false
        var first = report.platforms[0]
        first.checks.search?.assessment = Assessment(
            result: .fail, problems: ["搜索“教师资格认定”无结果", "搜索“排污许可”结果排序混乱"],
            rectification: Rectification(
                measures: "重建索引", status: .inProgress, completedOn: nil, dueOn: "2018-01-31", responsible: "省政务办"))
        first.checks.classification?.evidence.mismatches = ["“公积金提取”放在“出入境”主题下", "“社保”放错部门"]
        first.checks.consultation?.evidence.tests?.append(
            ConsultationTest(question: "尚未答复的问题？", submittedOn: "2017-12-18", answeredOn: nil))
        var twin = first.serviceItems[0]
        twin.code = "00123"
        twin.guide.steps = []
        twin.guide.materials = nil
        twin.guide.forms = []
        twin.checks.formDownload = Check(Assessment(result: .notApplicable, notes: "指南未要求表格"))
        twin.checks.formSample = Check(Assessment(result: .notApplicable, problems: [], notes: "  "))
        twin.checks.processClarity = nil
        twin.checks.accuracy = Check(
            Assessment(
                result: .fail, problems: ["时限与线下不一致"], rectification: Rectification(measures: "更正", status: nil, responsible: nil)
            ),
            AccuracyEvidence(offlineVerified: nil, discrepancies: ["线下 20 个工作日"]))
        var untitled = first.serviceItems[0]
        untitled.code = "XK-2"
        untitled.guide = Guide(
            steps: [Step(name: "申请", description: nil)],
            materials: [
                Material(name: "申请书", copyType: .copy, medium: .electronic, copies: nil),
                Material(name: "身份证", copyType: nil, medium: .paperOrElectronic, copies: 12, notes: "复印件加盖公章"),
            ],
            forms: [
                FormAttachment(name: "申请表", downloadUrl: nil, instructionsUrl: nil, sampleUrl: "http://x.example.gov.cn/s.pdf")
            ])
        untitled.checks = ServiceItemChecks()
        first.serviceItems += [twin, untitled]
        var second = Platform(
            id: "city-1", name: "南京市政务服务网", url: "http://www.njzwfw.gov.cn", portalUrl: nil, level: .city,
            checks: PlatformChecks(
                columns: Check(Assessment(result: .pass), ColumnsEvidence(columns: [])),
                search: Check(Assessment(result: .pass), SearchEvidence(tests: nil)),
                classification: Check(Assessment(result: .pass), ClassificationEvidence(mismatches: nil)),
                registration: Check(
                    Assessment(result: .fail, problems: ["法人注册失败"]),
                    RegistrationEvidence(tests: [RegistrationTest(on: "2017-11-03", account: .enterprise, succeeded: false)])),
                consultation: Check(Assessment(result: .pass), ConsultationEvidence(channelWorks: false, tests: []))),
            serviceItems: [])
        second.checks.columns?.evidence.columns = [
            Column(name: "部门服务", dimension: .department, itemCount: 0),
            Column(name: "其他", dimension: .other, itemCount: 9_007_199),
            Column(name: "主题", dimension: .theme, itemCount: 3),
        ]
        report.platforms = [first, second]
        return report
    }
}
