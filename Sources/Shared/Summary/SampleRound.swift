/// Synthesizes a round shaped like the 2017 notice's sample: 201 platforms of the 32 regional
/// filers (30 provincial, 42 city, 129 county) with 865 service items, whose evidence yields the
/// shares the notice published (26%, 68%, 87%, 38%, 22%; 25%, 33%, 13%, 41%, 48%, 55%).
///
/// Deterministic: the same call gives the same reports. Every report validates without errors,
/// so the whole round can be uploaded through the real API.
package enum SampleRound {
    /// The notice's sample sizes and, per share, how many units fail (or, for channels, work).
    package enum Counts {
        package static let provincial = 30, city = 42, county = 129
        package static let platforms = provincial + city + county  // 201
        package static let serviceItems = 865
        package static let notIntegrated = 52  // 25.9% → 26%
        package static let emptyColumns = 137  // 68.2% → 68%
        package static let channelWorks = 175  // 87.1% → 87%
        package static let unansweredLate = 76  // 37.8% → 38%
        package static let searchFails = 44  // 21.9% → 22%
        package static let onlyStepNames = 216  // 24.97% → 25%
        package static let missingTimeFeeContact = 285  // 32.9% → 33%
        package static let vagueWording = 112  // 12.9% → 13%
        package static let noFormDownload = 355  // 41.0% → 41%
        package static let noInstructionsOrSample = 415  // 47.98% → 48%
        package static let noMaterialFormat = 476  // 55.03% → 55%
    }

    /// One report per filer code, in the order of `filerCodes`.
    /// - Parameter filerCodes: the regional filers to spread the platforms over (32 in 2017).
    package static func reports(round: String = "2017", filers: [FilerReference], preparedOn: Day) -> [SelfInspectionReport] {
        precondition(!filers.isEmpty)
        let levels: [PlatformLevel] =
            Array(repeating: .province, count: Counts.provincial) + Array(repeating: .city, count: Counts.city)
            + Array(repeating: .county, count: Counts.county)
        // Provincial platforms go one per filer first; the rest round-robin, so every filer has one.
        var owner = [Int](repeating: 0, count: levels.count)
        for index in levels.indices {
            owner[index] = index < Counts.provincial ? index % filers.count : (index + 2) % filers.count
        }
        var itemCursor = 0
        var platformsByFiler = [[Platform]](repeating: [], count: filers.count)
        for (index, level) in levels.enumerated() {
            // 61 platforms carry five items, 140 carry four: 865 in all.
            let itemCount = index < Counts.serviceItems - 4 * Counts.platforms ? 5 : 4
            let items = (0..<itemCount).map { offset in
                serviceItem(number: itemCursor + offset, dueOn: preparedOn.adding(days: 5))
            }
            itemCursor += itemCount
            let filer = filers[owner[index]]
            platformsByFiler[owner[index]].append(
                platform(number: index, level: level, filer: filer, items: items, preparedOn: preparedOn))
        }
        return filers.indices.map { i in
            let filer = filers[i]
            return SelfInspectionReport(
                round: round, filer: filer, preparedOn: FormDate(preparedOn),
                preparedBy: PreparedBy(
                    unit: "\(filer.name)人民政府办公厅", contact: "政务公开办", phone: "010-00000000", email: "zicha@example.gov.cn"),
                unifiedPlatform: false, platforms: platformsByFiler[i],
                summary: "对照检查指标开展全面自查，已完成部分整改，其余问题正在整改。")
        }
    }

    /// Whether unit `index` of `total` is among the `count` chosen ones, spread evenly and
    /// rotated by `offset` so that different shares fall on different units.
    package static func chosen(_ index: Int, of total: Int, count: Int, offset: Int) -> Bool {
        let i = (index + offset) % total
        return (i + 1) * count / total > i * count / total
    }

    private static func failed(_ problem: String, dueOn: Day) -> Assessment {
        Assessment(
            result: .fail, problems: [problem],
            rectification: Rectification(
                measures: "制定整改方案，逐项整改", status: .inProgress, dueOn: FormDate(dueOn), responsible: "平台运维单位"))
    }

    private static func assessment(fails: Bool, _ problem: String, dueOn: Day) -> Assessment {
        fails ? failed(problem, dueOn: dueOn) : Assessment(result: .pass)
    }

    private static func platform(
        number n: Int, level: PlatformLevel, filer: FilerReference, items: [ServiceItem], preparedOn: Day
    ) -> Platform {
        let total = Counts.platforms
        let due = preparedOn.adding(days: 5)
        let notIntegrated = chosen(n, of: total, count: Counts.notIntegrated, offset: 0)
        let emptyColumn = chosen(n, of: total, count: Counts.emptyColumns, offset: 7)
        let channelBroken = !chosen(n, of: total, count: Counts.channelWorks, offset: 13)
        // Every broken channel leaves its question unanswered; the rest of the 76 are answered late.
        let brokenBefore = (0..<n).count { !chosen($0, of: total, count: Counts.channelWorks, offset: 13) }
        let workingBefore = n - brokenBefore
        let lateAmongWorking = Counts.unansweredLate - (total - Counts.channelWorks)
        let answeredLate = !channelBroken && chosen(workingBefore, of: Counts.channelWorks, count: lateAmongWorking, offset: 3)
        let searchFails = chosen(n, of: total, count: Counts.searchFails, offset: 29)

        let submitted = preparedOn.adding(days: -30)
        let question = ConsultationTest(
            question: "办理企业设立登记需要哪些材料？", submittedOn: FormDate(submitted),
            answeredOn: channelBroken ? nil : FormDate(submitted.adding(days: answeredLate ? 20 : 1)))
        let checks = PlatformChecks(
            unifiedEntry: Check(
                assessment(fails: notIntegrated, "未与本级政府门户网站前端整合", dueOn: due),
                UnifiedEntryEvidence(integratedWithPortal: !notIntegrated)),
            columns: Check(
                assessment(fails: emptyColumn, "部分栏目下无内容", dueOn: due),
                ColumnsEvidence(columns: [
                    Column(name: "个人办事", dimension: .user, itemCount: 120),
                    Column(name: "法人办事", dimension: .user, itemCount: emptyColumn ? 0 : 85),
                ])),
            search: Check(
                assessment(fails: searchFails, "站内搜索无法搜到已有事项", dueOn: due),
                SearchEvidence(tests: [
                    SearchTest(query: "教师资格认定", expectedItem: "教师资格认定", found: true),
                    SearchTest(query: "企业设立登记", expectedItem: "企业设立登记", found: !searchFails),
                    SearchTest(query: "排污许可证", expectedItem: "排污许可证核发", found: true),
                ])),
            classification: Check(Assessment(result: .pass), ClassificationEvidence(mismatches: [])),
            registration: Check(
                Assessment(result: .pass),
                RegistrationEvidence(tests: [RegistrationTest(on: FormDate(submitted), account: .person, succeeded: true)])),
            consultation: Check(
                assessment(fails: channelBroken || answeredLate, channelBroken ? "咨询渠道无法提交问题" : "咨询问题超过5个工作日未答复", dueOn: due),
                ConsultationEvidence(channelWorks: !channelBroken, tests: [question])))
        return Platform(
            id: "p\(n + 1)", name: "\(filer.name)\(level.label.zh)政务服务平台\(n + 1)", url: "https://zwfw\(n + 1).example.gov.cn/",
            portalUrl: "https://www\(n + 1).example.gov.cn/", level: level, checks: checks, serviceItems: items)
    }

    private static func serviceItem(number n: Int, dueOn: Day) -> ServiceItem {
        let total = Counts.serviceItems
        let onlyNames = chosen(n, of: total, count: Counts.onlyStepNames, offset: 0)
        let missingElements = chosen(n, of: total, count: Counts.missingTimeFeeContact, offset: 101)
        let vague = chosen(n, of: total, count: Counts.vagueWording, offset: 211)
        let noDownload = chosen(n, of: total, count: Counts.noFormDownload, offset: 307)
        let noSample = chosen(n, of: total, count: Counts.noInstructionsOrSample, offset: 401)
        let noFormat = chosen(n, of: total, count: Counts.noMaterialFormat, offset: 503)
        let names = ["企业设立登记", "教师资格认定", "排污许可证核发", "建设工程规划许可", "医师执业注册"]
        let stepNames = ["申请", "受理", "审查", "决定"]
        let guide = Guide(
            basis: "《中华人民共和国行政许可法》", conditions: "申请人符合法定条件",
            timeLimit: missingElements ? nil : "20个工作日", fee: missingElements ? nil : "不收费",
            agency: "政务服务中心", contact: missingElements ? nil : "010-12345678",
            steps: stepNames.map { Step(name: $0, description: onlyNames ? nil : "申请人通过平台\($0)，工作人员在规定时限内办理并告知结果") },
            materials: [
                Material(name: "申请表", copyType: .original, medium: .paperOrElectronic, copies: 1),
                Material(name: vague ? "其他相关材料" : "身份证明", copyType: noFormat ? nil : .originalAndCopy, medium: .paper, copies: 1),
            ],
            forms: [
                FormAttachment(
                    name: "申请表", downloadUrl: noDownload ? nil : "https://zwfw.example.gov.cn/forms/\(n).docx",
                    instructionsUrl: noSample ? nil : "https://zwfw.example.gov.cn/forms/\(n)-guide.pdf",
                    sampleUrl: noSample ? nil : "https://zwfw.example.gov.cn/forms/\(n)-sample.pdf")
            ])
        let checks = ServiceItemChecks(
            completeness: Check(assessment(fails: missingElements, "未明确办理时限、收费标准、联系方式", dueOn: dueOn)),
            accuracy: Check(Assessment(result: .pass), AccuracyEvidence(offlineVerified: true, discrepancies: [])),
            processClarity: Check(assessment(fails: onlyNames, "仅提供办理环节名称", dueOn: dueOn)),
            materialFormat: Check(assessment(fails: noFormat, "未明确材料格式要求", dueOn: dueOn)),
            materialWording: Check(assessment(fails: vague, "存在兜底性表述", dueOn: dueOn)),
            formDownload: Check(assessment(fails: noDownload, "未提供表格下载", dueOn: dueOn)),
            formSample: Check(assessment(fails: noSample, "未提供填写说明或示范文本", dueOn: dueOn)))
        return ServiceItem(name: names[n % names.count], code: "SX\(n + 1)", department: "市场监督管理局", guide: guide, checks: checks)
    }
}
