import Foundation
import Server
import Shared

/// Reports with problems where a reviewer looks for them: Jiangsu's report with three service
/// items, the second's accuracy declared failed (and rectified), a warning on the platform's
/// unified entry (a rectification on a passed indicator).
enum InspectedReports {
    static let items = ["教师资格认定", "居住证办理", "排污许可证核发"]

    static func jiangsu() -> SelfInspectionReport {
        var report = TestReports.jiangsu()
        let item = report.platforms[0].serviceItems[0]
        report.platforms[0].serviceItems = items.map { name in
            var copy = item
            copy.name = name
            return copy
        }
        report.platforms[0].serviceItems[1].checks.accuracy?.assessment = Assessment(
            result: .fail, problems: ["办事指南所列材料与窗口要求不一致"],
            rectification: Rectification(
                measures: "按窗口实际要求修订办事指南", status: .completed, completedOn: "2017-12-01", responsible: "江苏省公安厅"))
        report.platforms[0].checks.unifiedEntry?.assessment.rectification = Rectification(
            measures: "优化入口", status: .completed, completedOn: "2017-12-01", responsible: "办公厅")
        return report
    }

    /// The path of the failed indicator and of the warning.
    static let failedPath = "platforms[0].serviceItems[1].checks.accuracy"
    static let warningPath = "platforms[0].checks.unifiedEntry.rectification"
}

extension TestServer {
    /// Stores `bytes` as the next version of `filer` directly, without the upload's checks — as a
    /// build with other rules may have stored it.
    func storeUnchecked(_ bytes: Data, key: TestKey, base: Int = 0) async throws {
        let outcome = try await store.appendVersion(
            NewVersion(
                round: "2017", filer: key.filer, bytes: bytes, sha256: Hex.encode(Crypto.sha256(bytes)),
                signature: Hex.encode(Crypto.randomBytes(32)), keyID: key.id, signedAt: "2017-12-20T02:00:00Z",
                baseVersion: base, validation: ValidationResult(issues: [])),
            receivedAt: clock.now())
        guard case .created = outcome else { throw HarnessError("not stored: \(outcome)") }
    }
}
