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
        let id: String
        let label: String
        let labelEn: String
        let unit: String
        let notice2017: Int
        let indicator: IndicatorID?
    }

    static let definitions: [Definition] = [
        Definition(id: "notIntegratedWithPortal", label: "未与本级政府门户网站前端整合的平台", labelEn: "platforms not integrated with the portal", unit: "platform", notice2017: 26, indicator: .unifiedEntry),
        Definition(id: "emptyColumns", label: "存在栏目下无内容的平台", labelEn: "platforms with empty columns", unit: "platform", notice2017: 68, indicator: .columns),
        Definition(id: "consultationChannelWorks", label: "咨询投诉渠道真实有效的平台", labelEn: "platforms whose consultation channel works", unit: "platform", notice2017: 87, indicator: nil),
        Definition(id: "questionUnanswered", label: "咨询超过5个工作日未答复的平台", labelEn: "platforms with a question unanswered after 5 working days", unit: "platform", notice2017: 38, indicator: .consultation),
        Definition(id: "searchFails", label: "搜索功能不可用的平台", labelEn: "platforms whose search fails", unit: "platform", notice2017: 22, indicator: .search),
        Definition(id: "onlyStepNames", label: "只提供办事环节名称的事项", labelEn: "service items with only step names", unit: "serviceItem", notice2017: 25, indicator: .processClarity),
        Definition(id: "missingTimeLimitFeeContact", label: "未明确办理时限、收费标准、联系方式的事项", labelEn: "service items missing time limit, fee or contact", unit: "serviceItem", notice2017: 33, indicator: .completeness),
        Definition(id: "vagueMaterialWording", label: "办理材料表述不清晰的事项", labelEn: "service items with vague material wording", unit: "serviceItem", notice2017: 13, indicator: .materialWording),
        Definition(id: "noFormDownload", label: "未提供表格下载的事项", labelEn: "service items with no form download", unit: "serviceItem", notice2017: 41, indicator: .formDownload),
        Definition(id: "noInstructionsOrSample", label: "未提供填写说明或示范文本的事项", labelEn: "service items with no filling instructions or sample", unit: "serviceItem", notice2017: 48, indicator: .formSample),
        Definition(id: "noMaterialFormat", label: "未明确材料格式要求的事项", labelEn: "service items with no material format requirements", unit: "serviceItem", notice2017: 55, indicator: .materialFormat),
    ]

    /// What has been counted so far.
    private(set) var counts = ShareCounts()

    mutating func add(platform: Platform, preparedOn: Day?, calendar: WorkdayCalendar) {
        counts.platforms += 1
        let checks = platform.checks
        count(0, now: platform.isNotIntegratedWithPortal, declaredFail: checks.unifiedEntry?.assessment.result == .fail)
        count(1, now: platform.hasEmptyColumn, declaredFail: checks.columns?.assessment.result == .fail)
        count(2, now: platform.consultationChannelWorks, declaredFail: false)
        count(3, now: platform.hasQuestionUnansweredAfterFiveWorkingDays(preparedOn: preparedOn, calendar: calendar), declaredFail: checks.consultation?.assessment.result == .fail)
        count(4, now: platform.searchFails, declaredFail: checks.search?.assessment.result == .fail)
    }

    mutating func add(item: ServiceItem) {
        counts.serviceItems += 1
        let checks = item.checks
        count(5, now: item.hasOnlyStepNames, declaredFail: checks.processClarity?.assessment.result == .fail)
        count(6, now: item.lacksTimeLimitFeeOrContact, declaredFail: checks.completeness?.assessment.result == .fail)
        count(7, now: item.hasVagueMaterialWording, declaredFail: checks.materialWording?.assessment.result == .fail)
        count(8, now: item.lacksFormDownload, declaredFail: checks.formDownload?.assessment.result == .fail)
        count(9, now: item.lacksInstructionsOrSample, declaredFail: checks.formSample?.assessment.result == .fail)
        count(10, now: item.lacksMaterialFormat, declaredFail: checks.materialFormat?.assessment.result == .fail)
    }

    /// Every unit is in the denominator: one the evidence cannot decide counts as not failing,
    /// so that shares stay comparable with the notice's, which counted every sampled unit.
    private mutating func count(_ index: Int, now: Bool?, declaredFail: Bool) {
        counts.count(index, now: now ?? false, declaredFail: declaredFail)
    }

    mutating func merge(_ other: ShareTally) {
        counts.merge(other.counts)
    }

    var shares: [Share] { counts.shares }
}
