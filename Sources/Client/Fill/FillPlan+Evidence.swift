import Shared

/// The evidence questions: what the clerk observed on the platform and in the guides.
extension FillPlan {
    typealias Q = FillQuestions
    typealias Hint = Prompter.Hint

    /// The evidence questions of platform indicator `indicator` for platform `p`, in section `s`.
    static func platformEvidence(_ indicator: IndicatorID, _ p: Int, _ s: [String]) -> [FillStep] {
        let base = "platforms[\(p)].checks"
        let c: WritableKeyPath<R, PlatformChecks> = \R.platforms[p].checks
        switch indicator {
        case .unifiedEntry:
            return [
                Q.yesNo(
                    "\(base).unifiedEntry.integratedWithPortal", s,
                    Label("是否已与本级政府门户网站前端整合", "Integrated with the portal's front end"),
                    Accessor(c.appending(path: \.unifiedEntry!.evidence.integratedWithPortal)))
            ]
        case .columns:
            return [
                Q.list(
                    "\(base).columns.columns", s, Label("栏目及其事项数", "Columns and their item counts"),
                    format: "栏目名称 | 维度 theme/department/user/other（主题/部门/用户/其他）| 事项数", min: 1,
                    Accessor(c.appending(path: \.columns!.evidence.columns)),
                    render: { "\($0.name) | \($0.dimension.rawValue) | \($0.itemCount)" },
                    isPlaceholder: { ReportTemplate.isPlaceholder($0.name) }, parse: parseColumn)
            ]
        case .search:
            return [
                Q.list(
                    "\(base).search.tests", s, Label("站内搜索测试（至少 3 条）", "Search tests (at least 3)"),
                    format: "检索词 | 期望找到的事项 | 是否找到 y/n", min: 3, Accessor(c.appending(path: \.search!.evidence.tests)),
                    render: { "\($0.query) | \($0.expectedItem) | \($0.found ? "y" : "n")" },
                    isPlaceholder: {
                        ReportTemplate.isPlaceholder($0.query) || ReportTemplate.isPlaceholder($0.expectedItem)
                    },
                    parse: parseSearchTest)
            ]
        case .classification:
            return [
                Q.sentences(
                    "\(base).classification.mismatches", s,
                    Label("分类与内容不符的事项", "Items filed under a class they do not fit"), min: 0,
                    Accessor(c.appending(path: \.classification!.evidence.mismatches)))
            ]
        case .registration:
            return [
                Q.list(
                    "\(base).registration.tests", s, Label("注册测试", "Registration tests"),
                    format: "日期 YYYY-MM-DD | 个人 person / 法人 enterprise | 成功 y/n", min: 1,
                    Accessor(c.appending(path: \.registration!.evidence.tests)),
                    render: { "\($0.on) | \($0.account.rawValue) | \($0.succeeded ? "y" : "n")" },
                    isPlaceholder: { $0.on.day == nil }, parse: parseRegistrationTest)
            ]
        case .consultation:
            return [
                Q.yesNo(
                    "\(base).consultation.channelWorks", s, Label("能否提交咨询", "Can a question be submitted"),
                    Accessor(c.appending(path: \.consultation!.evidence.channelWorks))),
                Q.list(
                    "\(base).consultation.tests", s, Label("咨询测试", "Consultation tests"),
                    format: "问题 | 提交日期 YYYY-MM-DD | 答复日期（未答复填 -）", min: 1,
                    Accessor(c.appending(path: \.consultation!.evidence.tests)),
                    render: { "\($0.question) | \($0.submittedOn) | \($0.answeredOn?.raw ?? "-")" },
                    isPlaceholder: {
                        ReportTemplate.isPlaceholder($0.question) || $0.submittedOn.day == nil
                            || $0.answeredOn.map { $0.day == nil } == true
                    },
                    parse: parseConsultationTest),
            ]
        case .completeness, .accuracy, .processClarity, .materialFormat, .materialWording, .formDownload, .formSample:
            return []
        }
    }

    static func guide(_ base: String, place: String, _ g: WritableKeyPath<R, Guide>) -> [FillStep] {
        let s = ["-- \(place) · 办事指南（按网上公布的原样填写）/ The guide as published"]
        func element(_ name: String, _ zh: String, _ en: String, _ kp: WritableKeyPath<Guide, String?>) -> FillStep {
            Q.text("\(base).guide.\(name)", s, Label(zh, en), Accessor(g.appending(path: kp)), required: false)
        }
        return [
            element("basis", "设定依据", "Legal basis", \.basis),
            element("conditions", "受理条件", "Conditions", \.conditions),
            element("timeLimit", "办理时限", "Time limit", \.timeLimit),
            element("fee", "收费标准", "Fee", \.fee),
            element("agency", "办理机构", "Agency", \.agency),
            element("contact", "咨询方式", "Contact", \.contact),
            Q.list(
                "\(base).guide.steps", s, Label("办理流程各环节", "Process steps"), format: "环节名称 | 具体说明（没有说明填 -）", min: 0,
                Accessor(g.appending(path: \.steps)), render: { "\($0.name) | \($0.description ?? "-")" },
                isPlaceholder: { ReportTemplate.isPlaceholder($0.name) || ReportTemplate.isPlaceholder($0.description) },
                parse: parseStep),
            Q.list(
                "\(base).guide.materials", s, Label("申请材料", "Materials"),
                format: "材料名称 | 原件/复印件/原件和复印件 | 纸质/电子/纸质或电子 | 份数 | 备注（未写明的填 -）", min: 0,
                Accessor(g.appending(path: \.materials)),
                render: {
                    "\($0.name) | \($0.copyType?.rawValue ?? "-") | \($0.medium?.rawValue ?? "-") | \($0.copies.map(String.init) ?? "-") | \($0.notes ?? "-")"
                },
                isPlaceholder: { ReportTemplate.isPlaceholder($0.name) || ReportTemplate.isPlaceholder($0.notes) },
                parse: parseMaterial),
            Q.list(
                "\(base).guide.forms", s, Label("需填写的表格", "Forms to fill in"),
                format: "表格名称 | 下载地址 | 填写说明地址 | 示范文本地址（没有的填 -）", min: 0,
                Accessor(g.appending(path: \.forms)),
                render: { "\($0.name) | \($0.downloadUrl ?? "-") | \($0.instructionsUrl ?? "-") | \($0.sampleUrl ?? "-")" },
                isPlaceholder: {
                    [$0.name, $0.downloadUrl, $0.instructionsUrl, $0.sampleUrl].contains(where: ReportTemplate.isPlaceholder)
                },
                parse: parseForm),
        ]
    }

    static func accuracyEvidence(_ base: String, _ s: [String], _ item: WritableKeyPath<R, ServiceItem>) -> [FillStep] {
        let evidence = item.appending(path: \.checks.accuracy!.evidence)
        return [
            Q.yesNo(
                "\(base).checks.accuracy.offlineVerified", s, Label("是否已与线下办理核对", "Checked against offline handling"),
                Accessor(evidence.appending(path: \.offlineVerified))),
            Q.sentences(
                "\(base).checks.accuracy.discrepancies", s, Label("与线下不一致之处", "Discrepancies with offline handling"), min: 0,
                Accessor(evidence.appending(path: \.discrepancies))),
        ]
    }
}
