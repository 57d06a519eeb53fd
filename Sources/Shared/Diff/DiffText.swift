/// Values of a report in words, as a reviewer reads them: 是/否 for yes and no, the Chinese
/// names of enumerations, texts unquoted, a list entry as its fields (搜索词：…；是否搜到：是).
enum DiffText {
    /// How long a value said in words gets before it is cut short (a whole added platform would
    /// otherwise be its entire JSON).
    static let entryLimit = 300

    /// `value`, which sits at a place holding `field`, in words.
    static func say(_ value: JSONValue, field: DiffLabels.Field, node: DiffLabels.Node) -> String {
        switch value {
        case .null: return "（空）"
        case .bool(let flag): return flag ? "是" : "否"
        case .integer(let number): return String(number)
        case .double(let number): return String(number)
        case .string(let text): return enumeration(text, field: field) ?? text
        case .array(let elements):
            let entries = elements.map { element -> String in
                if case .list(let list) = node { return say(element, field: list.field, node: list.node) }
                return say(element, field: .plain, node: .unknown)
            }
            return excerpt(entries.isEmpty ? "（无）" : entries.joined(separator: "；"), limit: entryLimit)
        case .object(let members):
            let keys = members.keys.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
            let fields = keys.compactMap { key -> String? in
                guard let member = members[key], member != .null else { return nil }
                let child = node.child(key)
                let text: String =
                    switch member {
                    case .array(let elements): "\(elements.count) 项"
                    case .object(let inner): "\(inner.count) 项内容"
                    default: say(member, field: child.field, node: child.node)
                    }
                return "\(child.name)：\(text)"
            }
            return excerpt(fields.joined(separator: "；"), limit: entryLimit)
        }
    }

    /// The Chinese name of an enumeration's value, when `field` holds one and `raw` is one of its cases.
    private static func enumeration(_ raw: String, field: DiffLabels.Field) -> String? {
        switch field {
        case .plain, .yesNo: nil
        case .level: PlatformLevel(rawValue: raw)?.label.zh
        case .result: AssessmentResult(rawValue: raw)?.label.zh
        case .rectificationStatus: RectificationStatus(rawValue: raw)?.label.zh
        case .dimension: ColumnDimension(rawValue: raw)?.label.zh
        case .account: AccountKind(rawValue: raw)?.label.zh
        case .copyType: CopyType(rawValue: raw)?.label.zh
        case .medium: Medium(rawValue: raw)?.label.zh
        }
    }

    /// `text` cut to `limit` characters, with "…" where it was cut.
    static func excerpt(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }

    /// Keys in the order an entry's fields are said (its name first); others after, by name.
    private static let order: [String: Int] = Dictionary(
        uniqueKeysWithValues: [
            "name", "id", "code", "query", "expectedItem", "found", "on", "account", "succeeded", "question",
            "submittedOn", "answeredOn", "dimension", "itemCount", "description", "copyType", "medium", "copies",
            "url", "portalUrl", "level", "regionCode", "siteCode", "department", "downloadUrl", "instructionsUrl",
            "sampleUrl", "result", "problems", "measures", "status", "completedOn", "dueOn", "responsible", "notes",
        ].enumerated().map { ($0.element, $0.offset) })
}
