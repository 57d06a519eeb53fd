import Foundation
import Shared
import Workbook

/// The report a command was given: a report JSON file as it is, or a workbook imported into the
/// canonical JSON written beside it, which is then the file that is validated, signed and uploaded.
struct ReportInput {
    /// The report JSON file (for a workbook, the one written beside it).
    var path: String
    /// Its exact bytes.
    var bytes: Data
    var report: SelfInspectionReport
    /// For a workbook, the cell of each JSON path.
    var cells: CellMap?

    /// Loads `file`. A workbook is imported and its JSON written beside it, which is said on
    /// standard output (standard error when `quiet`, so that JSON output stays clean).
    static func load(_ file: String, quiet: Bool = false) throws(CLIFailure) -> ReportInput {
        guard WorkbookFile.isWorkbook(file) else {
            let (bytes, report) = try ReportFile.load(file)
            return ReportInput(path: file, bytes: bytes, report: report)
        }
        let imported = try WorkbookFile.load(file)
        let path = WorkbookFile.jsonPath(for: file)
        let bytes = ReportDecoder.encode(imported.report)
        try ReportFile.writeAtomically(bytes, to: path)
        let notice =
            "已从工作簿 \(file) 导入，写入 \(path)（签名和上报的是这个文件）。 / Imported the workbook \(file) into \(path) (the file that is signed and uploaded)."
        if quiet { Console.error(notice) } else { Console.out(notice) }
        return ReportInput(path: path, bytes: bytes, report: imported.report, cells: imported.cells)
    }

    /// The cell of a JSON path, as `服务事项!G12`, when the report came from a workbook.
    var cell: ((String) -> String?)? {
        guard let cells else { return nil }
        return { cells.cell(for: $0)?.description }
    }
}
