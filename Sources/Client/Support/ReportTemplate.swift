import Shared

/// The blank report `zicha init` writes: every field present, placeholders for a clerk to replace.
///
/// Every placeholder text is `Placeholder.text` (the validator refuses it wherever it is left,
/// `text.placeholder`), dates are `YYYY-MM-DD` (not a date), and URLs are placeholders too, so
/// an unfilled template never validates; `zicha fill` recognises and replaces all of them. What
/// the roster knows is filled in: the office's name, and for a State Council department
/// department-level platforms without a region code.
enum ReportTemplate {
    static let date = Placeholder.date

    static func isPlaceholder(_ text: String?) -> Bool { Placeholder.isPlaceholder(text) }

    static func text(_ zh: String, _ en: String) -> String { Placeholder.text(zh, en) }

    /// The template of `filer` (named `name`, as on the roster), whose kind decides the platforms' defaults.
    static func make(
        filer: String, name: String, kind: FilerKind, round: String, platforms: Int = 1, items: Int = 1
    ) -> SelfInspectionReport {
        SelfInspectionReport(
            round: round,
            filer: FilerReference(code: filer, name: name),
            preparedOn: date,
            preparedBy: PreparedBy(
                unit: text("填报处室", "preparing unit"), contact: text("联系人", "contact person"),
                phone: text("联系电话", "phone"), email: text("电子邮箱", "email")),
            unifiedPlatform: false,
            platforms: (1...max(1, platforms)).map { platform(number: $0, filer: filer, kind: kind, items: items) },
            summary: text("整改情况总体说明", "narrative of the rectification work"))
    }

    /// The template of `filer` as the built-in roster knows it (a placeholder name otherwise).
    static func make(filer: String, round: String, platforms: Int = 1, items: Int = 1) -> SelfInspectionReport {
        make(
            filer: filer, name: BuiltInFilers.filer(code: filer)?.name ?? text("单位名称", "office name"), kind: kind(of: filer),
            round: round, platforms: platforms, items: items)
    }

    /// A further platform of `filer`'s template, with the defaults of its kind.
    static func platform(number: Int, filer: String, items: Int) -> Platform {
        platform(number: number, filer: filer, kind: kind(of: filer), items: items)
    }

    /// The built-in roster's kind of `filer`, else the one its code implies.
    static func kind(of filer: String) -> FilerKind {
        BuiltInFilers.filer(code: filer)?.kind ?? FilerKind.implied(byCode: filer)
    }

    /// A platform: a department's at department level without a region code; a region's (or the
    /// Corps') at province level with the filer's code, which a clerk changes for a city or county.
    static func platform(number: Int, filer: String, kind: FilerKind, items: Int) -> Platform {
        let department = kind == .department
        return Platform(
            id: "p\(number)", name: text("平台名称", "platform name"), url: text("平台网址 https://…", "platform URL"),
            portalUrl: text(department ? "部门门户网站网址 https://…" : "本级政府门户网站网址 https://…", "portal URL"),
            level: department ? .department : .province,
            regionCode: department ? nil : filer,
            siteCode: text("政府网站标识码（可空）", "site code (optional)"),
            checks: platformChecks, serviceItems: (1...max(1, items)).map { _ in serviceItem })
    }

    /// An assessment showing every field: a clerk keeps problems and rectification only on `fail`.
    static var assessment: Assessment {
        Assessment(
            result: .pass, problems: [text("发现的问题（不通过时填写）", "problem found (when failed)")],
            rectification: Rectification(
                measures: text("整改措施", "measures"), status: .planned, completedOn: date, dueOn: date,
                responsible: text("责任单位", "responsible unit")),
            notes: text("备注（不适用时必填）", "notes (required for notApplicable)"))
    }

    static var platformChecks: PlatformChecks {
        let item = text("事项名称", "item name")
        return PlatformChecks(
            unifiedEntry: Check(assessment, UnifiedEntryEvidence(integratedWithPortal: true)),
            columns: Check(
                assessment, ColumnsEvidence(columns: [Column(name: text("栏目名称", "column name"), dimension: .theme, itemCount: 1)])
            ),
            search: Check(
                assessment,
                SearchEvidence(
                    tests: (1...3).map { _ in SearchTest(query: text("检索词", "query"), expectedItem: item, found: true) })),
            classification: Check(assessment, ClassificationEvidence(mismatches: [])),
            registration: Check(
                assessment, RegistrationEvidence(tests: [RegistrationTest(on: date, account: .person, succeeded: true)])),
            consultation: Check(
                assessment,
                ConsultationEvidence(
                    channelWorks: true,
                    tests: [ConsultationTest(question: text("咨询问题", "question"), submittedOn: date, answeredOn: date)])))
    }

    static var serviceItem: ServiceItem {
        let guide = Guide(
            basis: text("设定依据", "legal basis"), conditions: text("受理条件", "conditions"), timeLimit: text("办理时限", "time limit"),
            fee: text("收费标准", "fee"), agency: text("办理机构", "agency"), contact: text("咨询电话", "contact"),
            steps: ["申请", "受理", "审查", "决定"].map { Step(name: $0, description: text("该环节的具体说明", "what happens at this step")) },
            materials: [
                Material(
                    name: text("材料名称", "material"), copyType: .original, medium: .paper, copies: 1,
                    notes: text("材料说明（可空）", "notes (optional)"))
            ],
            forms: [
                FormAttachment(
                    name: text("表格名称", "form name"), downloadUrl: text("下载地址 https://…", "download URL"),
                    instructionsUrl: text("填写说明地址 https://…", "instructions URL"),
                    sampleUrl: text("示范文本地址 https://…", "sample URL"))
            ])
        return ServiceItem(
            name: text("事项名称", "item name"), code: text("事项编码（可空）", "item code (optional)"),
            department: text("实施部门", "department"),
            guide: guide,
            checks: ServiceItemChecks(
                completeness: Check(assessment),
                accuracy: Check(assessment, AccuracyEvidence(offlineVerified: true, discrepancies: [])),
                processClarity: Check(assessment), materialFormat: Check(assessment), materialWording: Check(assessment),
                formDownload: Check(assessment), formSample: Check(assessment)))
    }
}
