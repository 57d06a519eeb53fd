import ArgumentParser
import Foundation
import Shared
import Workbook

extension Zicha {
    /// `zicha import`: a workbook filled in Excel or WPS → the canonical report JSON.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "把填好的工作簿导入为报告 JSON / Import a filled workbook into the report JSON.",
            discussion: """
                读取 zicha init 或 zicha export 生成、在 Excel 或 WPS 中填写的工作簿，写出签名和上报所用的规范 JSON 文件。
                有问题时逐一列出所在的工作表和单元格（如 服务事项!G12），不写出任何文件。
                Reads a workbook made by zicha init or zicha export and filled in Excel or WPS, and writes the canonical JSON
                that is signed and uploaded. Problems are listed with their sheet and cell (e.g. 服务事项!G12); then nothing is written.

                退出码 / Exit codes: 0 已导入 imported, 1 单元格内容有误 invalid cells,
                2 无法读取（不是工作簿、缺少工作表或列）unreadable (not a workbook, a sheet or column missing).

                示例 / Example:
                  zicha import jiangsu-2017.xlsx --output jiangsu-2017.json
                """)

        @Argument(help: "工作簿（.xlsx）/ Workbook (.xlsx).")
        var workbook: String

        @Option(name: .shortAndLong, help: "输出的报告文件 / Output report file (default: the workbook's name with .json).")
        var output: String?

        func validate() throws {
            guard WorkbookFile.isWorkbook(workbook) else {
                throw ValidationError("请给出 .xlsx 工作簿 / Give an .xlsx workbook.")
            }
            if let output, WorkbookFile.isWorkbook(output) {
                throw ValidationError("--output 是报告 JSON 文件，不能是 .xlsx / --output is the report JSON file, not an .xlsx.")
            }
        }

        func run() async throws {
            let imported = try WorkbookFile.load(workbook)
            let path = output ?? WorkbookFile.jsonPath(for: workbook)
            try WorkbookFile.carryAttachments(imported.report, from: workbook, to: path)
            try ReportFile.writeAtomically(ReportDecoder.encode(imported.report), to: path)
            let size = WorkbookFile.size(imported.report)
            Console.out(
                "已导入 \(workbook)（\(size.zh)），写入 \(path)。下一步：zicha validate \(path) / "
                    + "Imported \(workbook) (\(size.en)) into \(path). Next: zicha validate \(path)")
        }
    }
}
