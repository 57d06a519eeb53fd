import Shared

extension Sheet {
    /// The columns of the sheet in order; for 基本信息, its rows (项目 | 内容).
    package var columns: [SheetColumn] { Self.columnsBySheet[self]! }

    /// Built once: readers look columns up for every cell.
    private static let columnsBySheet = Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.makeColumns()) })

    /// Field → index in `columns`, per sheet.
    static let indexBySheet = columnsBySheet.mapValues { columns in
        Dictionary(columns.enumerated().map { ($0.element.field, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    private func makeColumns() -> [SheetColumn] {
        switch self {
        case .info: Self.infoFields
        case .platforms: Self.platformColumns
        case .platformChecks: [Self.platformKey, Self.indicator(.platform)] + Self.assessmentColumns
        case .columns:
            [
                Self.platformKey, SheetColumn("栏目名称", "name", .text, hint: "平台上的栏目名称", example: "个人服务"),
                SheetColumn("分类维度", "dimension", Self.choice(ColumnDimension.self), hint: "主题、部门、用户或其他", example: "用户"),
                SheetColumn("事项数", "itemCount", .integer, hint: "栏目下的事项数（整数，0 表示空栏目）", example: "1214", width: 10),
            ]
        case .searchTests:
            [
                Self.platformKey, SheetColumn("检索词", "query", .text, hint: "在站内搜索中输入的词", example: "教师资格认定", width: 20),
                SheetColumn("应找到的事项", "expectedItem", .text, hint: "网站上已有、应能搜到的事项", example: "教师资格认定", width: 20),
                SheetColumn("是否找到", "found", .yesNo, hint: "是或否", example: "是", width: 10),
            ]
        case .registrationTests:
            [
                Self.platformKey, SheetColumn("注册日期", "on", .date, hint: "日期，如 2017-11-02", example: "2017-11-02", width: 12),
                SheetColumn("账号类型", "account", Self.choice(AccountKind.self), hint: "个人或法人", example: "个人", width: 10),
                SheetColumn("是否成功", "succeeded", .yesNo, hint: "是或否", example: "是", width: 10),
            ]
        case .consultationTests:
            [
                Self.platformKey, SheetColumn("咨询问题", "question", .text, hint: "提交的咨询问题", example: "企业设立登记能否全程网上办理？", width: 30),
                SheetColumn("提交日期", "submittedOn", .date, hint: "日期，如 2017-12-11", example: "2017-12-11", width: 12),
                SheetColumn("答复日期", "answeredOn", .date, hint: "日期；尚未答复留空", example: "2017-12-13", width: 12),
            ]
        case .items: Self.itemColumns
        case .steps:
            Self.itemKeys + [
                SheetColumn("环节名称", "name", .text, hint: "如申请、受理、审查、决定", example: "受理"),
                SheetColumn(
                    "环节说明", "description", .text, hint: "该环节的具体内容（不能只重复名称）", example: "材料齐全、符合法定形式的当场出具受理通知书",
                    width: 40),
            ]
        case .materials:
            Self.itemKeys + [
                SheetColumn("材料名称", "name", .text, hint: "办事指南列出的材料", example: "公司章程", width: 24),
                SheetColumn("原件/复印件", "copyType", Self.choice(CopyType.self), hint: "原件、复印件或原件和复印件", example: "原件"),
                SheetColumn("纸质/电子", "medium", Self.choice(Medium.self), hint: "纸质、电子或纸质或电子", example: "纸质"),
                SheetColumn("份数", "copies", .integer, hint: "整数，至少 1", example: "1", width: 8),
                SheetColumn("材料备注", "notes", .text, hint: "材料说明（可空）", example: "全体股东签署", width: 20),
            ]
        case .forms:
            Self.itemKeys + [
                SheetColumn("表格名称", "name", .text, hint: "办事指南要求的申请表、申请书等", example: "公司登记（备案）申请书", width: 24),
                SheetColumn(
                    "下载地址", "downloadUrl", .text, hint: "http:// 或 https:// 网址（可空）", example: "http://www.jszwfw.gov.cn/sqs.doc",
                    width: 30),
                SheetColumn(
                    "填写说明地址", "instructionsUrl", .text, hint: "网址（可空）", example: "http://www.jszwfw.gov.cn/sqs-txsm.pdf",
                    width: 30),
                SheetColumn(
                    "示范文本地址", "sampleUrl", .text, hint: "网址（可空）", example: "http://www.jszwfw.gov.cn/sqs-sl.pdf", width: 30),
            ]
        case .itemChecks: Self.itemKeys + [Self.indicator(.serviceItem)] + Self.assessmentColumns
        }
    }

    private static let infoFields: [SheetColumn] = [
        SheetColumn("填报单位代码", "filer.code", .text, hint: "6 位行政区划代码，兵团 660000，国务院部门 bm 加两位数字", example: "320000"),
        SheetColumn("填报单位名称", "filer.name", .text, hint: "与填报名单一致", example: "江苏省"),
        SheetColumn("填报轮次", "round", .text, hint: "如 2017", example: "2017"),
        SheetColumn("表单版本", "formVersion", .text, hint: "固定为 1", example: "1"),
        SheetColumn("填报日期", "preparedOn", .date, hint: "证据所反映的日期，如 2017-12-20", example: "2017-12-20"),
        SheetColumn("填报处室", "preparedBy.unit", .text, hint: "负责填报的处室", example: "江苏省人民政府办公厅"),
        SheetColumn("联系人", "preparedBy.contact", .text, hint: "联系人姓名", example: "王敏"),
        SheetColumn("联系电话", "preparedBy.phone", .text, hint: "联系电话", example: "025-83392000"),
        SheetColumn("电子邮箱", "preparedBy.email", .text, hint: "电子邮箱", example: "zwgk@jiangsu.gov.cn"),
        SheetColumn("一体化平台", "unifiedPlatform", .yesNo, hint: "“是”：一个平台覆盖省、市、县三级，只填一个平台", example: "否"),
        SheetColumn("整改情况总体说明", "summary", .text, hint: "整改工作的总体情况", example: "已完成全部整改。"),
    ]

    private static let platformColumns: [SheetColumn] = [
        SheetColumn("平台标识", "id", .text, hint: "本平台的标识，如 p1；其他表用它关联到本平台", example: "js-province", width: 12),
        SheetColumn("平台名称", "name", .text, hint: "平台名称", example: "江苏政务服务网", width: 20),
        SheetColumn("平台网址", "url", .text, hint: "http:// 或 https:// 网址", example: "http://www.jszwfw.gov.cn", width: 26),
        SheetColumn("门户网站网址", "portalUrl", .text, hint: "本级政府门户网站网址（可空）", example: "http://www.jiangsu.gov.cn", width: 26),
        SheetColumn("层级", "level", choice(PlatformLevel.self), hint: "省级、市级、县级或部门", example: "省级", width: 8),
        SheetColumn("行政区划代码", "regionCode", .text, hint: "6 位数字（可空）", example: "320000"),
        SheetColumn("网站标识码", "siteCode", .text, hint: "10 位字母或数字（可空）", example: "3200000001"),
        SheetColumn(
            "与门户网站前端整合", "checks.unifiedEntry.integratedWithPortal", .yesNo, hint: "统一入口的证据：是或否", example: "是",
            width: 12),
        SheetColumn("咨询渠道可用", "checks.consultation.channelWorks", .yesNo, hint: "咨询互动的证据：能否正常提交咨询问题", example: "是", width: 12),
        SheetColumn(
            "分类不符的事项", "checks.classification.mismatches", .lines,
            hint: "合理分类的证据：分类与内容不符的事项，每行一个；核对后没有的填“无”", example: "无", width: 24),
    ]

    private static let itemColumns: [SheetColumn] =
        [
            platformKey, SheetColumn("事项名称", "name", .text, hint: "事项名称；其他表用平台标识和事项名称关联到本事项", example: "企业设立登记", width: 20),
            SheetColumn("事项编码", "code", .text, hint: "事项编码（可空）；同一平台有同名事项时用它区分", example: "320000-XK-001"),
            SheetColumn("实施部门", "department", .text, hint: "实施部门", example: "江苏省工商行政管理局", width: 18),
        ]
        + [
            ("设定依据", "basis", "《中华人民共和国公司法》第六条"), ("办理条件", "conditions", "有公司名称和住所"),
            ("办理时限", "timeLimit", "3个工作日"), ("收费标准", "fee", "不收费"), ("办理机构", "agency", "江苏省工商行政管理局"),
            ("联系方式", "contact", "025-83336114"),
        ].map { SheetColumn($0.0, "guide.\($0.1)", .text, hint: "办事指南中的\($0.0)，照原文填写；指南没有的留空", example: $0.2, width: 18) }
        + [
            SheetColumn(
                "已与线下核对", "checks.accuracy.offlineVerified", .yesNo, hint: "内容准确性的证据：是否与线下实际办理核对", example: "是", width: 12),
            SheetColumn(
                "与线下不一致之处", "checks.accuracy.discrepancies", .lines, hint: "内容准确性的证据：每行一处；核对后没有的填“无”", example: "无",
                width: 20),
        ]

    private static let platformKey = SheetColumn(
        "平台标识", "platforms[].id", .platformKey, hint: "“平台”表中的平台标识", example: "js-province", width: 12)

    private static let itemKeys: [SheetColumn] = [
        platformKey,
        SheetColumn("事项名称", "serviceItems[].name", .itemKey, hint: "“服务事项”表中的事项名称", example: "企业设立登记", width: 20),
        SheetColumn("事项编码", "serviceItems[].code", .itemCodeKey, hint: "同名事项时填事项编码以区分（可空）", example: "320000-XK-001"),
    ]

    private static func indicator(_ scope: IndicatorScope) -> SheetColumn {
        let indicators = IndicatorCatalogue.all.filter { $0.appliesTo == scope }
        return SheetColumn(
            "指标", "<指标>", .choice(indicators.map { $0.id.label }), hint: "检查指标（见“说明”表）",
            example: indicators[scope == .platform ? 2 : 3].level2.zh, width: 18)
    }

    private static let assessmentColumns: [SheetColumn] = [
        SheetColumn("自查结果", "result", choice(AssessmentResult.self), hint: "通过、不通过或不适用；尚未检查的整行留空", example: "不通过", width: 10),
        SheetColumn(
            "发现的问题", "problems", .lines, hint: "不通过时必填，每行一个问题（单元格内换行：Alt+Enter）", example: "搜索“教师资格认定”无结果",
            width: 30),
        SheetColumn("整改措施", "rectification.measures", .text, hint: "不通过时必填", example: "重建站内搜索索引，接入事项库", width: 30),
        SheetColumn(
            "整改状态", "rectification.status", choice(RectificationStatus.self), hint: "已完成、整改中或计划整改", example: "已完成", width: 10),
        SheetColumn("整改完成日期", "rectification.completedOn", .date, hint: "已完成时必填，如 2017-11-20", example: "2017-11-20", width: 12),
        SheetColumn("计划完成日期", "rectification.dueOn", .date, hint: "整改中或计划整改时必填", example: "", width: 12),
        SheetColumn("责任单位", "rectification.responsible", .text, hint: "不通过时必填", example: "江苏省政务服务管理办公室", width: 18),
        SheetColumn("备注", "notes", .text, hint: "不适用时必填，说明理由", example: "", width: 20),
        SheetColumn(
            "佐证材料", "attachments", .lines, hint: AttachmentCell.hint("自查发现"), example: "搜索无结果.png | 2017-11-02 搜索截图",
            width: 30, optional: true),
        SheetColumn(
            "整改佐证材料", "rectification.attachments", .lines, hint: AttachmentCell.hint("整改"), example: "整改后搜索.png", width: 24,
            optional: true),
    ]

    private static func choice<T: Labelled & CaseIterable>(_ type: T.Type) -> ColumnKind {
        .choice(T.allCases.map(\.label))
    }
}
