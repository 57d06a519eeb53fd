/// A text in the two languages Zicha speaks to people: zh-Hans first, English alongside.
package struct LocalizedText: Sendable, Equatable, Hashable {
    package let zh: String
    package let en: String

    package init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }
}

/// What an indicator is assessed on.
package enum IndicatorScope: String, Sendable, Equatable, CaseIterable {
    /// Once per platform (`platforms[i].checks`).
    case platform
    /// Once per sampled service item (`platforms[i].serviceItems[j].checks`).
    case serviceItem
}

/// One leaf indicator of the notice's attachment "全国互联网政务服务平台检查指标".
package struct Indicator: Sendable, Equatable {
    package let id: IndicatorID
    /// 平台功能 or 服务事项.
    package let level1: LocalizedText
    /// The level-2 name, with the level-3 name after " / " where the table has one.
    package let level2: LocalizedText
    /// The checkpoint (检查要点): the Chinese text is the attachment's, the English is docs/FORM.md's.
    package let checkpoint: LocalizedText
    package let appliesTo: IndicatorScope
}

extension IndicatorID {
    /// This indicator's catalogue entry.
    package var indicator: Indicator {
        // The catalogue lists the cases in declaration order; a test keeps them aligned.
        IndicatorCatalogue.all[IndicatorCatalogue.position[self]!]
    }
}

/// The 13 leaf indicators, in the order of the notice's table.
package enum IndicatorCatalogue {
    private static let platformFunctions = LocalizedText(zh: "平台功能", en: "Platform functions")
    private static let serviceItems = LocalizedText(zh: "服务事项", en: "Service items")

    package static let all: [Indicator] = [
        Indicator(
            id: .unifiedEntry, level1: platformFunctions,
            level2: LocalizedText(zh: "统一入口", en: "Unified entry"),
            checkpoint: LocalizedText(
                zh: "互联网政务服务平台是否与本级政府门户网站前端整合，形成统一服务入口",
                en: "The platform is integrated with the same-level government portal's front end: one entry."),
            appliesTo: .platform),
        Indicator(
            id: .columns, level1: platformFunctions,
            level2: LocalizedText(zh: "栏目设置", en: "Columns"),
            checkpoint: LocalizedText(
                zh: "栏目设置是否合理，是否存在主题、部门或栏目空白的情况",
                en: "Columns are reasonable; no theme, department or column is left empty."),
            appliesTo: .platform),
        Indicator(
            id: .search, level1: platformFunctions,
            level2: LocalizedText(zh: "站内搜索", en: "Site search"),
            checkpoint: LocalizedText(
                zh: "能否搜索到网站上已有的服务事项",
                en: "Service items that exist on the site can be found by its search."),
            appliesTo: .platform),
        Indicator(
            id: .classification, level1: platformFunctions,
            level2: LocalizedText(zh: "合理分类", en: "Classification"),
            checkpoint: LocalizedText(
                zh: "主题、部门、用户等维度分类与事项内容是否对应",
                en: "The theme, department and user classification matches the items' content."),
            appliesTo: .platform),
        Indicator(
            id: .registration, level1: platformFunctions,
            level2: LocalizedText(zh: "在线注册", en: "Online registration"),
            checkpoint: LocalizedText(
                zh: "平台是否可以成功注册",
                en: "An account can be registered successfully."),
            appliesTo: .platform),
        Indicator(
            id: .consultation, level1: platformFunctions,
            level2: LocalizedText(zh: "咨询互动", en: "Consultation"),
            checkpoint: LocalizedText(
                zh: "咨询互动功能是否真实有效，即能否正常提交咨询问题，并在5个工作日内获得反馈",
                en: "A question can be submitted and is answered within 5 working days."),
            appliesTo: .platform),
        Indicator(
            id: .completeness, level1: serviceItems,
            level2: LocalizedText(zh: "要素全面性", en: "Completeness of the guide"),
            checkpoint: LocalizedText(
                zh: "是否存在办事指南要素（包括依据条件、办理流程、办理时限、收费标准、办理材料、办理机构、联系方式等）缺失的情形",
                en: "Guide elements present: basis and conditions, process, time limit, fee, materials, agency, contact."),
            appliesTo: .serviceItem),
        Indicator(
            id: .accuracy, level1: serviceItems,
            level2: LocalizedText(zh: "内容准确性", en: "Accuracy of content"),
            checkpoint: LocalizedText(
                zh: "办事指南信息是否存在错误，是否与线下实际办事情况不一致",
                en: "The guide is free of errors and consistent with offline handling."),
            appliesTo: .serviceItem),
        Indicator(
            id: .processClarity, level1: serviceItems,
            level2: LocalizedText(zh: "流程清晰度", en: "Clarity of the process"),
            checkpoint: LocalizedText(
                zh: "对于流程复杂事项，是否仅提供办理环节名称（如：申请、受理、审查、决定等），而未明确说明各环节具体内容",
                en: "Each step is described, not only named (application, acceptance, review, decision)."),
            appliesTo: .serviceItem),
        Indicator(
            id: .materialFormat, level1: serviceItems,
            level2: LocalizedText(zh: "材料明确性 / 格式要求是否明确", en: "Clarity of materials / format requirements"),
            checkpoint: LocalizedText(
                zh: "是否有明确的办理材料格式要求（如：原件/复印件、纸质版/电子版、份数等）",
                en: "Every material states original or copy, paper or electronic, and the number of copies."),
            appliesTo: .serviceItem),
        Indicator(
            id: .materialWording, level1: serviceItems,
            level2: LocalizedText(zh: "材料明确性 / 表述是否清晰", en: "Clarity of materials / clear wording"),
            checkpoint: LocalizedText(
                zh: "是否存在表述含糊不清的情形（如：根据有关法律法规规定应提交的其他材料等）",
                en: "No vague catch-all wording such as \"other materials required by the relevant laws and regulations\"."),
            appliesTo: .serviceItem),
        Indicator(
            id: .formDownload, level1: serviceItems,
            level2: LocalizedText(zh: "附件实用性 / 表格下载", en: "Usefulness of attachments / form download"),
            checkpoint: LocalizedText(
                zh: "办事指南中要求提供申请表、申请书等表单的，是否提供规范表格的获取渠道",
                en: "Every required form (application form, letter of application…) can be obtained (download link)."),
            appliesTo: .serviceItem),
        Indicator(
            id: .formSample, level1: serviceItems,
            level2: LocalizedText(zh: "附件实用性 / 填写示范", en: "Usefulness of attachments / filling sample"),
            checkpoint: LocalizedText(
                zh: "办事指南中要求提供申请表、申请书等表单的，是否提供填写说明或示范文本",
                en: "Every required form has filling instructions or a sample."),
            appliesTo: .serviceItem),
    ]

    /// The indicators assessed on each platform, in table order.
    package static let platformIndicators: [Indicator] = all.filter { $0.appliesTo == .platform }
    /// The indicators assessed on each service item, in table order.
    package static let serviceItemIndicators: [Indicator] = all.filter { $0.appliesTo == .serviceItem }

    fileprivate static let position: [IndicatorID: Int] = Dictionary(
        uniqueKeysWithValues: all.enumerated().map { ($0.element.id, $0.offset) })
}
