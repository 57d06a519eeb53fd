import Foundation
import Shared

extension Workbook {
    /// A report read from a workbook, and where each of its parts came from.
    package struct Imported: Sendable {
        package var report: SelfInspectionReport
        package var cells: CellMap
    }

    /// Reads a workbook (written by Zicha, or by any program from Zicha's) into the report. Every
    /// problem is collected and named by its cell; nothing is returned unless there is none.
    /// `attachments` is the folder beside the report (`AttachmentFiles.directory`) whose files the
    /// 佐证材料 cells name; without it, a cell naming a file is a problem.
    package static func `import`(_ data: Data, attachments: String? = nil) throws(WorkbookImportError) -> Imported {
        let package: XlsxPackage
        do {
            package = try XlsxPackage(data: data)
        } catch {
            throw .unreadable(error)
        }
        let names = Set(package.sheets.map(\.name))
        guard Sheet.allCases.contains(where: { names.contains($0.name) }) else {
            let found = package.sheets.map(\.name).joined(separator: "、")
            throw .unreadable(
                WorkbookReadError(
                    "这不是自查报告工作簿：没有“基本信息”“平台”“服务事项”等工作表（现有工作表：\(found)）。请用 zicha init 或 zicha export 生成的工作簿填写",
                    "this is not a self-inspection workbook: it has none of the sheets 基本信息, 平台, 服务事项… (it has: \(found)); fill a workbook made by zicha init or zicha export"
                ))
        }
        var problems: [WorkbookProblem] = []
        for sheet in Sheet.allCases where !names.contains(sheet.name) {
            problems.append(
                WorkbookProblem(
                    .structure, sheet.name, "缺少工作表“\(sheet.name)”（\(sheet.path.isEmpty ? "报告基本信息" : sheet.path)）",
                    "the sheet “\(sheet.name)” is missing"))
        }
        if !problems.isEmpty { throw .problems(problems) }
        var raw: [Sheet: [RawRow]] = [:]
        do throws(WorkbookReadError) {
            let strings = try package.sharedStrings()
            var parts: [(Sheet, String, Data)] = []
            for (name, path) in package.sheets {
                guard let sheet = Sheet(rawValue: name) else { continue }
                guard let data = try package.part(path) else { throw WorkbookReadError.broken(path) }
                parts.append((sheet, path, data))
            }
            raw = try SheetParser.parse(parts, sharedStrings: strings, dateStyles: package.dateStyles)
        } catch {
            throw .unreadable(error)
        }
        let context = ImportContext(date1904: package.date1904, attachmentDirectory: attachments)
        let info = InfoSheet.read(raw[.info] ?? [], problems: &problems)
        var tables: [Sheet: Table] = [:]
        for sheet in Sheet.allCases where sheet != .info {
            tables[sheet] = Table.read(sheet, rows: raw[sheet] ?? [], problems: &problems)
        }
        raw = [:]
        guard problems.isEmpty, let info else { throw .problems(problems) }
        var builder = ReportBuilder(context: context, tables: tables)
        let report = builder.build(info: info)
        guard context.problems.isEmpty, let report else { throw .problems(context.problems) }
        return Imported(report: report, cells: context.cells)
    }
}
