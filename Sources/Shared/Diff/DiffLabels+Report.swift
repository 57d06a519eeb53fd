extension DiffLabels {
    /// The label of `path` in `report` (the names of platforms, items and entries from it), or
    /// the path itself when it is not one: what the pages say beside a place without reading
    /// the report's JSON again.
    package static func label(of path: String, in report: SelfInspectionReport) -> String {
        guard let steps = ReportPath.steps(path) else { return path }
        return join(parts(of: steps) { name(at: Array($0), in: report) })
    }

    /// The `name` of the list entry `steps` end at.
    private static func name(at steps: [ReportPath.Step], in report: SelfInspectionReport) -> String? {
        guard steps.count >= 2, case .key("platforms") = steps[0], case .index(let i) = steps[1],
            report.platforms.indices.contains(i)
        else { return nil }
        let platform = report.platforms[i]
        let rest = Array(steps.dropFirst(2))
        switch rest.count {
        case 0: return platform.name
        case 2:
            guard case .key("serviceItems") = rest[0], case .index(let j) = rest[1] else { return nil }
            return platform.serviceItems.indices.contains(j) ? platform.serviceItems[j].name : nil
        case 4:
            guard case .key("checks") = rest[0], case .key("columns") = rest[1], case .key("columns") = rest[2],
                case .index(let k) = rest[3]
            else { return nil }
            return platform.checks.columns?.evidence.columns?[safe: k]?.name
        case 5:
            guard case .key("serviceItems") = rest[0], case .index(let j) = rest[1], case .key("guide") = rest[2],
                case .key(let list) = rest[3], case .index(let k) = rest[4], platform.serviceItems.indices.contains(j)
            else { return nil }
            let guide = platform.serviceItems[j].guide
            switch list {
            case "steps": return guide.steps?[safe: k]?.name
            case "materials": return guide.materials?[safe: k]?.name
            case "forms": return guide.forms?[safe: k]?.name
            default: return nil
            }
        default: return nil
        }
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
