import Foundation
import Shared

/// Runs the Shared validator (the server's own rules) on the clerk's machine.
enum LocalValidator {
    /// Validates `report`; `deadline` (from the server, when known) enables the due-date warning,
    /// `signingFiler` the check that the key belongs to the report's filer, and `source` (the
    /// file's bytes) the check for keys the form does not know.
    static func check(
        _ report: SelfInspectionReport, deadline: Day? = nil, signingFiler: String? = nil, source: Data? = nil
    ) -> ValidationResult {
        let context = ValidationContext(roundID: report.round, deadline: deadline, signingFiler: signingFiler, source: source)
        return ValidationResult(issues: validate(report, context: context))
    }

    /// `result` with the checks of the attachment files beside `reportPath` (present, matching
    /// their references), which only the filer's machine can run.
    static func withFiles(_ result: ValidationResult, report: SelfInspectionReport, reportPath: String) -> ValidationResult {
        let files = AttachmentFiles.check(report, directory: AttachmentFiles.directory(forReport: reportPath))
        return files.isEmpty ? result : ValidationResult(issues: result.issues + files)
    }

    /// Throws a refusal that prints the issues as `zicha validate` does, when `result` has errors.
    /// `cell` names the workbook cell of a JSON path when the report came from a workbook.
    static func requireNoErrors(
        _ result: ValidationResult, report: SelfInspectionReport, path: String, cell: ((String) -> String?)? = nil
    ) throws(CLIFailure) {
        guard result.hasErrors else { return }
        throw CLIFailure(
            .refused,
            "报告 \(path) 有 \(result.errors) 个错误，不能签名或上传。请修改后运行 `zicha validate \(path)` 复查。",
            "The report \(path) has \(result.errors) error(s) and cannot be signed or uploaded. Fix them and check with `zicha validate \(path)`.",
            details: IssuePrinter.lines(for: result, report: report, cell: cell))
    }
}
