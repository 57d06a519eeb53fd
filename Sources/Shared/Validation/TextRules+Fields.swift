/// Every text field of the form, with the name a clerk knows it by and whether it may hold
/// several lines. Multi-line: narratives (summary, problems, measures, notes, discrepancies,
/// mismatches, a consultation question) and the guide's texts, which are copied as published and
/// often list several laws, conditions or phone numbers one per line. Everything else — names,
/// ids, codes, URLs, people, units, phone, e-mail, search words — is one line.
/// `formVersion` and `filer.code` are left to their exact format rules.
extension Validator {
    /// The report's own texts before the platforms.
    mutating func checkHeaderTexts() {
        checkText(report.round, "round", "填报轮次")
        checkText(report.filer.name, "filer.name", "填报单位名称")
        checkText(report.preparedBy.unit, "preparedBy.unit", "填报处室")
        checkText(report.preparedBy.contact, "preparedBy.contact", "联系人")
        checkText(report.preparedBy.phone, "preparedBy.phone", "联系电话")
        checkText(report.preparedBy.email, "preparedBy.email", "电子邮箱")
    }

    /// A platform's own texts and those of its six checks.
    mutating func checkPlatformTexts(_ platform: Platform, path: String) {
        checkText(platform.id, "\(path).id", "平台标识")
        checkText(platform.name, "\(path).name", "平台名称")
        checkText(platform.url, "\(path).url", "平台网址")
        checkText(platform.portalUrl, "\(path).portalUrl", "本级政府门户网站网址")
        checkText(platform.regionCode, "\(path).regionCode", "行政区划代码")
        checkText(platform.siteCode, "\(path).siteCode", "政府网站标识码")
        let checks = platform.checks
        let base = "\(path).checks"
        checkAssessmentTexts(.unifiedEntry, in: checks, base)
        checkAssessmentTexts(.columns, in: checks, base)
        for (k, column) in (checks.columns?.evidence.columns ?? []).enumerated() {
            checkText(column.name, "\(base).columns.columns[\(k)].name", "栏目名称", indicator: .columns)
        }
        checkAssessmentTexts(.search, in: checks, base)
        for (k, test) in (checks.search?.evidence.tests ?? []).enumerated() {
            checkText(test.query, "\(base).search.tests[\(k)].query", "搜索词", indicator: .search)
            checkText(test.expectedItem, "\(base).search.tests[\(k)].expectedItem", "应搜到的事项", indicator: .search)
        }
        checkAssessmentTexts(.classification, in: checks, base)
        for (k, mismatch) in (checks.classification?.evidence.mismatches ?? []).enumerated() {
            checkText(mismatch, "\(base).classification.mismatches[\(k)]", "分类不符的事项", .multi, indicator: .classification)
        }
        checkAssessmentTexts(.registration, in: checks, base)
        checkAssessmentTexts(.consultation, in: checks, base)
        for (k, test) in (checks.consultation?.evidence.tests ?? []).enumerated() {
            checkText(test.question, "\(base).consultation.tests[\(k)].question", "咨询问题", .multi, indicator: .consultation)
        }
    }

    /// A service item's texts: its own, its guide's and its seven checks'.
    mutating func checkServiceItemTexts(_ item: ServiceItem, path: String) {
        checkText(item.name, "\(path).name", "事项名称")
        checkText(item.code, "\(path).code", "事项编码")
        checkText(item.department, "\(path).department", "实施部门")
        let guide = item.guide
        let g = "\(path).guide"
        checkText(guide.basis, "\(g).basis", "设定依据", .multi, indicator: .completeness)
        checkText(guide.conditions, "\(g).conditions", "办理条件", .multi, indicator: .completeness)
        checkText(guide.timeLimit, "\(g).timeLimit", "办理时限", .multi, indicator: .completeness)
        checkText(guide.fee, "\(g).fee", "收费标准", .multi, indicator: .completeness)
        checkText(guide.agency, "\(g).agency", "办理机构", .multi, indicator: .completeness)
        checkText(guide.contact, "\(g).contact", "联系方式", .multi, indicator: .completeness)
        for (k, step) in (guide.steps ?? []).enumerated() {
            checkText(step.name, "\(g).steps[\(k)].name", "环节名称", indicator: .processClarity)
            checkText(step.description, "\(g).steps[\(k)].description", "环节说明", .multi, indicator: .processClarity)
        }
        for (k, material) in (guide.materials ?? []).enumerated() {
            checkText(material.name, "\(g).materials[\(k)].name", "材料名称", indicator: .materialWording)
            checkText(material.notes, "\(g).materials[\(k)].notes", "材料说明", .multi, indicator: .materialWording)
        }
        for (k, form) in (guide.forms ?? []).enumerated() {
            let formPath = "\(g).forms[\(k)]"
            checkText(form.name, "\(formPath).name", "表格名称", indicator: .formDownload)
            checkText(form.downloadUrl, "\(formPath).downloadUrl", "表格下载地址", indicator: .formDownload)
            checkText(form.instructionsUrl, "\(formPath).instructionsUrl", "填写说明地址", indicator: .formSample)
            checkText(form.sampleUrl, "\(formPath).sampleUrl", "示范文本地址", indicator: .formSample)
        }
        let checks = item.checks
        let base = "\(path).checks"
        checkAssessmentTexts(.completeness, in: checks, base)
        checkAssessmentTexts(.accuracy, in: checks, base)
        for (k, discrepancy) in (checks.accuracy?.evidence.discrepancies ?? []).enumerated() {
            checkText(discrepancy, "\(base).accuracy.discrepancies[\(k)]", "与线下不一致之处", .multi, indicator: .accuracy)
        }
        for id: IndicatorID in [.processClarity, .materialFormat, .materialWording, .formDownload, .formSample] {
            checkAssessmentTexts(id, in: checks, base)
        }
    }

    /// The texts of indicator `id`'s assessment, when it is assessed; `base` is the path of `checks`.
    private mutating func checkAssessmentTexts(_ id: IndicatorID, in checks: some IndicatorAssessments, _ base: String) {
        if let assessment = checks[assessment: id] { checkAssessmentTexts(assessment, id, "\(base).\(id.rawValue)") }
    }

    /// An assessment's problems, notes and rectification texts.
    private mutating func checkAssessmentTexts(_ assessment: Assessment, _ indicator: IndicatorID, _ path: String) {
        for (k, problem) in (assessment.problems ?? []).enumerated() {
            checkText(problem, "\(path).problems[\(k)]", "发现的问题", .multi, indicator: indicator)
        }
        if let rectification = assessment.rectification {
            checkText(rectification.measures, "\(path).rectification.measures", "整改措施", .multi, indicator: indicator)
            checkText(rectification.responsible, "\(path).rectification.responsible", "整改责任单位", indicator: indicator)
        }
        checkText(assessment.notes, "\(path).notes", "备注", .multi, indicator: indicator)
    }
}
