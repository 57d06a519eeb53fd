import Foundation
import Shared

/// Validates a generated report of 1,000 service items (the goal: under 50 ms in release).
enum ValidationBenchmark {
    static func run(_ arguments: [String]) {
        let items = BenchArguments.integer("--items", in: arguments, default: 1_000)
        let runs = BenchArguments.integer("--runs", in: arguments, default: 21)
        let report = generateReport(items: items)
        let context = ValidationContext(roundID: "2017", deadline: Day("2017-12-31"), roster: ["320000"], signingFiler: "320000")
        var issues = validate(report, context: context)  // warm-up: builds the calendar and phrase tables
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for _ in 0..<runs {
            samples.append(clock.measure { issues = validate(report, context: context) })
        }
        let errors = issues.count { $0.severity == .error }
        print(
            "validate: \(report.platforms.count) platforms, \(items) service items, \(errors) errors, \(issues.count - errors) warnings"
        )
        print(
            String(
                format: "median %.2f ms over %d runs (min %.2f, max %.2f)", Machine.medianMilliseconds(samples), runs,
                Machine.medianMilliseconds([samples.min()!]), Machine.medianMilliseconds([samples.max()!])))
        print(Machine.summary)
    }

    /// A province filing 10 platforms sharing `items` items; every 7th item has defects so that
    /// the evidence rules, not only the happy path, are exercised.
    static func generateReport(items: Int) -> SelfInspectionReport {
        let platformCount = 10
        let pass = Assessment(result: .pass)
        let platforms = (0..<platformCount).map { p in
            let checks = PlatformChecks(
                unifiedEntry: Check(pass, UnifiedEntryEvidence(integratedWithPortal: true)),
                columns: Check(
                    pass, ColumnsEvidence(columns: (0..<12).map { Column(name: "栏目\($0)", dimension: .theme, itemCount: $0 + 1) })
                ),
                search: Check(
                    pass,
                    SearchEvidence(tests: (0..<5).map { SearchTest(query: "事项\($0)", expectedItem: "事项\($0)", found: true) })),
                classification: Check(pass, ClassificationEvidence(mismatches: [])),
                registration: Check(
                    pass, RegistrationEvidence(tests: [RegistrationTest(on: "2017-11-02", account: .person, succeeded: true)])),
                consultation: Check(
                    pass,
                    ConsultationEvidence(
                        channelWorks: true,
                        tests: [
                            ConsultationTest(question: "国庆前提交的问题", submittedOn: "2017-09-28", answeredOn: "2017-10-11"),
                            ConsultationTest(question: "元旦前提交的问题", submittedOn: "2017-12-14", answeredOn: nil),
                        ])))
            let share = items / platformCount + (p < items % platformCount ? 1 : 0)
            let serviceItems = (0..<share).map { serviceItem(number: p * 1_000 + $0) }
            return Platform(
                id: "p\(p)", name: "平台\(p)", url: "http://www.jszwfw.gov.cn/p\(p)", portalUrl: "http://www.jiangsu.gov.cn",
                level: p == 0 ? .province : .city, regionCode: "320000", checks: checks, serviceItems: serviceItems)
        }
        return SelfInspectionReport(
            round: "2017", filer: FilerReference(code: "320000", name: "江苏省"), preparedOn: "2017-12-20",
            preparedBy: PreparedBy(unit: "江苏省人民政府办公厅", contact: "王敏", phone: "025-83392000", email: "zwgk@jiangsu.gov.cn"),
            unifiedPlatform: false, platforms: platforms, summary: "已完成整改。")
    }

    private static func serviceItem(number: Int) -> ServiceItem {
        let defective = number % 7 == 0
        let guide = Guide(
            basis: "《中华人民共和国行政许可法》第二十九条", conditions: "申请人具备相应条件", timeLimit: defective ? nil : "20个工作日",
            fee: "不收费", agency: "江苏省政务服务管理办公室", contact: "025-83392000",
            steps: ["申请", "受理", "审查", "决定", "送达"].map {
                Step(name: $0, description: defective ? $0 : "\($0)环节：窗口工作人员按办事指南核对材料并在规定时限内办结")
            },
            materials: (0..<6).map { m in
                Material(
                    name: defective && m == 5 ? "其他相关材料" : "申请材料\(m)（含身份证明、营业执照副本）", copyType: .original,
                    medium: .paper, copies: defective && m == 0 ? nil : 1, notes: "加盖公章")
            },
            forms: (0..<2).map { f in
                FormAttachment(
                    name: "申请表\(f)", downloadUrl: "http://www.jszwfw.gov.cn/forms/\(number)-\(f).doc",
                    instructionsUrl: "http://www.jszwfw.gov.cn/forms/\(number)-\(f)-txsm.html",
                    sampleUrl: defective ? nil : "http://www.jszwfw.gov.cn/forms/\(number)-\(f)-sl.pdf")
            })
        return ServiceItem(
            name: "服务事项\(number)", code: "320000-XK-\(number)", department: "省级部门\(number % 40)", guide: guide,
            checks: TypicalReport.passingItemChecks)
    }
}
