import Foundation
import Shared

/// A small report that validates without issues, for tests to break one rule at a time.
enum Fixtures {
    static func passingPlatformChecks() -> PlatformChecks {
        PlatformChecks(
            unifiedEntry: Check(Assessment(result: .pass), UnifiedEntryEvidence(integratedWithPortal: true)),
            columns: Check(
                Assessment(result: .pass),
                ColumnsEvidence(columns: [
                    Column(name: "个人服务", dimension: .user, itemCount: 120),
                    Column(name: "法人服务", dimension: .user, itemCount: 80),
                ])),
            search: Check(
                Assessment(result: .pass),
                SearchEvidence(tests: [
                    SearchTest(query: "教师资格认定", expectedItem: "教师资格认定", found: true),
                    SearchTest(query: "企业设立登记", expectedItem: "企业设立登记", found: true),
                    SearchTest(query: "排污许可证", expectedItem: "排污许可证核发", found: true),
                ])),
            classification: Check(Assessment(result: .pass), ClassificationEvidence(mismatches: [])),
            registration: Check(
                Assessment(result: .pass),
                RegistrationEvidence(tests: [RegistrationTest(on: "2017-11-02", account: .person, succeeded: true)])),
            consultation: Check(
                Assessment(result: .pass),
                ConsultationEvidence(
                    channelWorks: true,
                    tests: [ConsultationTest(question: "如何办理？", submittedOn: "2017-12-11", answeredOn: "2017-12-13")])))
    }

    static func passingGuide() -> Guide {
        Guide(
            basis: "《教师资格条例》第十二条", conditions: "具备相应学历", timeLimit: "30个工作日", fee: "不收费",
            agency: "江苏省教育厅", contact: "025-83335520",
            steps: [
                Step(name: "申请", description: "申请人在中国教师资格网填报申请信息"),
                Step(name: "受理", description: "确认点核验材料原件，齐全的当场受理"),
            ],
            materials: [
                Material(name: "居民身份证", copyType: .originalAndCopy, medium: .paper, copies: 1),
                Material(name: "教师资格认定申请表", copyType: .original, medium: .paper, copies: 2),
            ],
            forms: [
                FormAttachment(
                    name: "教师资格认定申请表", downloadUrl: "http://www.jszwfw.gov.cn/sqb.doc",
                    instructionsUrl: "http://www.jszwfw.gov.cn/sqb-txsm.html", sampleUrl: nil)
            ])
    }

    static func passingItemChecks() -> ServiceItemChecks {
        ServiceItemChecks(
            completeness: Check(Assessment(result: .pass)),
            accuracy: Check(Assessment(result: .pass), AccuracyEvidence(offlineVerified: true, discrepancies: [])),
            processClarity: Check(Assessment(result: .pass)), materialFormat: Check(Assessment(result: .pass)),
            materialWording: Check(Assessment(result: .pass)), formDownload: Check(Assessment(result: .pass)),
            formSample: Check(Assessment(result: .pass)))
    }

    static func report() -> SelfInspectionReport {
        SelfInspectionReport(
            round: "2017", filer: FilerReference(code: "320000", name: "江苏省"), preparedOn: "2017-12-20",
            preparedBy: PreparedBy(unit: "江苏省政府办公厅", contact: "王敏", phone: "025-83392000", email: "zwgk@jiangsu.gov.cn"),
            unifiedPlatform: true,
            platforms: [
                Platform(
                    id: "js", name: "江苏政务服务网", url: "http://www.jszwfw.gov.cn", portalUrl: "http://www.jiangsu.gov.cn",
                    level: .province, regionCode: "320000", siteCode: "3200000001", checks: passingPlatformChecks(),
                    serviceItems: [
                        ServiceItem(name: "教师资格认定", department: "江苏省教育厅", guide: passingGuide(), checks: passingItemChecks())
                    ])
            ],
            summary: "已完成全部整改。")
    }

    /// A failed assessment with a complete, completed rectification.
    static func failedCompleted(on day: FormDate = "2017-11-20") -> Assessment {
        Assessment(
            result: .fail, problems: ["发现的问题"],
            rectification: Rectification(measures: "整改措施", status: .completed, completedOn: day, responsible: "省政务办"))
    }

    static let context = ValidationContext(roundID: "2017", deadline: Day("2017-12-31"))

    static func issues(_ report: SelfInspectionReport, context: ValidationContext = Fixtures.context) -> [ValidationIssue] {
        validate(report, context: context)
    }

    /// The repository's `Examples` directory.
    static let examplesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    static func example(_ name: String) throws -> Data {
        try Data(contentsOf: examplesDirectory.appendingPathComponent(name))
    }
}

extension [ValidationIssue] {
    func with(_ code: String) -> [ValidationIssue] { filter { $0.code == code } }
    var errors: [ValidationIssue] { filter { $0.severity == .error } }
    var warnings: [ValidationIssue] { filter { $0.severity == .warning } }
    func has(_ severity: Severity, _ code: String, at path: String) -> Bool {
        contains { $0.severity == severity && $0.code == code && $0.path == path }
    }
}
