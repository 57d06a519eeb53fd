import Foundation
import Shared

/// Small reports built in Swift, so the server tests do not depend on example files.
enum TestReports {
    /// A report with no validation issue at all.
    static func valid(filer: String, name: String = "测试单位", round: String = "2017", summary: String = "已完成自查整改") -> SelfInspectionReport {
        SelfInspectionReport(
            round: round, filer: FilerReference(code: filer, name: name), preparedOn: "2017-12-20",
            preparedBy: PreparedBy(unit: "\(name)人民政府办公厅", contact: "王敏", phone: "010-12345678", email: "zwgk@example.gov.cn"),
            unifiedPlatform: true, platforms: [platform(filer: filer)], summary: summary)
    }

    /// A valid report with one warning (a rectification on a passed indicator).
    static func withWarning(filer: String) -> SelfInspectionReport {
        var report = valid(filer: filer)
        report.platforms[0].checks.unifiedEntry?.assessment.rectification = Rectification(
            measures: "优化入口", status: .completed, completedOn: "2017-12-01", responsible: "办公厅")
        return report
    }

    /// A report with an error: search declared `pass` while a test found nothing.
    static func withError(filer: String) -> SelfInspectionReport {
        var report = valid(filer: filer)
        report.platforms[0].checks.search?.evidence.tests?[0].found = false
        return report
    }

    /// The exact bytes a client would upload.
    static func bytes(_ report: SelfInspectionReport) -> Data {
        (try? ReportCoding.encode(report)) ?? Data()
    }

    private static let pass = Assessment(result: .pass)

    private static func platform(filer: String) -> Platform {
        Platform(
            id: "p1", name: "政务服务网", url: "https://zwfw.example.gov.cn", portalUrl: "https://www.example.gov.cn",
            level: filer.hasPrefix("bm") ? .department : .province, regionCode: filer.hasPrefix("bm") ? nil : filer,
            checks: PlatformChecks(
                unifiedEntry: Check(pass, UnifiedEntryEvidence(integratedWithPortal: true)),
                columns: Check(pass, ColumnsEvidence(columns: [Column(name: "个人服务", dimension: .user, itemCount: 120)])),
                search: Check(
                    pass,
                    SearchEvidence(tests: [
                        SearchTest(query: "教师资格认定", expectedItem: "教师资格认定", found: true),
                        SearchTest(query: "企业设立登记", expectedItem: "企业设立登记", found: true),
                        SearchTest(query: "排污许可证", expectedItem: "排污许可证核发", found: true),
                    ])),
                classification: Check(pass, ClassificationEvidence(mismatches: [])),
                registration: Check(pass, RegistrationEvidence(tests: [RegistrationTest(on: "2017-11-02", account: .person, succeeded: true)])),
                consultation: Check(
                    pass,
                    ConsultationEvidence(
                        channelWorks: true,
                        tests: [ConsultationTest(question: "能否网上办理？", submittedOn: "2017-12-11", answeredOn: "2017-12-13")]))),
            serviceItems: [serviceItem()])
    }

    private static func serviceItem() -> ServiceItem {
        ServiceItem(
            name: "企业设立登记", department: "市场监督管理局",
            guide: Guide(
                basis: "《中华人民共和国公司法》", conditions: "有公司名称和住所", timeLimit: "3个工作日", fee: "不收费",
                agency: "市场监督管理局", contact: "010-12345678",
                steps: [
                    Step(name: "申请", description: "申请人在线填报登记信息并上传材料"),
                    Step(name: "受理", description: "登记机关当场审查材料是否齐全"),
                ],
                materials: [Material(name: "公司登记申请书", copyType: .original, medium: .paper, copies: 1)],
                forms: [
                    FormAttachment(
                        name: "公司登记申请书", downloadUrl: "https://zwfw.example.gov.cn/f.doc",
                        instructionsUrl: "https://zwfw.example.gov.cn/i.pdf", sampleUrl: "https://zwfw.example.gov.cn/s.pdf")
                ]),
            checks: ServiceItemChecks(
                completeness: Check(pass), accuracy: Check(pass, AccuracyEvidence(offlineVerified: true, discrepancies: [])),
                processClarity: Check(pass), materialFormat: Check(pass), materialWording: Check(pass),
                formDownload: Check(pass), formSample: Check(pass)))
    }
}
