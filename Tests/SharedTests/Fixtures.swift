import Foundation
import Shared

/// The validator tests' base: a report that validates without issues, for tests to break one rule at a time.
enum Fixtures {
    /// Jiangsu's report, with no validation issue.
    static func report() -> SelfInspectionReport { TestReports.jiangsu() }

    /// A failed assessment with a complete, completed rectification.
    static func failedCompleted(on day: FormDate = "2017-11-20") -> Assessment {
        Assessment(
            result: .fail, problems: ["发现的问题"],
            rectification: Rectification(measures: "整改措施", status: .completed, completedOn: day, responsible: "省政务办"))
    }

    static let context = ValidationContext(roundID: "2017", deadline: Day("2017-12-31"))

    static func issues(_ report: SelfInspectionReport, context: ValidationContext = Fixtures.context) -> [ValidationIssue] {
        validate(report, context: context)
    }

    /// The bytes of `Examples/name`.
    static func example(_ name: String) throws -> Data { try Binaries.example(name) }
}

extension [ValidationIssue] {
    func with(_ code: String) -> [ValidationIssue] { filter { $0.code == code } }
    var errors: [ValidationIssue] { filter { $0.severity == .error } }
    var warnings: [ValidationIssue] { filter { $0.severity == .warning } }
    func has(_ severity: Severity, _ code: String, at path: String) -> Bool {
        contains { $0.severity == severity && $0.code == code && $0.path == path }
    }
}
