/// The form's field names in Chinese, by where a key stands (docs/FORM.md, "Document structure").
extension DiffLabels {
    /// How a value is said in words.
    enum Field: Sendable {
        case plain, yesNo, level, result, rectificationStatus, dimension, account, copyType, medium
    }

    /// What a key leads to: its name, the node below it, how its value is said, and whether its
    /// name is said on the way to a deeper place (站内搜索 is; 平台功能 is said only when it is the place).
    struct Child {
        var name: String
        var node: Node
        var field: Field = .plain
        var onTheWay = false
    }

    /// A list of the form and how its entries are named (测试3, 平台1「江苏政务服务网」).
    struct List: Sendable {
        var entry: String
        /// Entries are objects with a `name`, said in 「」 after the number.
        var named: Bool
        var node: Node
        var field: Field = .plain
    }

    /// A place of the form where keys have known names.
    indirect enum Node: Sendable {
        case report, filer, preparedBy, platform, checks
        case check(IndicatorID)
        case rectification, item, guide
        case column, searchTest, registrationTest, consultationTest, step, material, form, attachment
        case list(List)
        case unknown

        /// What `key` leads to here; a key the form does not know keeps its JSON name.
        func child(_ key: String) -> Child {
            let known: Child? =
                switch self {
                case .report: Self.reportKeys[key]
                case .filer: Self.leaves(["code": "代码", "name": "名称"])[key]
                case .preparedBy:
                    Self.leaves(["unit": "填报部门", "contact": "联系人", "phone": "联系电话", "email": "电子邮箱"])[key]
                case .platform: Self.platformKeys[key]
                case .checks:
                    IndicatorID(rawValue: key).map { Child(name: $0.indicator.level2.zh, node: .check($0), onTheWay: true) }
                case .check(let id): Self.assessmentKeys[key] ?? Self.evidence(id)[key]
                case .rectification: Self.rectificationKeys[key]
                case .item: Self.itemKeys[key]
                case .guide: Self.guideKeys[key]
                case .column:
                    [
                        "name": Child(name: "栏目名称", node: .unknown),
                        "dimension": Child(name: "分类维度", node: .unknown, field: .dimension),
                        "itemCount": Child(name: "事项数", node: .unknown),
                    ][key]
                case .searchTest:
                    [
                        "query": Child(name: "搜索词", node: .unknown), "expectedItem": Child(name: "应搜到的事项", node: .unknown),
                        "found": Child(name: "是否搜到", node: .unknown, field: .yesNo),
                    ][key]
                case .registrationTest:
                    [
                        "on": Child(name: "测试日期", node: .unknown),
                        "account": Child(name: "账户类型", node: .unknown, field: .account),
                        "succeeded": Child(name: "是否注册成功", node: .unknown, field: .yesNo),
                    ][key]
                case .consultationTest:
                    Self.leaves(["question": "咨询问题", "submittedOn": "提交日期", "answeredOn": "答复日期"])[key]
                case .step: Self.leaves(["name": "环节名称", "description": "环节说明"])[key]
                case .material: Self.materialKeys[key]
                case .form:
                    Self.leaves(["name": "表格名称", "downloadUrl": "下载地址", "instructionsUrl": "填写说明地址", "sampleUrl": "示范文本地址"])[key]
                case .attachment:
                    Self.leaves([
                        "name": "文件名", "caption": "说明", "sha256": "SHA-256", "mediaType": "文件类型", "bytes": "字节数",
                    ])[key]
                case .list, .unknown: nil
                }
            return known ?? Child(name: key, node: .unknown, onTheWay: true)
        }

        private static func leaves(_ names: [String: String]) -> [String: Child] {
            names.mapValues { Child(name: $0, node: .unknown) }
        }

        private static func list(_ name: String, _ list: List) -> Child { Child(name: name, node: .list(list)) }

        private static let reportKeys: [String: Child] = [
            "formVersion": Child(name: "表格版本", node: .unknown), "round": Child(name: "填报轮次", node: .unknown),
            "filer": Child(name: "填报单位", node: .filer, onTheWay: true), "preparedOn": Child(name: "填报日期", node: .unknown),
            "preparedBy": Child(name: "填报联系人", node: .preparedBy),
            "unifiedPlatform": Child(name: "一体化平台", node: .unknown, field: .yesNo),
            "platforms": list("平台", List(entry: "平台", named: true, node: .platform)),
            "summary": Child(name: "整改情况", node: .unknown),
        ]

        private static let platformKeys: [String: Child] = [
            "id": Child(name: "平台标识", node: .unknown), "name": Child(name: "平台名称", node: .unknown),
            "url": Child(name: "平台网址", node: .unknown), "portalUrl": Child(name: "门户网站网址", node: .unknown),
            "level": Child(name: "平台层级", node: .unknown, field: .level), "regionCode": Child(name: "行政区划代码", node: .unknown),
            "siteCode": Child(name: "网站标识码", node: .unknown), "checks": Child(name: "平台功能", node: .checks),
            "serviceItems": list("服务事项", List(entry: "事项", named: true, node: .item)),
        ]

        private static let assessmentKeys: [String: Child] = [
            "result": Child(name: "自查结论", node: .unknown, field: .result),
            "problems": list("发现的问题", List(entry: "问题", named: false, node: .unknown)),
            "rectification": Child(name: "整改", node: .rectification), "notes": Child(name: "说明", node: .unknown),
            "attachments": attachments,
        ]

        /// Evidence files, named by their file name: 佐证材料1「搜索截图.png」.
        private static let attachments = list("佐证材料", List(entry: "佐证材料", named: true, node: .attachment))

        private static func evidence(_ id: IndicatorID) -> [String: Child] {
            switch id {
            case .unifiedEntry:
                ["integratedWithPortal": Child(name: "与门户网站前端整合", node: .unknown, field: .yesNo)]
            case .columns: ["columns": list("栏目", List(entry: "栏目", named: true, node: .column))]
            case .search: ["tests": list("搜索测试", List(entry: "测试", named: false, node: .searchTest))]
            case .classification: ["mismatches": list("分类不符", List(entry: "分类不符", named: false, node: .unknown))]
            case .registration: ["tests": list("注册测试", List(entry: "测试", named: false, node: .registrationTest))]
            case .consultation:
                [
                    "channelWorks": Child(name: "咨询渠道可提交问题", node: .unknown, field: .yesNo),
                    "tests": list("咨询测试", List(entry: "咨询", named: false, node: .consultationTest)),
                ]
            case .accuracy:
                [
                    "offlineVerified": Child(name: "已与线下办理核对", node: .unknown, field: .yesNo),
                    "discrepancies": list("不一致之处", List(entry: "不一致", named: false, node: .unknown)),
                ]
            default: [:]
            }
        }

        private static let rectificationKeys: [String: Child] = [
            "measures": Child(name: "整改措施", node: .unknown),
            "status": Child(name: "整改状态", node: .unknown, field: .rectificationStatus),
            "completedOn": Child(name: "整改完成日期", node: .unknown), "dueOn": Child(name: "计划完成日期", node: .unknown),
            "responsible": Child(name: "责任单位", node: .unknown), "attachments": attachments,
        ]

        private static let itemKeys: [String: Child] = [
            "name": Child(name: "事项名称", node: .unknown), "code": Child(name: "事项编码", node: .unknown),
            "department": Child(name: "实施部门", node: .unknown), "guide": Child(name: "办事指南", node: .guide),
            "checks": Child(name: "事项检查", node: .checks),
        ]

        private static let guideKeys: [String: Child] = [
            "basis": Child(name: "设定依据", node: .unknown), "conditions": Child(name: "受理条件", node: .unknown),
            "timeLimit": Child(name: "办理时限", node: .unknown), "fee": Child(name: "收费标准", node: .unknown),
            "agency": Child(name: "办理机构", node: .unknown), "contact": Child(name: "联系方式", node: .unknown),
            "steps": list("办理流程", List(entry: "环节", named: true, node: .step)),
            "materials": list("申请材料", List(entry: "材料", named: true, node: .material)),
            "forms": list("表格", List(entry: "表格", named: true, node: .form)),
        ]

        private static let materialKeys: [String: Child] = [
            "name": Child(name: "材料名称", node: .unknown),
            "copyType": Child(name: "原件或复印件", node: .unknown, field: .copyType),
            "medium": Child(name: "纸质或电子", node: .unknown, field: .medium), "copies": Child(name: "份数", node: .unknown),
            "notes": Child(name: "备注", node: .unknown),
        ]
    }
}
