import Shared

/// A stored report rendered as the form: header, platforms with their six indicators and
/// evidence, service items with their guide and seven indicators; each validation finding next
/// to the field it concerns. Every string here is the filer's text, escaped by `{{ }}`.
struct ReportView: Sendable {
    struct Rectification: Sendable {
        var measures: String?
        var statusTag: Tag?
        var completedOn: String?
        var dueOn: String?
        var responsible: String?
    }

    struct CheckView: Sendable {
        var indicator: String
        var level1: String
        var name: String
        var checkpoint: String
        var resultTag: Tag
        var problems: [String]
        var rectification: Rectification?
        var notes: String?
        var evidence: [String]
        var findings: [FindingView]
    }

    struct GuideRow: Sendable {
        var label: String
        var lines: [String]
        var missing: Bool
        var findings: [FindingView]
    }

    struct ItemView: Sendable {
        var number: Int
        /// The first item starts unfolded.
        var first: Bool
        var name: String
        var code: String?
        var department: String
        var guide: [GuideRow]
        var checks: [CheckView]
        var findings: [FindingView]
    }

    struct PlatformView: Sendable {
        var number: Int
        var id: String
        var name: String
        var url: String
        var portalUrl: String?
        var level: String
        var regionCode: String?
        var siteCode: String?
        var checks: [CheckView]
        var items: [ItemView]
        var itemCount: Int
        var findings: [FindingView]
    }

    var formVersion: String
    var filerCode: String
    var filerName: String
    var preparedOn: String
    var unit: String
    var contact: String
    var phone: String
    var email: String
    var unifiedPlatform: String
    var summary: String
    var platforms: [PlatformView]
    /// Findings on the report as a whole or on fields not shown elsewhere.
    var findings: [FindingView]
    var findingCount: Int

    init(_ report: SelfInspectionReport, issues: [ValidationIssue]) {
        let index = FindingIndex(issues: issues, anchors: Self.anchors(report))
        formVersion = report.formVersion
        filerCode = report.filer.code
        filerName = report.filer.name
        preparedOn = report.preparedOn.raw
        unit = report.preparedBy.unit
        contact = report.preparedBy.contact
        phone = report.preparedBy.phone
        email = report.preparedBy.email
        unifiedPlatform = Labels.yesNo(report.unifiedPlatform)
        summary = report.summary
        platforms = report.platforms.enumerated().map { i, platform in
            let path = "platforms[\(i)]"
            return PlatformView(
                number: i + 1, id: platform.id, name: platform.name, url: platform.url, portalUrl: platform.portalUrl,
                level: platform.level.label.zh, regionCode: platform.regionCode, siteCode: platform.siteCode,
                checks: Self.platformChecks(platform.checks).map { Self.check($0, path: "\(path).checks", index: index) },
                items: platform.serviceItems.enumerated().map { j, item in
                    Self.item(item, number: j + 1, path: "\(path).serviceItems[\(j)]", index: index)
                },
                itemCount: platform.serviceItems.count, findings: index.at(path))
        }
        findings = index.at("")
        findingCount = issues.count
    }

    /// One indicator's assessment and evidence as lines of text.
    struct Assessed {
        var id: IndicatorID
        var assessment: Assessment?
        var evidence: [String]
    }

    static func check(_ assessed: Assessed, path: String, index: FindingIndex) -> CheckView {
        let indicator = assessed.id.indicator
        let assessment = assessed.assessment
        return CheckView(
            indicator: assessed.id.rawValue, level1: indicator.level1.zh, name: indicator.level2.zh,
            checkpoint: indicator.checkpoint.zh,
            resultTag: assessment.map { Tag($0.result) } ?? Tag(value: "missing", label: "未评估"),
            problems: assessment?.problems ?? [],
            rectification: assessment?.rectification.map {
                Rectification(
                    measures: $0.measures, statusTag: $0.status.map { Tag($0) },
                    completedOn: $0.completedOn?.raw, dueOn: $0.dueOn?.raw, responsible: $0.responsible)
            },
            notes: assessment?.notes, evidence: assessed.evidence, findings: index.at("\(path).\(assessed.id.rawValue)"))
    }

    /// Every JSON path a finding can be shown at.
    static func anchors(_ report: SelfInspectionReport) -> Set<String> {
        var anchors: Set<String> = [
            "", "preparedOn", "preparedBy", "summary", "unifiedPlatform", "filer", "round", "formVersion",
        ]
        for (i, platform) in report.platforms.enumerated() {
            let path = "platforms[\(i)]"
            anchors.insert(path)
            for id in IndicatorCatalogue.platformIndicators { anchors.insert("\(path).checks.\(id.id.rawValue)") }
            for j in platform.serviceItems.indices {
                let item = "\(path).serviceItems[\(j)]"
                anchors.insert(item)
                for field in GuideField.allCases { anchors.insert("\(item).guide.\(field.rawValue)") }
                for id in IndicatorCatalogue.serviceItemIndicators { anchors.insert("\(item).checks.\(id.id.rawValue)") }
            }
        }
        return anchors
    }
}
