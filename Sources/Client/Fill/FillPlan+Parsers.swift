import Shared

/// Parsers of list entries typed as `a | b | c`.
extension FillPlan {
    /// The case of `E` typed as the file spells it (`theme`) or by its zh-Hans name from
    /// `StateLabels` (`主题`).
    static func parseCase<E: Labelled & CaseIterable & RawRepresentable<String>>(_ text: String) -> E? {
        E(rawValue: text) ?? E.allCases.first { $0.label.zh == text }
    }

    static func parseColumn(_ line: String) -> Result<Column, Hint> {
        Q.fields(line, count: 3, format: "栏目名称 | 维度 | 事项数").flatMap { f in
            guard let dimension: ColumnDimension = parseCase(f[1]) else {
                return .failure(
                    Hint("维度应为 theme/department/user/other 或 主题/部门/用户/其他", "dimension must be theme, department, user or other"))
            }
            guard let count = Int(f[2]), count >= 0 else {
                return .failure(Hint("事项数应为 0 或正整数", "item count must be a whole number ≥ 0"))
            }
            guard !f[0].isEmpty else { return .failure(Hint("栏目名称不能为空", "the column needs a name")) }
            return .success(Column(name: f[0], dimension: dimension, itemCount: count))
        }
    }

    static func parseSearchTest(_ line: String) -> Result<SearchTest, Hint> {
        Q.fields(line, count: 3, format: "检索词 | 期望找到的事项 | y/n").flatMap { f in
            guard !f[0].isEmpty, !f[1].isEmpty else { return .failure(Hint("检索词和事项不能为空", "query and item are required")) }
            return Q.parseBool(f[2]).map { SearchTest(query: f[0], expectedItem: f[1], found: $0) }
        }
    }

    static func parseRegistrationTest(_ line: String) -> Result<RegistrationTest, Hint> {
        Q.fields(line, count: 3, format: "日期 | person/enterprise | y/n").flatMap { f in
            // 企业 is how many clerks say 法人.
            guard let kind: AccountKind = f[1] == "企业" ? .enterprise : parseCase(f[1]) else {
                return .failure(Hint("账户类型应为 个人/法人（person/enterprise）", "account must be person or enterprise"))
            }
            return Q.parseDate(f[0]).flatMap { day in
                Q.parseBool(f[2]).map { RegistrationTest(on: day, account: kind, succeeded: $0) }
            }
        }
    }

    static func parseConsultationTest(_ line: String) -> Result<ConsultationTest, Hint> {
        Q.fields(line, count: 3, format: "问题 | 提交日期 | 答复日期或 -").flatMap { f in
            guard !f[0].isEmpty else { return .failure(Hint("问题不能为空", "the question is required")) }
            return Q.parseDate(f[1]).flatMap { submitted in
                guard let answered = Q.optional(f[2]) else {
                    return .success(ConsultationTest(question: f[0], submittedOn: submitted, answeredOn: nil))
                }
                return Q.parseDate(answered).map { ConsultationTest(question: f[0], submittedOn: submitted, answeredOn: $0) }
            }
        }
    }

    static func parseStep(_ line: String) -> Result<Step, Hint> {
        Q.fields(line, count: 2, format: "环节名称 | 具体说明").flatMap { f in
            f[0].isEmpty
                ? .failure(Hint("环节名称不能为空", "the step needs a name")) : .success(Step(name: f[0], description: Q.optional(f[1])))
        }
    }

    static func parseMaterial(_ line: String) -> Result<Material, Hint> {
        Q.fields(line, count: 5, format: "名称 | 原件/复印件 | 纸质/电子 | 份数 | 备注").flatMap { f in
            guard !f[0].isEmpty else { return .failure(Hint("材料名称不能为空", "the material needs a name")) }
            var copyType: CopyType?
            var medium: Medium?
            var copies: Int?
            if let text = Q.optional(f[1]) {
                guard let value: CopyType = parseCase(text) else {
                    return .failure(Hint("份数类型应为 原件/复印件/原件和复印件 或 -", "copy type must be original, copy, originalAndCopy or -"))
                }
                copyType = value
            }
            if let text = Q.optional(f[2]) {
                guard let value: Medium = parseCase(text) else {
                    return .failure(Hint("介质应为 纸质/电子/纸质或电子 或 -", "medium must be paper, electronic, paperOrElectronic or -"))
                }
                medium = value
            }
            if let text = Q.optional(f[3]) {
                guard let value = Int(text), value >= 1 else {
                    return .failure(Hint("份数应为正整数或 -", "copies must be a whole number ≥ 1 or -"))
                }
                copies = value
            }
            return .success(Material(name: f[0], copyType: copyType, medium: medium, copies: copies, notes: Q.optional(f[4])))
        }
    }

    static func parseForm(_ line: String) -> Result<FormAttachment, Hint> {
        Q.fields(line, count: 4, format: "表格名称 | 下载地址 | 填写说明地址 | 示范文本地址").flatMap { f in
            guard !f[0].isEmpty else { return .failure(Hint("表格名称不能为空", "the form needs a name")) }
            var urls: [String?] = []
            for text in f[1...] {
                guard let url = Q.optional(text) else {
                    urls.append(nil)
                    continue
                }
                if case .failure(let hint) = Q.parseURL(url) { return .failure(hint) }
                urls.append(url)
            }
            return .success(FormAttachment(name: f[0], downloadUrl: urls[0], instructionsUrl: urls[1], sampleUrl: urls[2]))
        }
    }
}
