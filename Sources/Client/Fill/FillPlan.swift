import Shared

/// The questions of `zicha fill`, in the order a clerk works through the form: the report's
/// header, then per platform its details and six indicators, then per service item its guide
/// and seven indicators, and finally the summary.
enum FillPlan {
    typealias R = SelfInspectionReport
    typealias Label = Prompter.Label

    static func steps(for report: SelfInspectionReport) -> [FillStep] {
        var steps = header
        for p in report.platforms.indices {
            steps += platform(p)
            for i in report.platforms[p].serviceItems.indices { steps += serviceItem(p, i) }
        }
        steps.append(
            FillQuestions.paragraph(
                "summary", ["== 总结 / Summary =="], Label("整改情况总体说明", "Narrative of the rectification work"),
                Accessor(get: { $0.summary }, set: { $0.summary = $1 ?? "" })))
        return steps
    }

    /// Replaces checks missing from the file with the template's, so every indicator is asked.
    static func normalized(_ report: SelfInspectionReport) -> SelfInspectionReport {
        var report = report
        let platformTemplate = ReportTemplate.platformChecks
        let itemTemplate = ReportTemplate.serviceItem.checks
        for p in report.platforms.indices {
            var c = report.platforms[p].checks
            c.unifiedEntry = c.unifiedEntry ?? platformTemplate.unifiedEntry
            c.columns = c.columns ?? platformTemplate.columns
            c.search = c.search ?? platformTemplate.search
            c.classification = c.classification ?? platformTemplate.classification
            c.registration = c.registration ?? platformTemplate.registration
            c.consultation = c.consultation ?? platformTemplate.consultation
            report.platforms[p].checks = c
            for i in report.platforms[p].serviceItems.indices {
                var s = report.platforms[p].serviceItems[i].checks
                s.completeness = s.completeness ?? itemTemplate.completeness
                s.accuracy = s.accuracy ?? itemTemplate.accuracy
                s.processClarity = s.processClarity ?? itemTemplate.processClarity
                s.materialFormat = s.materialFormat ?? itemTemplate.materialFormat
                s.materialWording = s.materialWording ?? itemTemplate.materialWording
                s.formDownload = s.formDownload ?? itemTemplate.formDownload
                s.formSample = s.formSample ?? itemTemplate.formSample
                report.platforms[p].serviceItems[i].checks = s
            }
        }
        return report
    }

    private static var header: [FillStep] {
        let s = ["== 报告信息 / Report =="]
        return [
            FillQuestions.text("filer.name", s, Label("填报单位名称", "Filing office's name"), \R.filer.name),
            FillQuestions.date("preparedOn", s, Label("填报日期", "Prepared on"), .required(\R.preparedOn)),
            FillQuestions.text("preparedBy.unit", s, Label("填报处室", "Preparing unit"), \R.preparedBy.unit),
            FillQuestions.text("preparedBy.contact", s, Label("联系人", "Contact person"), \R.preparedBy.contact),
            FillQuestions.text("preparedBy.phone", s, Label("联系电话", "Phone"), \R.preparedBy.phone),
            FillQuestions.text("preparedBy.email", s, Label("电子邮箱", "Email"), \R.preparedBy.email),
            FillQuestions.yesNo(
                "unifiedPlatform", s, Label("是否省市县一体化平台（只有一个平台）", "One integrated platform for province, city and county"),
                .required(\R.unifiedPlatform)),
        ]
    }

    private static func platform(_ p: Int) -> [FillStep] {
        let base = "platforms[\(p)]"
        let s = ["== 平台 \(p + 1) / Platform \(p + 1) =="]
        var steps = [
            FillQuestions.text("\(base).name", s, Label("平台名称", "Platform name"), \R.platforms[p].name),
            FillQuestions.url("\(base).url", s, Label("平台网址", "Platform URL"), .required(\R.platforms[p].url), required: true),
            FillQuestions.url(
                "\(base).portalUrl", s, Label("本级政府门户网站网址", "Same-level portal URL"), Accessor(\R.platforms[p].portalUrl),
                required: false),
            FillQuestions.choice(
                "\(base).level", s, Label("平台层级", "Platform level"), options(PlatformLevel.self), .required(\R.platforms[p].level)
            ),
            FillQuestions.text(
                "\(base).regionCode", s, Label("行政区划代码（6 位）", "Region code (6 digits)"), Accessor(\R.platforms[p].regionCode),
                required: false),
            FillQuestions.text(
                "\(base).siteCode", s, Label("政府网站标识码", "Site code"), Accessor(\R.platforms[p].siteCode), required: false),
        ]
        let checks: WritableKeyPath<R, PlatformChecks> = \R.platforms[p].checks
        for indicator in IndicatorCatalogue.platformIndicators.map(\.id) {
            let section = indicatorSection(indicator, place: "平台 \(p + 1) / Platform \(p + 1)")
            steps += platformEvidence(indicator, p, section)
            steps += assessment(
                "\(base).checks.\(indicator.rawValue)", section, checks.appending(path: \.[assessed: indicator])
            ) {
                evidenceVerdict(for: indicator, platform: $0.platforms[p], preparedOn: $0.preparedOn.day)
            }
        }
        return steps
    }

    private static func serviceItem(_ p: Int, _ i: Int) -> [FillStep] {
        let base = "platforms[\(p)].serviceItems[\(i)]"
        let place = "平台 \(p + 1) 服务事项 \(i + 1) / Platform \(p + 1), service item \(i + 1)"
        let s = ["== \(place) =="]
        let item: WritableKeyPath<R, ServiceItem> = \R.platforms[p].serviceItems[i]
        var steps = [
            FillQuestions.text("\(base).name", s, Label("事项名称", "Item name"), item.appending(path: \.name)),
            FillQuestions.text(
                "\(base).code", s, Label("事项编码", "Item code"), Accessor(item.appending(path: \.code)), required: false),
            FillQuestions.text("\(base).department", s, Label("实施部门", "Department"), item.appending(path: \.department)),
        ]
        steps += guide(base, place: place, item.appending(path: \.guide))
        for indicator in IndicatorCatalogue.serviceItemIndicators.map(\.id) {
            let section = indicatorSection(indicator, place: place)
            if indicator == .accuracy { steps += accuracyEvidence(base, section, item) }
            steps += assessment(
                "\(base).checks.\(indicator.rawValue)", section, item.appending(path: \.checks[assessed: indicator])
            ) {
                evidenceVerdict(for: indicator, item: $0[keyPath: item])
            }
        }
        return steps
    }

    private static func indicatorSection(_ id: IndicatorID, place: String) -> [String] {
        let i = id.indicator
        return [
            "-- \(place) · \(i.level1.zh) · \(i.level2.zh) / \(i.level1.en) · \(i.level2.en)",
            "   检查要点：\(i.checkpoint.zh)",
            "   Checkpoint: \(i.checkpoint.en)",
        ]
    }
}
