/// Validates `report` against every rule of docs/FORM.md "Validation" 1-7. Pure: the same report
/// and context give the same issues, in document order (the order of docs/FORM.md's structure:
/// report fields, then each platform with its checks in catalogue order, then its items).
/// Client and server both call this one function.
package func validate(_ report: SelfInspectionReport, context: ValidationContext) -> [ValidationIssue] {
    var validator = Validator(report: report, context: context)
    validator.run()
    // Unknown keys first: a misspelt key explains the findings about the field it was meant for.
    return (context.source.map(UnknownKeys.issues(in:)) ?? []) + validator.issues
}

/// One validation run: walks the report once and collects issues.
struct Validator {
    let report: SelfInspectionReport
    let context: ValidationContext
    /// `report.preparedOn` when it is a real date.
    let preparedOn: Day?
    var issues: [ValidationIssue] = []

    init(report: SelfInspectionReport, context: ValidationContext) {
        self.report = report
        self.context = context
        self.preparedOn = report.preparedOn.day
    }

    mutating func add(
        _ severity: Severity, _ code: String, _ indicator: IndicatorID?, _ path: String, _ message: String,
        _ messageEn: String
    ) {
        issues.append(
            ValidationIssue(
                severity: severity, code: code, indicator: indicator, path: path, message: message,
                messageEn: messageEn))
    }

    /// `shape.blank` when a required text is blank.
    mutating func requireText(_ text: String?, _ path: @autoclosure () -> String, _ zhName: String, indicator: IndicatorID? = nil)
    {
        guard FieldText.isBlank(text) else { return }
        let path = path()
        add(.error, "shape.blank", indicator, path, "必填项“\(zhName)”为空", "required field \(path) is blank")
    }

    /// `shape.date` when a date is not a real `YYYY-MM-DD` date; returns the day otherwise.
    @discardableResult
    mutating func requireDate(_ date: FormDate?, _ path: @autoclosure () -> String, indicator: IndicatorID? = nil) -> Day? {
        guard let date else { return nil }
        if let day = date.day { return day }
        add(
            .error, "shape.date", indicator, path(),
            "日期\(FieldText.quoted(date.raw))不是有效日期，应为 YYYY-MM-DD 格式的真实日期",
            "\(FieldText.quoted(date.raw)) is not a real date in the form YYYY-MM-DD")
        return nil
    }

    /// `shape.url` when a URL is present but not an absolute http(s) URL (a placeholder left
    /// there is `text.placeholder`'s, said once).
    mutating func requireURL(_ url: String?, _ path: @autoclosure () -> String, indicator: IndicatorID? = nil) {
        guard let url, !FieldText.isHTTPURL(url), !Placeholder.contains(url) else { return }
        add(
            .error, "shape.url", indicator, path(), "网址\(FieldText.quoted(url))不是以 http:// 或 https:// 开头的完整网址",
            "\(FieldText.quoted(url)) is not an absolute http(s) URL")
    }

    /// `shape.dateAfterPrepared` for evidence dated after the report was prepared.
    mutating func requireNotAfterPrepared(_ day: Day?, _ path: String, indicator: IndicatorID) {
        guard let day, let preparedOn, day > preparedOn else { return }
        add(
            .error, "shape.dateAfterPrepared", indicator, path, "日期\(day)晚于填报日期\(preparedOn)，证据应反映填报时的情况",
            "\(day) is after preparedOn \(preparedOn); the evidence describes the platform as it is when the report is prepared")
    }

