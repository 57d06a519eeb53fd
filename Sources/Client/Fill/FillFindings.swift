import Shared

/// The questions behind validation findings and the reviewer's pinned comments, for
/// `zicha fill --errors`.
///
/// A question is behind a finding when the finding's path lies under the question's field
/// (`…search.tests[2].found` under `…search.tests`) or the question's field lies under the
/// finding's path (`…checks.search`, an indicator not assessed, covers all its questions).
/// A finding of an indicator also brings up that indicator's result, whose default follows the
/// evidence as corrected.
struct FillFindings {
    let issues: [ValidationIssue]
    /// The comments pinned to places of the returned version, walked like findings.
    let comments: [PinnedComment]
    private let paths: Set<String>
    private let pathsAndAncestors: Set<String>
    private let results: Set<String>

    init(_ issues: [ValidationIssue], comments: [PinnedComment] = []) {
        self.issues = issues
        self.comments = comments
        let all = issues.map(\.path) + comments.map(\.path)
        paths = Set(all)
        pathsAndAncestors = Set(all.flatMap { FillPath.ancestors($0) })
        results = Set(issues.compactMap(Self.resultQuestion))
    }

    var isEmpty: Bool { issues.isEmpty && comments.isEmpty }

    /// Whether the question `id` is behind one of the findings or comments.
    func matches(_ id: String) -> Bool {
        pathsAndAncestors.contains(id) || results.contains(id) || FillPath.ancestors(id).contains(where: paths.contains)
    }

    /// The comments about the question `id`: pinned to it, to a field inside it, or to a place
    /// that holds it (an indicator, a service item).
    func comments(about id: String) -> [PinnedComment] {
        comments.filter { FillPath.isWithin(id, $0.path) || FillPath.isWithin($0.path, id) }
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
