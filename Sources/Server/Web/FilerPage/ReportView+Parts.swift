import Shared

/// The platforms, service items, guide rows and indicators of a rendered report.
extension ReportView {
    struct Rectification: Sendable {
        var measures: String?
        var statusTag: Tag?
        var completedOn: String?
        var dueOn: String?
        var responsible: String?
    }

    struct CheckView: Sendable {
        /// Unique on the page: `p1-search`, `p1-i2-accuracy`.
        var id: String
        var indicator: String
        var level1: String
        var name: String
        var checkpoint: String
        var resultTag: Tag
        var failed: Bool
        var problems: [String]
        var rectification: Rectification?
        /// The assessment's notes (说明).
        var remark: String?
        var evidence: [String]
        var beside: PlaceNotes
        /// Evidence files (佐证材料) of the assessment and of its rectification.
        var attachments: [AttachmentLink] = []
        /// Whether `attachments` is not empty (templates see stored properties only).
        var hasAttachments = false
    }

    /// A form the guide requires, its links shown as links only when they are http(s) URLs.
    struct FormLine: Sendable {
        var name: String
        var download: LinkText?
        var instructions: LinkText?
        var sample: LinkText?
    }

    struct GuideRow: Sendable {
        var label: String
        var lines: [String]
        var forms: [FormLine]
        var missing: Bool
        var beside: PlaceNotes
    }

    struct ItemView: Sendable {
        var number: Int
        /// `item-1-2`: platform 1, item 2.
        var anchor: String
        var open: Bool
        var name: String
        var code: String?
        var department: String
        var guide: [GuideRow]
        var checks: [CheckView]
        var beside: PlaceNotes
        /// Failed indicators and findings, when any.
        var badge: String?
        var changed: Bool
    }

    struct PlatformView: Sendable {
        var number: Int
        /// `platform-1`.
        var anchor: String
        /// The platform's own fields and indicators are on this page (else only its heading,
        /// above its items that continue here).
        var full: Bool
        var id: String
        var name: String
        var url: LinkText
        var portalUrl: LinkText?
        var level: String
        var regionCode: String?
        var siteCode: String?
        var checks: [CheckView]
        var items: [ItemView]
        var itemCount: Int
        var beside: PlaceNotes
        var badge: String?
        var changed: Bool
    }

    /// One indicator's assessment and evidence as lines of text.
    struct Assessed {
        var id: IndicatorID
        var assessment: Assessment?
        var evidence: [String]
    }

    static func platform(
        _ platform: Platform, number: Int, full: Bool, tally: ProblemTally, notes: inout ReportNotes,
        budget: inout TextBudget, problemsOnly: Bool, files: AttachmentLink.Base
    ) -> PlatformView {
        let path = "platforms[\(number - 1)]"
        let checks =
            full
            ? platformChecks(platform.checks).compactMap {
                check(
                    $0, path: "\(path).checks", id: "p\(number)", notes: &notes, budget: &budget, problemsOnly: problemsOnly,
                    files: files)
            } : []
        return PlatformView(
            number: number, anchor: "platform-\(number)", full: full, id: budget.text(platform.id),
            name: budget.text(platform.name), url: LinkText(budget.text(platform.url)),
            portalUrl: platform.portalUrl.map { LinkText(budget.text($0)) }, level: platform.level.label.zh,
            regionCode: budget.text(platform.regionCode), siteCode: budget.text(platform.siteCode), checks: checks, items: [],
            itemCount: platform.serviceItems.count, beside: full ? notes.beside(path, pinAnchor: true) : PlaceNotes(),
            badge: tally.badge(path), changed: notes.hasChanged(path))
    }

    static func item(
        _ item: ServiceItem, platform: Int, number: Int, tally: ProblemTally, notes: inout ReportNotes,
        budget: inout TextBudget, problemsOnly: Bool, files: AttachmentLink.Base
    ) -> ItemView {
        let path = "platforms[\(platform)].serviceItems[\(number - 1)]"
        let beside = notes.beside(path, pinAnchor: tally.badge(path) != nil)
        var guide: [GuideRow] = []
        for field in GuideField.allCases {
            let row = guideRow(field, item.guide, notes: notes.beside("\(path).guide.\(field.rawValue)"), budget: &budget)
            if !problemsOnly || !row.beside.findings.isEmpty || !row.beside.comments.isEmpty { guide.append(row) }
        }
        let checks = itemChecks(item.checks).compactMap {
            check(
                $0, path: "\(path).checks", id: "p\(platform + 1)-i\(number)", notes: &notes, budget: &budget,
                problemsOnly: problemsOnly, files: files)
        }
        return ItemView(
            number: number, anchor: "item-\(platform + 1)-\(number)", open: beside.pins.contains { $0.open },
            name: budget.text(item.name), code: budget.text(item.code), department: budget.text(item.department),
            guide: guide, checks: checks, beside: beside, badge: tally.badge(path), changed: notes.hasChanged(path))
    }

    /// The indicator's row, or nil when only problems are shown and it has none.
    static func check(
        _ assessed: Assessed, path: String, id: String, notes: inout ReportNotes, budget: inout TextBudget,
        problemsOnly: Bool, files: AttachmentLink.Base
    ) -> CheckView? {
        let indicator = assessed.id.indicator
        let assessment = assessed.assessment
        let failed = assessment?.result == .fail
        let checkPath = "\(path).\(assessed.id.rawValue)"
        let beside = notes.beside(checkPath, pinAnchor: failed)
        if problemsOnly, !failed, beside.findings.isEmpty, beside.comments.isEmpty { return nil }
        return CheckView(
            id: "\(id)-\(assessed.id.rawValue)", indicator: assessed.id.rawValue, level1: indicator.level1.zh,
            name: indicator.level2.zh, checkpoint: indicator.checkpoint.zh,
            resultTag: assessment.map { Tag($0.result) } ?? Tag(value: "missing", label: "未评估"), failed: failed,
            problems: budget.lines(assessment?.problems ?? []) { $0.text($1) },
            rectification: assessment?.rectification.map {
                Rectification(
                    measures: budget.text($0.measures), statusTag: $0.status.map { Tag($0) },
                    completedOn: $0.completedOn?.raw, dueOn: $0.dueOn?.raw, responsible: budget.text($0.responsible))
            },
            remark: budget.text(assessment?.notes), evidence: assessed.evidence.map { budget.text($0) }, beside: beside,
            attachments: (assessment?.allAttachments ?? []).map { files.link($0.attachment, rectification: $0.inRectification) },
            hasAttachments: !(assessment?.allAttachments ?? []).isEmpty)
    }
}
