import Shared

/// Every JSON path a finding, a comment or a change can be shown at: the header's fields, each
/// platform with its six indicators, each service item with its guide elements and seven
/// indicators. Items are checked by their path's shape against the report's item counts rather
/// than listed, so that a report of thousands of items does not build a set of their paths.
struct ReportAnchors: Sendable {
    /// The header's and the platforms' anchors, listed.
    private let listed: Set<String>
    /// Service items of each platform.
    private let itemCounts: [Int]

    private static let guideFields = Set(GuideField.allCases.map(\.rawValue))
    private static let itemIndicators = Set(IndicatorCatalogue.serviceItemIndicators.map(\.id.rawValue))

    /// The anchors of `report`, whose service items may be stubs (only their count matters).
    init(_ report: SelfInspectionReport) {
        var listed: Set<String> = [
            "", "preparedOn", "preparedBy", "summary", "unifiedPlatform", "filer", "round", "formVersion",
        ]
        for i in report.platforms.indices {
            let path = "platforms[\(i)]"
            listed.insert(path)
            for id in IndicatorCatalogue.platformIndicators { listed.insert("\(path).checks.\(id.id.rawValue)") }
        }
        self.listed = listed
        itemCounts = report.platforms.map(\.serviceItems.count)
    }

    /// Whether `path` is an anchor.
    func contains(_ path: String) -> Bool {
        if listed.contains(path) { return true }
        guard let steps = ReportPath.steps(path), steps.count == 4 || steps.count == 6,
            case .key("platforms") = steps[0], case .index(let i) = steps[1], itemCounts.indices.contains(i),
            case .key("serviceItems") = steps[2], case .index(let j) = steps[3], (0..<itemCounts[i]).contains(j)
        else { return false }
        guard steps.count == 6, case .key(let group) = steps[4], case .key(let field) = steps[5] else { return true }
        switch group {
        case "guide": return Self.guideFields.contains(field)
        case "checks": return Self.itemIndicators.contains(field)
        default: return false
        }
    }
}
