import Foundation
import Shared

/// The filer's workbook (Excel/WPS): a report as a 说明 sheet and one sheet per part of the form
/// (`Sheet`), written with libxlsxwriter and read back with ZIPFoundation and an XML parser into
/// the same report. Used by the `zicha` client (init, export, import, validate, sign, submit) and
/// by the reviewer pages (download of any version).
///
/// - `export(_:)` writes a report's workbook; `blank(...)` the workbook `zicha init` writes.
/// - `import(_:)` reads a workbook into the report and a map from JSON paths to cells.
package enum Workbook {
    /// The workbook `zicha init` writes: the filer's details, `platforms` platform rows with their
    /// six check rows, and `items` service items per platform (named 事项1, 事项2…) with their seven
    /// check rows; everything else blank for the clerk.
    package static func blank(
        filer: FilerReference, round: String, level: PlatformLevel, regionCode: String?, platforms: Int, items: Int
    ) throws(WorkbookWriteError) -> Data {
        let report = SelfInspectionReport(
            round: round, filer: filer, preparedOn: "", preparedBy: PreparedBy(unit: "", contact: "", phone: "", email: ""),
            unifiedPlatform: false,
            platforms: (1...max(1, platforms)).map { number in
                Platform(
                    id: "p\(number)", name: "", url: "", portalUrl: nil, level: level, regionCode: regionCode,
                    checks: PlatformChecks(),
                    serviceItems: (1...max(1, items)).map {
                        ServiceItem(name: "事项\($0)", department: "", guide: Guide(), checks: ServiceItemChecks())
                    })
            },
            summary: "")
        return try export(report)
    }
}
