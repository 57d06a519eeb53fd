import Foundation
import Shared

/// The evidence of each indicator as lines of text, and the guide of a service item.
extension ReportView {
    static func platformChecks(_ checks: PlatformChecks) -> [Assessed] {
        [
            Assessed(
                id: .unifiedEntry, assessment: checks.unifiedEntry?.assessment,
                evidence: ["与本级政府门户网站前端整合：\(Labels.yesNo(checks.unifiedEntry?.evidence.integratedWithPortal))"]),
            Assessed(
                id: .columns, assessment: checks.columns?.assessment,
                evidence: lines(checks.columns?.evidence.columns, none: "未列出栏目") {
                    "栏目“\($0.name)”（\(dimension($0.dimension))）：\($0.itemCount) 项\($0.itemCount == 0 ? "（空栏目）" : "")"
                }),
            Assessed(
                id: .search, assessment: checks.search?.assessment,
                evidence: lines(checks.search?.evidence.tests, none: "未做搜索测试") {
                    "搜索“\($0.query)”，应找到“\($0.expectedItem)”：\($0.found ? "找到" : "未找到")"
                }),
            Assessed(
                id: .classification, assessment: checks.classification?.assessment,
                evidence: lines(checks.classification?.evidence.mismatches, none: "未发现分类不符") { "分类不符：\($0)" }),
            Assessed(
                id: .registration, assessment: checks.registration?.assessment,
                evidence: lines(checks.registration?.evidence.tests, none: "未做注册测试") {
                    "\($0.on.raw) \($0.account == .person ? "个人" : "法人")账户注册：\($0.succeeded ? "成功" : "失败")"
                }),
            Assessed(
                id: .consultation, assessment: checks.consultation?.assessment,
                evidence: ["咨询渠道可提交问题：\(Labels.yesNo(checks.consultation?.evidence.channelWorks))"]
                    + lines(checks.consultation?.evidence.tests, none: "未做咨询测试") {
                        "咨询“\($0.question)”：\($0.submittedOn.raw) 提交，" + ($0.answeredOn.map { "\($0.raw) 答复" } ?? "未答复")
                    }),
        ]
    }

    static func itemChecks(_ checks: ServiceItemChecks) -> [Assessed] {
        let accuracy = checks.accuracy?.evidence
        return [
            Assessed(id: .completeness, assessment: checks.completeness?.assessment, evidence: ["依据办事指南各要素（见上）"]),
            Assessed(
                id: .accuracy, assessment: checks.accuracy?.assessment,
                evidence: ["已与线下办理情况核对：\(Labels.yesNo(accuracy?.offlineVerified))"]
                    + (accuracy?.discrepancies ?? []).prefix(TextBudget.listLimit).map { "不一致：\($0)" }),
            Assessed(id: .processClarity, assessment: checks.processClarity?.assessment, evidence: ["依据办理流程（见上）"]),
            Assessed(id: .materialFormat, assessment: checks.materialFormat?.assessment, evidence: ["依据申请材料（见上）"]),
            Assessed(id: .materialWording, assessment: checks.materialWording?.assessment, evidence: ["依据申请材料（见上）"]),
            Assessed(id: .formDownload, assessment: checks.formDownload?.assessment, evidence: ["依据表格附件（见上）"]),
            Assessed(id: .formSample, assessment: checks.formSample?.assessment, evidence: ["依据表格附件（见上）"]),
        ]
    }

    /// The row of one element of the guide; forms with their links.
    static func guideRow(_ field: GuideField, _ guide: Guide, notes: PlaceNotes, budget: inout TextBudget) -> GuideRow {
        func text(_ value: String?) -> [String] {
            guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
            return [budget.text(value)]
        }
        var lines: [String] = []
        var forms: [FormLine] = []
        switch field {
        case .basis: lines = text(guide.basis)
        case .conditions: lines = text(guide.conditions)
        case .timeLimit: lines = text(guide.timeLimit)
        case .fee: lines = text(guide.fee)
        case .agency: lines = text(guide.agency)
        case .contact: lines = text(guide.contact)
        case .steps: lines = budget.lines(guide.steps ?? []) { $0.text("\($1.name)：\($1.description ?? "（无说明）")") }
        case .materials: lines = budget.lines(guide.materials ?? []) { $0.text(material($1)) }
        case .forms:
            let all = guide.forms ?? []
            forms = all.prefix(TextBudget.listLimit).map { form in
                FormLine(
                    name: budget.text(form.name), download: form.downloadUrl.map { LinkText(budget.text($0)) },
                    instructions: form.instructionsUrl.map { LinkText(budget.text($0)) },
                    sample: form.sampleUrl.map { LinkText(budget.text($0)) })
            }
            if all.count > TextBudget.listLimit { lines = ["……另有 \(all.count - TextBudget.listLimit) 张表格未显示"] }
        }
        return GuideRow(label: field.label, lines: lines, forms: forms, missing: lines.isEmpty && forms.isEmpty, beside: notes)
    }

    private static func material(_ m: Material) -> String {
        let copy = m.copyType.map { ["original": "原件", "copy": "复印件", "originalAndCopy": "原件和复印件"][$0.rawValue] ?? $0.rawValue }
        let medium = m.medium.map {
            ["paper": "纸质", "electronic": "电子", "paperOrElectronic": "纸质或电子"][$0.rawValue] ?? $0.rawValue
        }
        let parts = [copy ?? "未写明原件/复印件", medium ?? "未写明纸质/电子", m.copies.map { "\($0) 份" } ?? "未写明份数"]
        return "\(m.name)（\(parts.joined(separator: "，"))）" + (m.notes.map { "：\($0)" } ?? "")
    }

    private static func dimension(_ d: ColumnDimension) -> String {
        switch d {
        case .theme: "主题"
        case .department: "部门"
        case .user: "用户"
        case .other: "其他"
        }
    }

    /// One line per value (at most `TextBudget.listLimit`, then how many more), or `none`.
    private static func lines<T>(_ values: [T]?, none: String, _ line: (T) -> String) -> [String] {
        guard let values, !values.isEmpty else { return [none] }
        let more = values.count > TextBudget.listLimit ? ["……另有 \(values.count - TextBudget.listLimit) 条未显示"] : []
        return values.prefix(TextBudget.listLimit).map(line) + more
    }
}

/// The elements of a service guide, in the order the page shows them.
enum GuideField: String, CaseIterable, Sendable {
    case basis, conditions, steps, timeLimit, fee, materials, agency, contact, forms

    var label: String {
        switch self {
        case .basis: "设定依据"
        case .conditions: "受理条件"
        case .steps: "办理流程"
        case .timeLimit: "办理时限"
        case .fee: "收费标准"
        case .materials: "申请材料"
        case .agency: "办理机构"
        case .contact: "联系方式"
        case .forms: "表格下载"
        }
    }
}
