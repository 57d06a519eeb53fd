import Shared

/// The rows of each sheet for a report, cells in the order of `Sheet.columns`; nil is a blank cell.
enum ExportRows {
    typealias Row = [CellValue?]

    /// The rows of `sheet` (for 基本信息, the 内容 column).
    static func rows(_ sheet: Sheet, of report: SelfInspectionReport) -> [Row] {
        switch sheet {
        case .info: info(report).map { [$0] }
        case .platforms: report.platforms.map(platform)
        case .platformChecks:
            report.platforms.flatMap { p in
                IndicatorCatalogue.platformIndicators.map { [text(p.id)] + check($0.id, p.checks[assessment: $0.id]) }
            }
        case .columns:
            evidence(report) { p in
                p.checks.columns?.evidence.columns?.map { [text($0.name), choice($0.dimension), integer($0.itemCount)] }
            }
        case .searchTests:
            evidence(report) { p in
                p.checks.search?.evidence.tests?.map { [text($0.query), text($0.expectedItem), yesNo($0.found)] }
            }
        case .registrationTests:
            evidence(report) { p in
                p.checks.registration?.evidence.tests?.map { [date($0.on), choice($0.account), yesNo($0.succeeded)] }
            }
        case .consultationTests:
            evidence(report) { p in
                p.checks.consultation?.evidence.tests?.map { [text($0.question), date($0.submittedOn), date($0.answeredOn)] }
            }
        case .items: report.platforms.flatMap { p in p.serviceItems.map { [text(p.id)] + item($0) } }
        case .steps: guide(report) { $0.steps?.map { [text($0.name), text($0.description)] } }
        case .materials:
            guide(report) { g in
                g.materials?.map { [text($0.name), choice($0.copyType), choice($0.medium), integer($0.copies), text($0.notes)] }
            }
        case .forms:
            guide(report) {
                $0.forms?.map { [text($0.name), text($0.downloadUrl), text($0.instructionsUrl), text($0.sampleUrl)] }
            }
        case .itemChecks:
            report.platforms.flatMap { p in
                p.serviceItems.flatMap { item in
                    IndicatorCatalogue.serviceItemIndicators.map {
                        itemKeys(p, item) + check($0.id, item.checks[assessment: $0.id])
                    }
                }
            }
        }
    }

    private static func info(_ r: SelfInspectionReport) -> [CellValue?] {
        [
            text(r.filer.code), text(r.filer.name), text(r.round), text(r.formVersion), date(r.preparedOn),
            text(r.preparedBy.unit),
            text(r.preparedBy.contact), text(r.preparedBy.phone), text(r.preparedBy.email), yesNo(r.unifiedPlatform),
            text(r.summary),
        ]
    }

    private static func platform(_ p: Platform) -> Row {
        [
            text(p.id), text(p.name), text(p.url), text(p.portalUrl), choice(p.level), text(p.regionCode), text(p.siteCode),
            yesNo(p.checks.unifiedEntry?.evidence.integratedWithPortal), yesNo(p.checks.consultation?.evidence.channelWorks),
            lines(p.checks.classification?.evidence.mismatches),
        ]
    }

    private static func item(_ item: ServiceItem) -> Row {
        let g = item.guide
        return [
            text(item.name), text(item.code), text(item.department), text(g.basis), text(g.conditions), text(g.timeLimit),
            text(g.fee), text(g.agency), text(g.contact), yesNo(item.checks.accuracy?.evidence.offlineVerified),
            lines(item.checks.accuracy?.evidence.discrepancies),
        ]
    }

    /// The indicator and, when assessed, the assessment's cells.
    private static func check(_ id: IndicatorID, _ a: Assessment?) -> Row {
        guard let a else { return [choice(id)] }
        let r = a.rectification
        return [
            choice(id), choice(a.result), lines(a.problems), text(r?.measures), choice(r?.status), date(r?.completedOn),
            date(r?.dueOn), text(r?.responsible), text(a.notes), attachments(a.attachments),
            attachments(r?.attachments),
        ]
    }

    /// Rows of a platform's evidence list, after the platform id; a list given empty is one
    /// row holding only the id.
    private static func evidence(_ report: SelfInspectionReport, _ rows: (Platform) -> [Row]?) -> [Row] {
        report.platforms.flatMap { p -> [Row] in
            guard let list = rows(p) else { return [] }
            return list.isEmpty ? [[text(p.id)]] : list.map { [text(p.id)] + $0 }
        }
    }

    /// Rows of an item's guide list, after the item's keys; a list given empty is one row of keys.
    private static func guide(_ report: SelfInspectionReport, _ rows: (Guide) -> [Row]?) -> [Row] {
        report.platforms.flatMap { p in
            p.serviceItems.flatMap { item -> [Row] in
                guard let list = rows(item.guide) else { return [] }
                return list.isEmpty ? [itemKeys(p, item)] : list.map { itemKeys(p, item) + $0 }
            }
        }
    }

    private static func itemKeys(_ p: Platform, _ item: ServiceItem) -> Row { [text(p.id), text(item.name), text(item.code)] }

    static func text(_ value: String?) -> CellValue? {
        guard let value, !value.isEmpty else { return nil }
        return .text(value)
    }

    /// One entry per line; “无” for a list given empty.
    static func lines(_ value: [String]?) -> CellValue? {
        guard let value else { return nil }
        return .text(value.isEmpty ? ImportVocabulary.none : value.joined(separator: "\n"))
    }

    /// A date cell for a real date, the text as written otherwise (the reader then names it).
    static func date(_ value: FormDate?) -> CellValue? {
        guard let value, !value.raw.isEmpty else { return nil }
        return value.day.map { .date($0) } ?? .text(value.raw)
    }

    static func integer(_ value: Int?) -> CellValue? {
        guard let value else { return nil }
        // Beyond 2^53 a spreadsheet number loses digits; such a count stays text.
        return abs(value) <= 1 << 53 ? .number(Double(value)) : .text(String(value))
    }

    /// One file a line, `name | caption` (`AttachmentCell`).
    static func attachments(_ value: [Attachment]?) -> CellValue? { AttachmentCell.text(value).map { .text($0) } }

    static func choice(_ value: (some Labelled)?) -> CellValue? { value.map { .text($0.label.zh) } }

    static func yesNo(_ value: Bool?) -> CellValue? { value.map { .text($0.label.zh) } }
}
