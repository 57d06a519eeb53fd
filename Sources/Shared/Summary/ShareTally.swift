/// The notice's shares, in the order they are shown. Stored counts are addressed by these raw
/// values (never by position), so a share can be added, removed or moved without misreading
/// stored rows.
package enum ShareID: String, CaseIterable, Sendable, Codable {
    case notIntegratedWithPortal
    case emptyColumns
    case consultationChannelWorks
    case questionUnanswered
    case searchFails
    case onlyStepNames
    case missingTimeLimitFeeContact
    case vagueMaterialWording
    case noFormDownload
    case noInstructionsOrSample
    case noMaterialFormat

    /// Position in `allCases` (and in `ShareCounts`' arrays, which live only in memory).
    var index: Int { Self.indices[self]! }
    private static let indices = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}

/// Counts the notice's shares over platforms and service items.
///
/// "After rectification" counts what the evidence says now. "As first found" also counts a unit
/// whose filer declared the share's indicator `fail` (the problem was found, then rectified).
/// The form keeps no earlier evidence, so for a share that is one part of an indicator (time
/// limit/fee/contact of `completeness`, the two halves of `consultation`) a `fail` declared for
/// another part of the same indicator counts too; channel availability is counted from the
/// evidence in both columns, since a failed `consultation` does not say the channel was down.
struct ShareTally {
    struct Definition {
        let id: ShareID
        let label: String
        let labelEn: String
        let unit: String
        let notice2017: Int
        /// The indicator whose declared `fail` counts as first found (nil: the evidence alone).
        let indicator: IndicatorID?
    }

    static let definitions: [Definition] = ShareID.allCases.map(definition)

    private static func definition(_ id: ShareID) -> Definition {
        switch id {
        case .notIntegratedWithPortal:
            Definition(
                id: .notIntegratedWithPortal, label: "未与本级政府门户网站前端整合的平台", labelEn: "platforms not integrated with the portal",
                unit: "platform", notice2017: 26, indicator: .unifiedEntry)
        case .emptyColumns:
            Definition(
                id: .emptyColumns, label: "存在栏目下无内容的平台", labelEn: "platforms with empty columns", unit: "platform",
                notice2017: 68, indicator: .columns)
        case .consultationChannelWorks:
            Definition(
                id: .consultationChannelWorks, label: "咨询投诉渠道真实有效的平台", labelEn: "platforms whose consultation channel works",
                unit: "platform", notice2017: 87, indicator: nil)
        case .questionUnanswered:
            Definition(
                id: .questionUnanswered, label: "咨询超过5个工作日未答复的平台",
                labelEn: "platforms with a question unanswered after 5 working days", unit: "platform", notice2017: 38,
                indicator: .consultation)
        case .searchFails:
            Definition(
                id: .searchFails, label: "搜索功能不可用的平台", labelEn: "platforms whose search fails", unit: "platform", notice2017: 22,
                indicator: .search)
        case .onlyStepNames:
            Definition(
                id: .onlyStepNames, label: "只提供办事环节名称的事项", labelEn: "service items with only step names", unit: "serviceItem",
                notice2017: 25, indicator: .processClarity)
        case .missingTimeLimitFeeContact:
            Definition(
                id: .missingTimeLimitFeeContact, label: "未明确办理时限、收费标准、联系方式的事项",
                labelEn: "service items missing time limit, fee or contact", unit: "serviceItem", notice2017: 33,
                indicator: .completeness)
        case .vagueMaterialWording:
            Definition(
                id: .vagueMaterialWording, label: "办理材料表述不清晰的事项", labelEn: "service items with vague material wording",
                unit: "serviceItem", notice2017: 13, indicator: .materialWording)
        case .noFormDownload:
            Definition(
                id: .noFormDownload, label: "未提供表格下载的事项", labelEn: "service items with no form download", unit: "serviceItem",
                notice2017: 41, indicator: .formDownload)
        case .noInstructionsOrSample:
            Definition(
                id: .noInstructionsOrSample, label: "未提供填写说明或示范文本的事项",
                labelEn: "service items with no filling instructions or sample", unit: "serviceItem", notice2017: 48,
                indicator: .formSample)
        case .noMaterialFormat:
            Definition(
                id: .noMaterialFormat, label: "未明确材料格式要求的事项", labelEn: "service items with no material format requirements",
                unit: "serviceItem", notice2017: 55, indicator: .materialFormat)
        }
    }

    /// What has been counted so far.
    private(set) var counts = ShareCounts()

    mutating func add(platform: Platform, preparedOn: Day?, calendar: WorkdayCalendar) {
        counts.platforms += 1
        let checks = platform.checks
        count(.notIntegratedWithPortal, now: platform.isNotIntegratedWithPortal, declared: checks)
        count(.emptyColumns, now: platform.hasEmptyColumn, declared: checks)
        count(.consultationChannelWorks, now: platform.consultationChannelWorks, declared: checks)
        count(
            .questionUnanswered,
            now: platform.hasQuestionUnansweredAfterFiveWorkingDays(preparedOn: preparedOn, calendar: calendar),
            declared: checks)
        count(.searchFails, now: platform.searchFails, declared: checks)
    }

    mutating func add(item: ServiceItem) {
        counts.serviceItems += 1
        let checks = item.checks
        count(.onlyStepNames, now: item.hasOnlyStepNames, declared: checks)
        count(.missingTimeLimitFeeContact, now: item.lacksTimeLimitFeeOrContact, declared: checks)
        count(.vagueMaterialWording, now: item.hasVagueMaterialWording, declared: checks)
        count(.noFormDownload, now: item.lacksFormDownload, declared: checks)
        count(.noInstructionsOrSample, now: item.lacksInstructionsOrSample, declared: checks)
        count(.noMaterialFormat, now: item.lacksMaterialFormat, declared: checks)
    }

    /// Every unit is in the denominator: one the evidence cannot decide counts as not failing,
    /// so that shares stay comparable with the notice's, which counted every sampled unit. A
    /// `fail` the filer declared for the share's indicator (in `declared`) counts as first found.
    private mutating func count(_ share: ShareID, now: Bool?, declared: some IndicatorAssessments) {
        let declaredFail = Self.definitions[share.index].indicator.map { declared[assessment: $0]?.result == .fail } ?? false
        counts.count(share, now: now ?? false, declaredFail: declaredFail)
    }

    mutating func merge(_ other: ShareTally) {
        counts.merge(other.counts)
    }

    var shares: [Share] { counts.shares }
}
