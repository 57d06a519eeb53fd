import Foundation
import Shared

/// Small reports built in Swift, so tests do not depend on example files. Every check passes,
/// with evidence to match, so that a test can break one rule at a time.
package enum TestReports {
    /// A report of `filer` with no validation issue at all: one platform (at department level for
    /// a `bm…` filer, else provincial) with one service item. `name` defaults to the built-in
    /// roster's name for the code (the validator requires it), else 测试单位.
    package static func valid(filer: String, name: String? = nil, round: String = "2017", summary: String = "已完成自查整改")
        -> SelfInspectionReport
    {
        let name = name ?? BuiltInFilers.filer(code: filer)?.name ?? "测试单位"
        return SelfInspectionReport(
            round: round, filer: FilerReference(code: filer, name: name), preparedOn: "2017-12-20",
            preparedBy: PreparedBy(unit: "\(name)人民政府办公厅", contact: "王敏", phone: "010-12345678", email: "zwgk@example.gov.cn"),
            unifiedPlatform: true, platforms: [platform(filer: filer)], summary: summary)
    }

    /// A valid report with one warning (a rectification on a passed indicator).
    package static func withWarning(filer: String) -> SelfInspectionReport {
        var report = valid(filer: filer)
        report.platforms[0].checks.unifiedEntry?.assessment.rectification = Rectification(
            measures: "优化入口", status: .completed, completedOn: "2017-12-01", responsible: "办公厅")
        return report
    }

    /// A report with an error: search declared `pass` while a test found nothing.
    package static func withError(filer: String) -> SelfInspectionReport {
        var report = valid(filer: filer)
        report.platforms[0].checks.search?.evidence.tests?[0].found = false
        return report
    }

    /// Jiangsu's (320000) report with no validation issue: two columns, a form without a sample,
    /// a site code; the base the validator's tests break one rule at a time.
    package static func jiangsu() -> SelfInspectionReport {
        let columns = [
            Column(name: "个人服务", dimension: .user, itemCount: 120), Column(name: "法人服务", dimension: .user, itemCount: 80),
        ]
        let item = ServiceItem(
            name: "教师资格认定", department: "江苏省教育厅",
            guide: guide(
                basis: "《教师资格条例》第十二条", conditions: "具备相应学历", timeLimit: "30个工作日", agency: "江苏省教育厅", contact: "025-83335520",
                steps: ["申请": "申请人在中国教师资格网填报申请信息", "受理": "确认点核验材料原件，齐全的当场受理"],
                materials: [
                    Material(name: "居民身份证", copyType: .originalAndCopy, medium: .paper, copies: 1),
                    Material(name: "教师资格认定申请表", copyType: .original, medium: .paper, copies: 2),
                ],
                form: FormAttachment(
                    name: "教师资格认定申请表", downloadUrl: "http://www.jszwfw.gov.cn/sqb.doc",
                    instructionsUrl: "http://www.jszwfw.gov.cn/sqb-txsm.html", sampleUrl: nil)),
            checks: passingItemChecks())
        return SelfInspectionReport(
            round: "2017", filer: FilerReference(code: "320000", name: "江苏省"), preparedOn: "2017-12-20",
            preparedBy: PreparedBy(unit: "江苏省政府办公厅", contact: "王敏", phone: "025-83392000", email: "zwgk@jiangsu.gov.cn"),
            unifiedPlatform: true,
            platforms: [
                Platform(
                    id: "js", name: "江苏政务服务网", url: "http://www.jszwfw.gov.cn", portalUrl: "http://www.jiangsu.gov.cn",
                    level: .province, regionCode: "320000", siteCode: "3200000001",
                    checks: passingPlatformChecks(columns: columns),
                    serviceItems: [item])
            ],
            summary: "已完成全部整改。")
    }

    /// The exact bytes a client would upload.
    package static func bytes(_ report: SelfInspectionReport) -> Data {
        (try? ReportCoding.encode(report)) ?? Data()
    }

    /// The six platform checks, all passed: the entry is integrated, `columns` have items, three
    /// searches found their item, a registration succeeded, a question was answered in two days.
    package static func passingPlatformChecks(columns: [Column] = [Column(name: "个人服务", dimension: .user, itemCount: 120)])
        -> PlatformChecks
    {
        PlatformChecks(
            unifiedEntry: Check(pass, UnifiedEntryEvidence(integratedWithPortal: true)),
            columns: Check(pass, ColumnsEvidence(columns: columns)),
            search: Check(
                pass,
                SearchEvidence(tests: [
                    SearchTest(query: "教师资格认定", expectedItem: "教师资格认定", found: true),
                    SearchTest(query: "企业设立登记", expectedItem: "企业设立登记", found: true),
                    SearchTest(query: "排污许可证", expectedItem: "排污许可证核发", found: true),
                ])),
            classification: Check(pass, ClassificationEvidence(mismatches: [])),
            registration: Check(
                pass, RegistrationEvidence(tests: [RegistrationTest(on: "2017-11-02", account: .person, succeeded: true)])),
            consultation: Check(
                pass,
                ConsultationEvidence(
                    channelWorks: true,
                    tests: [ConsultationTest(question: "能否网上办理？", submittedOn: "2017-12-11", answeredOn: "2017-12-13")])))
    }

    /// The seven service-item checks, all passed (the guide was verified offline).
    package static func passingItemChecks() -> ServiceItemChecks {
        ServiceItemChecks(
            completeness: Check(pass), accuracy: Check(pass, AccuracyEvidence(offlineVerified: true, discrepancies: [])),
            processClarity: Check(pass), materialFormat: Check(pass), materialWording: Check(pass),
            formDownload: Check(pass), formSample: Check(pass))
    }

    private static let pass = Assessment(result: .pass)

    private static func platform(filer: String) -> Platform {
        Platform(
            id: "p1", name: "政务服务网", url: "https://zwfw.example.gov.cn", portalUrl: "https://www.example.gov.cn",
            level: filer.hasPrefix("bm") ? .department : .province, regionCode: filer.hasPrefix("bm") ? nil : filer,
            checks: passingPlatformChecks(), serviceItems: [serviceItem()])
    }

    private static func serviceItem() -> ServiceItem {
        ServiceItem(
            name: "企业设立登记", department: "市场监督管理局",
            guide: guide(
                basis: "《中华人民共和国公司法》", conditions: "有公司名称和住所", timeLimit: "3个工作日", agency: "市场监督管理局",
                contact: "010-12345678",
                steps: ["申请": "申请人在线填报登记信息并上传材料", "受理": "登记机关当场审查材料是否齐全"],
                materials: [Material(name: "公司登记申请书", copyType: .original, medium: .paper, copies: 1)],
                form: FormAttachment(
                    name: "公司登记申请书", downloadUrl: "https://zwfw.example.gov.cn/f.doc",
                    instructionsUrl: "https://zwfw.example.gov.cn/i.pdf", sampleUrl: "https://zwfw.example.gov.cn/s.pdf")),
            checks: passingItemChecks())
    }

    /// A free service's guide (fee 不收费) with its steps (name: description) and one form.
    private static func guide(
        basis: String, conditions: String, timeLimit: String, agency: String, contact: String,
        steps: KeyValuePairs<String, String>, materials: [Material], form: FormAttachment
    ) -> Guide {
        Guide(
            basis: basis, conditions: conditions, timeLimit: timeLimit, fee: "不收费", agency: agency, contact: contact,
            steps: steps.map { Step(name: $0.key, description: $0.value) }, materials: materials, forms: [form])
    }
}
