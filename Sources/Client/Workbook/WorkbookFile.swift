import Foundation
import Shared
import Workbook

extension FileAccess {
    static let workbook: Kind = ("工作簿", "workbook")
}

/// The clerk's workbook files: told apart by their `.xlsx` extension, imported into the
/// canonical report JSON beside them, written atomically.
enum WorkbookFile {
    /// Whether `path` names a workbook (`.xlsx`, in any case) rather than a report JSON file.
    static func isWorkbook(_ path: String) -> Bool { path.lowercased().hasSuffix(".xlsx") }

    /// The report JSON beside a workbook: `report.xlsx` → `report.json`.
    static func jsonPath(for workbook: String) -> String { String(workbook.dropLast(".xlsx".count)) + ".json" }

    /// The workbook beside a report: `report.json` → `report.xlsx`.
    static func workbookPath(for report: String) -> String {
        (report.lowercased().hasSuffix(".json") ? String(report.dropLast(".json".count)) : report) + ".xlsx"
    }

    /// At most this many problems are printed; the rest are counted.
    static let shownProblems = 200

    /// Reads and imports the workbook at `path`, the files its 佐证材料 cells name read from the
    /// folder beside it. A file that cannot be read as the form is a usage failure (exit 2),
    /// invalid cells a refusal (exit 1); each problem names its cell.
    static func load(_ path: String) throws(CLIFailure) -> Workbook.Imported {
        let data = try FileAccess.read(path, kind: FileAccess.workbook)
        do {
            return try Workbook.import(data, attachments: AttachmentFiles.directory(forReport: path))
        } catch {
            let lines = error.lines
            var details = Array(lines.prefix(shownProblems))
            if lines.count > shownProblems {
                details.append("……另有 \(lines.count - shownProblems) 处问题未列出 / … and \(lines.count - shownProblems) more")
            }
            if case .unreadable(let reason) = error {
                throw CLIFailure(
                    .usage, "无法读取工作簿 \(path)：\(reason.message)。", "Cannot read the workbook \(path): \(reason.messageEn).")
            }
            throw CLIFailure(
                error.isStructural ? .usage : .refused,
                "工作簿 \(path) 有 \(lines.count) 处问题（见上），未导入，也未写入任何 JSON 文件。请在 Excel 或 WPS 中修改后重试。",
                "The workbook \(path) has \(lines.count) problem(s) (above); nothing was imported and no JSON file was written. Fix them in Excel or WPS and try again.",
                details: details)
        }
    }

    /// Writes `report`'s workbook to `path` (through a temporary file and a rename).
    static func export(_ report: SelfInspectionReport, to path: String) throws(CLIFailure) {
        let data: Data
        do {
            data = try Workbook.export(report)
        } catch {
            throw CLIFailure(.refused, "无法生成工作簿：\(error.message)。", "Cannot make the workbook: \(error.messageEn).")
        }
        try ReportFile.writeAtomically(data, to: path)
    }

    /// Brings the files `report` names from the folder of `source` to the folder of `target`
    /// (two names of one report) and says which it could not find (export of a version stored on
    /// the server, or files not kept).
    static func carryAttachments(_ report: SelfInspectionReport, from source: String?, to target: String) throws(CLIFailure) {
        let destination = AttachmentFiles.directory(forReport: target)
        let missing = try AttachmentCopy.carry(
            report, from: source.map(AttachmentFiles.directory(forReport:)) ?? destination, to: destination)
        guard !missing.isEmpty else { return }
        Console.out(
            "注意：报告列出的 \(missing.count) 个佐证材料文件不在 \(destination) 中（\(missing.joined(separator: "、"))），导入前请放入。 / "
                + "Note: \(missing.count) attachment file(s) the report names are not in \(destination) (\(missing.joined(separator: ", "))); put them there before importing."
        )
    }

    /// Refuses to replace an existing `path` unless `force`.
    static func requireAbsent(_ path: String, force: Bool) throws(CLIFailure) {
        guard FileManager.default.fileExists(atPath: path), !force else { return }
        throw CLIFailure(
            .refused, "文件 \(path) 已存在，未覆盖。如确需覆盖，请加 --force。",
            "\(path) already exists and was not overwritten. Add --force to overwrite it.")
    }

    /// Counts for messages: `2 个平台、6 个服务事项`.
    static func size(_ report: SelfInspectionReport) -> (zh: String, en: String) {
        let items = report.platforms.reduce(0) { $0 + $1.serviceItems.count }
        return ("\(report.platforms.count) 个平台、\(items) 个服务事项", "\(report.platforms.count) platform(s), \(items) service item(s)")
    }
}

extension WorkbookFile {
    /// Writes the blank workbook of `office` (`zicha init --output FILE.xlsx`): a department's
    /// platforms at department level without a region code, a region's at province level with its code.
    static func writeBlank(office: FilerSeed, round: String, platforms: Int, items: Int, to path: String) throws(CLIFailure) {
        let department = office.kind == .department
        let data: Data
        do {
            data = try Workbook.blank(
                filer: FilerReference(code: office.code, name: office.name), round: round,
                level: department ? .department : .province, regionCode: department ? nil : office.code,
                platforms: platforms, items: items)
        } catch {
            throw CLIFailure(.refused, "无法生成工作簿：\(error.message)。", "Cannot make the workbook: \(error.messageEn).")
        }
        try ReportFile.writeAtomically(data, to: path)
        Console.out(
            "已写入 \(office.code) \(office.name) 的空白工作簿 \(path)（\(platforms) 个平台，每个平台 \(items) 个服务事项）。"
                + "用 Excel 或 WPS 填写（先看“说明”表），然后运行：zicha validate \(path) / "
                + "Blank workbook for \(office.code) \(office.nameEn ?? office.name) written to \(path). Fill it in Excel or WPS "
                + "(see the sheet 说明 first), then run: zicha validate \(path)")
    }
}
