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
    package let level1: Label
    /// The level-2 name, with the level-3 name after " / " where the table has one.
    package let level2: Label
    /// The checkpoint (检查要点): the Chinese text is the attachment's, the English is docs/FORM.md's.
    package let checkpoint: Label
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
    private static let platformFunctions = Label("平台功能", "Platform functions")
    private static let serviceItems = Label("服务事项", "Service items")

    package static let all: [Indicator] = [
        Indicator(
            id: .unifiedEntry, level1: platformFunctions,
            level2: Label("统一入口", "Unified entry"),
            checkpoint: Label(
                "互联网政务服务平台是否与本级政府门户网站前端整合，形成统一服务入口",
                "The platform is integrated with the same-level government portal's front end: one entry."),
            appliesTo: .platform),
        Indicator(
            id: .columns, level1: platformFunctions,
            level2: Label("栏目设置", "Columns"),
            checkpoint: Label(
                "栏目设置是否合理，是否存在主题、部门或栏目空白的情况",
                "Columns are reasonable; no theme, department or column is left empty."),
            appliesTo: .platform),
        Indicator(
            id: .search, level1: platformFunctions,
            level2: Label("站内搜索", "Site search"),
            checkpoint: Label(
                "能否搜索到网站上已有的服务事项",
                "Service items that exist on the site can be found by its search."),
            appliesTo: .platform),
        Indicator(
            id: .classification, level1: platformFunctions,
            level2: Label("合理分类", "Classification"),
            checkpoint: Label(
                "主题、部门、用户等维度分类与事项内容是否对应",
                "The theme, department and user classification matches the items' content."),
            appliesTo: .platform),
        Indicator(
            id: .registration, level1: platformFunctions,
            level2: Label("在线注册", "Online registration"),
            checkpoint: Label(
                "平台是否可以成功注册",
                "An account can be registered successfully."),
            appliesTo: .platform),
        Indicator(
            id: .consultation, level1: platformFunctions,
            level2: Label("咨询互动", "Consultation"),
            checkpoint: Label(
                "咨询互动功能是否真实有效，即能否正常提交咨询问题，并在5个工作日内获得反馈",
                "A question can be submitted and is answered within 5 working days."),
            appliesTo: .platform),
        Indicator(
            id: .completeness, level1: serviceItems,
            level2: Label("要素全面性", "Completeness of the guide"),
            checkpoint: Label(
                "是否存在办事指南要素（包括依据条件、办理流程、办理时限、收费标准、办理材料、办理机构、联系方式等）缺失的情形",
                "Guide elements present: basis and conditions, process, time limit, fee, materials, agency, contact."),
            appliesTo: .serviceItem),
        Indicator(
            id: .accuracy, level1: serviceItems,
            level2: Label("内容准确性", "Accuracy of content"),
            checkpoint: Label(
                "办事指南信息是否存在错误，是否与线下实际办事情况不一致",
                "The guide is free of errors and consistent with offline handling."),
            appliesTo: .serviceItem),
        Indicator(
            id: .processClarity, level1: serviceItems,
            level2: Label("流程清晰度", "Clarity of the process"),
            checkpoint: Label(
                "对于流程复杂事项，是否仅提供办理环节名称（如：申请、受理、审查、决定等），而未明确说明各环节具体内容",
                "Each step is described, not only named (application, acceptance, review, decision)."),
            appliesTo: .serviceItem),
        Indicator(
            id: .materialFormat, level1: serviceItems,
            level2: Label("材料明确性 / 格式要求是否明确", "Clarity of materials / format requirements"),
            checkpoint: Label(
                "是否有明确的办理材料格式要求（如：原件/复印件、纸质版/电子版、份数等）",
                "Every material states original or copy, paper or electronic, and the number of copies."),
            appliesTo: .serviceItem),
        Indicator(
            id: .materialWording, level1: serviceItems,
            level2: Label("材料明确性 / 表述是否清晰", "Clarity of materials / clear wording"),
            checkpoint: Label(
                "是否存在表述含糊不清的情形（如：根据有关法律法规规定应提交的其他材料等）",
                "No vague catch-all wording such as \"other materials required by the relevant laws and regulations\"."),
            appliesTo: .serviceItem),
        Indicator(
            id: .formDownload, level1: serviceItems,
            level2: Label("附件实用性 / 表格下载", "Usefulness of attachments / form download"),
            checkpoint: Label(
                "办事指南中要求提供申请表、申请书等表单的，是否提供规范表格的获取渠道",
                "Every required form (application form, letter of application…) can be obtained (download link)."),
            appliesTo: .serviceItem),
        Indicator(
            id: .formSample, level1: serviceItems,
            level2: Label("附件实用性 / 填写示范", "Usefulness of attachments / filling sample"),
            checkpoint: Label(
                "办事指南中要求提供申请表、申请书等表单的，是否提供填写说明或示范文本",
                "Every required form has filling instructions or a sample."),
            appliesTo: .serviceItem),
    ]

    /// The indicators assessed on each platform, in table order.
    package static let platformIndicators: [Indicator] = all.filter { $0.appliesTo == .platform }
    /// The indicators assessed on each service item, in table order.
    package static let serviceItemIndicators: [Indicator] = all.filter { $0.appliesTo == .serviceItem }

    fileprivate static let position: [IndicatorID: Int] = Dictionary(
        uniqueKeysWithValues: all.enumerated().map { ($0.element.id, $0.offset) })
}
