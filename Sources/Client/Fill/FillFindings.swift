import Shared

/// The questions behind validation findings, for `zicha fill --errors`.
///
/// A question is behind a finding when the finding's path lies under the question's field
/// (`…search.tests[2].found` under `…search.tests`) or the question's field lies under the
/// finding's path (`…checks.search`, an indicator not assessed, covers all its questions).
/// A finding of an indicator also brings up that indicator's result, whose default follows the
/// evidence as corrected.
struct FillFindings {
    let issues: [ValidationIssue]
    private let paths: Set<String>
    private let pathsAndAncestors: Set<String>
    private let results: Set<String>

    init(_ issues: [ValidationIssue]) {
        self.issues = issues
        paths = Set(issues.map(\.path))
        pathsAndAncestors = Set(issues.flatMap { FillPath.ancestors($0.path) })
        results = Set(issues.compactMap(Self.resultQuestion))
    }

    var isEmpty: Bool { issues.isEmpty }

    /// Whether the question `id` is behind one of the findings.
    func matches(_ id: String) -> Bool {
        pathsAndAncestors.contains(id) || results.contains(id) || FillPath.ancestors(id).contains(where: paths.contains)
    }

    /// The findings no question of `steps` is behind (the round, the filer's code, a platform's
    /// id…): they are fixed in an editor, or with `:add-item` for a platform without items.
    func unplaced(in steps: [FillStep]) -> [ValidationIssue] {
        let ids = Set(steps.map(\.id))
        let idsAndAncestors = Set(steps.flatMap { FillPath.ancestors($0.id) })
        return issues.filter { issue in
            !idsAndAncestors.contains(issue.path) && !FillPath.ancestors(issue.path).contains(where: ids.contains)
        }
    }

    /// The result question of the indicator `issue` concerns, on its platform or service item.
    private static func resultQuestion(_ issue: ValidationIssue) -> String? {
        guard let indicator = issue.indicator else { return nil }
        var location = StepLocation(path: issue.path)
        if indicator.indicator.appliesTo == .platform {
            location.item = nil
        } else if location.item == nil {
            return nil
        }
        return location.path.map { "\($0).checks.\(indicator.rawValue).result" }
    }
}