    mutating func run() {
        if report.formVersion != SelfInspectionReport.currentFormVersion {
            add(
                .error, "shape.formVersion", nil, "formVersion",
                "不支持的表单版本\(FieldText.quoted(report.formVersion))，应为“\(SelfInspectionReport.currentFormVersion)”",
                "unknown formVersion \(FieldText.quoted(report.formVersion)); expected \"\(SelfInspectionReport.currentFormVersion)\""
            )
        }
        requireText(report.round, "round", "填报轮次")
        if let roundID = context.roundID, report.round != roundID {
            add(
                .error, "round.mismatch", nil, "round", "报告填写的轮次\(FieldText.quoted(report.round))与提交的轮次“\(roundID)”不一致",
                "the report's round \(FieldText.quoted(report.round)) is not the round \"\(roundID)\" it is filed in")
        }
        checkFiler()
        checkHeaderTexts()
        requireDate(report.preparedOn, "preparedOn")
        requireText(report.preparedBy.unit, "preparedBy.unit", "填报单位")
        requireText(report.preparedBy.contact, "preparedBy.contact", "联系人")
        requireText(report.preparedBy.phone, "preparedBy.phone", "联系电话")
        requireText(report.preparedBy.email, "preparedBy.email", "电子邮箱")
        if !FieldText.isBlank(report.preparedBy.email), !report.preparedBy.email.contains("@"),
            !Placeholder.contains(report.preparedBy.email)
        {
            add(
                .error, "shape.email", nil, "preparedBy.email", "电子邮箱\(FieldText.quoted(report.preparedBy.email))格式不正确",
                "\(FieldText.quoted(report.preparedBy.email)) is not an e-mail address")
        }
        if report.unifiedPlatform, report.platforms.count != 1 {
            add(
                .error, "shape.unifiedPlatformCount", nil, "unifiedPlatform",
                "已声明建成省、市、县三级统一平台（unifiedPlatform 为 true），只应填报一个平台，实际填报\(report.platforms.count)个",
                "unifiedPlatform is true, so exactly one platform must be filed, not \(report.platforms.count)")
        }
        if report.platforms.isEmpty {
            add(.error, "shape.noPlatforms", nil, "platforms", "至少应填报一个平台", "at least one platform must be filed")
        }
        var seenIDs = Set<String>()
        let kind = filerKind
        for (i, platform) in report.platforms.enumerated() {
            if !FieldText.isBlank(platform.id), !seenIDs.insert(platform.id).inserted {
                add(
                    .error, "shape.duplicatePlatformId", nil, "platforms[\(i)].id",
                    "平台标识\(FieldText.quoted(platform.id))重复，每个平台的 id 在报告内必须唯一",
                    "platform id \(FieldText.quoted(platform.id)) is used twice; ids must be unique in the report")
            }
            checkPlatform(platform, path: "platforms[\(i)]", kind: kind)
        }
        requireText(report.summary, "summary", "整改情况")
        checkText(report.summary, "summary", "整改情况", .multi)
    }

    private mutating func checkFiler() {
        requireText(report.filer.code, "filer.code", "填报单位代码")
        requireText(report.filer.name, "filer.name", "填报单位名称")
        checkFilerName()
        if !report.filer.code.isEmpty, !Identifier.isFilerCode(report.filer.code) {
            add(
                .error, "shape.filerCode", nil, "filer.code",
                "填报单位代码\(FieldText.quoted(report.filer.code))格式不正确，应为6位行政区划代码或 bm 加2位数字",
                "filer code \(FieldText.quoted(report.filer.code)) is neither a 6-digit region code nor bm and 2 digits")
        }
        if let roster = context.roster, !roster.contains(report.filer.code) {
            add(
                .error, "roster.unknownFiler", nil, "filer.code",
                "填报单位代码\(FieldText.quoted(report.filer.code))不在本轮填报名单中",
                "filer code \(FieldText.quoted(report.filer.code)) is not on this round's roster")
        }
        if let signingFiler = context.signingFiler, signingFiler != report.filer.code {
            add(
                .error, "roster.keyMismatch", nil, "filer.code",
                "报告的填报单位\(FieldText.quoted(report.filer.code))与签名密钥所属单位“\(signingFiler)”不一致",
                "the report's filer \(FieldText.quoted(report.filer.code)) is not the filer \"\(signingFiler)\" whose key signs it"
            )
        }
    }
}
