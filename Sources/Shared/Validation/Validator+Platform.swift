/// A platform's own fields and its six platform-function checks.
extension Validator {
    mutating func checkPlatform(_ platform: Platform, path: String, kind: FilerKind) {
        checkPlatformTexts(platform, path: path)
        requireText(platform.id, "\(path).id", "平台标识")
        requireText(platform.name, "\(path).name", "平台名称")
        if FieldText.isBlank(platform.url) {
            requireText(platform.url, "\(path).url", "平台网址")
        } else {
            requireURL(platform.url, "\(path).url")
        }
        requireURL(platform.portalUrl, "\(path).portalUrl")
        checkPlatformKind(platform, path: path, kind: kind)
        if let regionCode = platform.regionCode, !Placeholder.contains(regionCode),
            !(regionCode.utf8.count == 6 && regionCode.utf8.allSatisfy { $0 >= 48 && $0 <= 57 })
        {
            add(
                .error, "shape.regionCode", nil, "\(path).regionCode", "行政区划代码\(FieldText.quoted(regionCode))应为6位数字",
                "region code \(FieldText.quoted(regionCode)) must be 6 digits")
        }
        if let siteCode = platform.siteCode, !Placeholder.contains(siteCode),
            !(siteCode.utf8.count == 10
                && siteCode.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        {
            add(
                .warning, "shape.siteCode", nil, "\(path).siteCode", "政府网站标识码\(FieldText.quoted(siteCode))应为10位字母或数字",
                "site code \(FieldText.quoted(siteCode)) should be 10 letters or digits")
        }
        checkPlatformChecks(platform, path: path)
        if platform.serviceItems.isEmpty {
            add(
                .error, "shape.noServiceItems", nil, "\(path).serviceItems", "每个平台至少应抽查一个服务事项",
                "each platform needs at least one sampled service item")
        }
        var seenNames = Set<String>()
        for (j, item) in platform.serviceItems.enumerated() {
            if !FieldText.isBlank(item.name), !seenNames.insert(item.name).inserted {
                add(
                    .warning, "shape.duplicateServiceItem", nil, "\(path).serviceItems[\(j)].name",
                    "同一平台重复抽查事项\(FieldText.quoted(item.name))",
                    "the item \(FieldText.quoted(item.name)) is sampled twice on this platform")
            }
            checkServiceItem(item, path: "\(path).serviceItems[\(j)]")
        }
    }

    private mutating func checkPlatformChecks(_ platform: Platform, path: String) {
        let checks = platform.checks
        let base = "\(path).checks"
        // The consultation's verdict reads these; copied so that the closure holds no `self`.
        let (preparedOn, calendar) = (preparedOn, context.calendar)

        assess(
            checks.unifiedEntry, .unifiedEntry, checksPath: base, ownerPath: path, warnIfNoEvidence: true,
            verdict: EvidenceVerdict.unifiedEntry)
        if let check = checks.columns { checkColumns(check, path: "\(base).columns") }
        assess(checks.columns, .columns, checksPath: base, ownerPath: path, verdict: EvidenceVerdict.columns)
        if let check = checks.search { checkSearchTests(check, path: "\(base).search") }
        assess(checks.search, .search, checksPath: base, ownerPath: path, verdict: EvidenceVerdict.search)
        assess(
            checks.classification, .classification, checksPath: base, ownerPath: path, warnIfNoEvidence: true,
            verdict: EvidenceVerdict.classification)
        if let check = checks.registration { checkRegistrationTests(check, path: "\(base).registration") }
        assess(checks.registration, .registration, checksPath: base, ownerPath: path, verdict: EvidenceVerdict.registration)
        if let check = checks.consultation { checkConsultationTests(check, path: "\(base).consultation") }
        assess(checks.consultation, .consultation, checksPath: base, ownerPath: path) {
            EvidenceVerdict.consultation($0, preparedOn: preparedOn, calendar: calendar)
        }
    }

    private mutating func checkColumns(_ check: Check<ColumnsEvidence>, path: String) {
        let columns = check.evidence.columns ?? []
        if columns.isEmpty, check.assessment.result != .notApplicable {
            add(.error, "columns.noColumns", .columns, "\(path).columns", "未列出平台的栏目", "no columns are listed")
        }
        for (k, column) in columns.enumerated() {
            requireText(column.name, "\(path).columns[\(k)].name", "栏目名称", indicator: .columns)
            if column.itemCount < 0 {
                add(
                    .error, "shape.itemCount", .columns, "\(path).columns[\(k)].itemCount",
                    "栏目事项数不能为负数（\(column.itemCount)）", "itemCount cannot be negative (\(column.itemCount))")
            }
        }
    }

    private mutating func checkSearchTests(_ check: Check<SearchEvidence>, path: String) {
        let tests = check.evidence.tests ?? []
        if tests.count < EvidenceVerdict.minimumSearchTests, check.assessment.result != .notApplicable {
            add(
                .error, "search.tooFewTests", .search, "\(path).tests",
                "站内搜索至少应测试\(EvidenceVerdict.minimumSearchTests)个已有事项，实际\(tests.count)个",
                "site search needs at least \(EvidenceVerdict.minimumSearchTests) tests of existing items, not \(tests.count)"
            )
        }
        for (k, test) in tests.enumerated() {
            requireText(test.query, "\(path).tests[\(k)].query", "搜索词", indicator: .search)
            requireText(test.expectedItem, "\(path).tests[\(k)].expectedItem", "应搜到的事项", indicator: .search)
        }
    }

    private mutating func checkRegistrationTests(_ check: Check<RegistrationEvidence>, path: String) {
        let tests = check.evidence.tests ?? []
        if tests.isEmpty, check.assessment.result != .notApplicable {
            add(.error, "registration.noTests", .registration, "\(path).tests", "未填写在线注册测试记录", "no registration test is recorded")
        }
        for (k, test) in tests.enumerated() {
            let testPath = "\(path).tests[\(k)].on"
            let day = requireDate(test.on, testPath, indicator: .registration)
            requireNotAfterPrepared(day, testPath, indicator: .registration)
        }
    }

    private mutating func checkConsultationTests(_ check: Check<ConsultationEvidence>, path: String) {
        let tests = check.evidence.tests ?? []
        // A channel that does not work cannot have been tested with questions.
        if tests.isEmpty, check.evidence.channelWorks != false, check.assessment.result != .notApplicable {
            add(
                .error, "consultation.noTests", .consultation, "\(path).tests", "未填写咨询测试记录（提交的问题及答复日期）",
                "no consultation test (question, submission and answer dates) is recorded")
        }
        for (k, test) in tests.enumerated() {
            let testPath = "\(path).tests[\(k)]"
            requireText(test.question, "\(testPath).question", "咨询问题", indicator: .consultation)
            let submitted = requireDate(test.submittedOn, "\(testPath).submittedOn", indicator: .consultation)
            let answered = requireDate(test.answeredOn, "\(testPath).answeredOn", indicator: .consultation)
            requireNotAfterPrepared(submitted, "\(testPath).submittedOn", indicator: .consultation)
            requireNotAfterPrepared(answered, "\(testPath).answeredOn", indicator: .consultation)
            if let submitted, let answered, answered < submitted {
                add(
                    .error, "consultation.dateOrder", .consultation, "\(testPath).answeredOn",
                    "答复日期\(answered)早于提交日期\(submitted)", "answeredOn \(answered) is before submittedOn \(submitted)")
            }
            if let submitted {
                do {
                    _ = try context.calendar.addingWorkingDays(EvidenceVerdict.consultationWorkingDays, to: submitted)
                } catch {
                    add(
                        .error, "consultation.outsideCalendar", .consultation, "\(testPath).submittedOn",
                        "无法判断是否在5个工作日内答复：\(error.message)",
                        "cannot tell whether the answer came within 5 working days: \(error.messageEn)")
                }
            }
        }
    }
}
