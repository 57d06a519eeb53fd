import Foundation
import Shared

/// A typical filing as the benchmarks upload it: 2 platforms, 50 service items, no validation
/// error (an upload with errors is refused and would measure nothing).
enum TypicalReport {
    /// The report of `filer` (a region's 6-digit code or a department's `bmNN`), made unique by `tag`.
    static func make(filer: String, name: String, platforms: Int = 2, items: Int = 50, tag: String = "") -> SelfInspectionReport {
        let department = filer.hasPrefix("bm")
        let pass = Assessment(result: .pass)
        let list = (0..<platforms).map { p in
            let share = items / platforms + (p < items % platforms ? 1 : 0)
            return Platform(
                id: "p\(p + 1)", name: "\(name)政务服务网\(p + 1)", url: "https://zwfw\(p + 1).example.gov.cn",
                portalUrl: "https://www.example.gov.cn", level: department ? .department : (p == 0 ? .province : .city),
                regionCode: department ? nil : filer,
                checks: PlatformChecks(
                    unifiedEntry: Check(pass, UnifiedEntryEvidence(integratedWithPortal: true)),
                    columns: Check(
                        pass,
                        ColumnsEvidence(columns: (0..<8).map { Column(name: "栏目\($0)", dimension: .theme, itemCount: 10 + $0) })),
                    search: Check(
                        pass,
                        SearchEvidence(
                            tests: (0..<3).map { SearchTest(query: "事项\($0)", expectedItem: "服务事项\($0)", found: true) })),
                    classification: Check(pass, ClassificationEvidence(mismatches: [])),
                    registration: Check(
                        pass, RegistrationEvidence(tests: [RegistrationTest(on: "2017-11-02", account: .person, succeeded: true)])
                    ),
                    consultation: Check(
                        pass,
                        ConsultationEvidence(
                            channelWorks: true,
                            tests: [ConsultationTest(question: "能否网上办理？", submittedOn: "2017-12-11", answeredOn: "2017-12-13")]))),
                serviceItems: (0..<share).map { serviceItem(number: p * 1_000 + $0, filer: filer) })
        }
        return SelfInspectionReport(
            round: "2017", filer: FilerReference(code: filer, name: name), preparedOn: "2017-12-20",
            preparedBy: PreparedBy(unit: "\(name)办公厅", contact: "王敏", phone: "010-12345678", email: "zwgk@example.gov.cn"),
            unifiedPlatform: platforms == 1, platforms: list, summary: "已完成自查整改。\(tag)")
    }

    /// A service item's checks all passed, the accuracy one verified offline with no discrepancy.
    static let passingItemChecks: ServiceItemChecks = {
        let pass = Assessment(result: .pass)
        return ServiceItemChecks(
            completeness: Check(pass), accuracy: Check(pass, AccuracyEvidence(offlineVerified: true, discrepancies: [])),
            processClarity: Check(pass), materialFormat: Check(pass), materialWording: Check(pass),
            formDownload: Check(pass), formSample: Check(pass))
    }()

    private static func serviceItem(number: Int, filer: String) -> ServiceItem {
        let guide = Guide(
            basis: "《中华人民共和国行政许可法》第二十九条", conditions: "申请人具备相应条件", timeLimit: "20个工作日", fee: "不收费",
            agency: "政务服务管理办公室", contact: "010-12345678",
            steps: ["申请", "受理", "审查", "决定"].map {
                Step(name: $0, description: "\($0)环节：窗口工作人员按办事指南核对材料并在规定时限内办结")
            },
            materials: (0..<4).map { m in
                Material(name: "申请材料\(m)（含身份证明、营业执照副本）", copyType: .original, medium: .paper, copies: 1, notes: "加盖公章")
            },
            forms: [
                FormAttachment(
                    name: "申请表", downloadUrl: "https://zwfw.example.gov.cn/forms/\(number).doc",
                    instructionsUrl: "https://zwfw.example.gov.cn/forms/\(number)-txsm.html",
                    sampleUrl: "https://zwfw.example.gov.cn/forms/\(number)-sl.pdf")
            ])
        return ServiceItem(
            name: "服务事项\(number)", code: "\(filer)-XK-\(number)", department: "部门\(number % 20)", guide: guide,
            checks: passingItemChecks)
    }
}
