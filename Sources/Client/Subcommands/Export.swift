import ArgumentParser
import Foundation
import Shared
import Workbook

extension Zicha {
    /// `zicha export`: a report (a local file, or a version stored on the server) → its workbook.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "把报告导出为 Excel/WPS 工作簿 / Export a report as an Excel/WPS workbook.",
            discussion: """
                工作簿与 zicha init 生成的格式相同；修改后用 zicha import（或直接 zicha validate / submit 工作簿）导回。
                也可以导出服务器上保存的某个版本（--version N，需要密钥和服务器地址）。
                The workbook has the layout zicha init writes; after editing, zicha import it (or give it to zicha validate or
                submit). --version N exports a version stored on the server (needs the key and the server).

                示例 / Examples:
                  zicha export jiangsu-2017.json --output jiangsu-2017.xlsx
                  zicha export --version 2 --output jiangsu-2017-v2.xlsx
                """)

        @Argument(help: "报告文件（JSON）/ Report file (JSON).")
        var file: String?

        @Option(help: "导出服务器上保存的第 N 版 / Export version N as stored on the server.")
        var version: Int?

        @Option(help: "轮次（与 --version 一起用；默认同 zicha status）/ Round, with --version (default: as zicha status chooses).")
        var round: String?

        @Option(name: .shortAndLong, help: "输出的工作簿 / Output workbook (.xlsx).")
        var output: String?

        @Flag(help: "覆盖已存在的文件 / Overwrite an existing file.")
        var force = false

        @OptionGroup var keyOptions: KeyOptions
        @OptionGroup var serverOptions: ServerOptions

        func validate() throws {
            if (file == nil) == (version == nil) {
                throw ValidationError("请给出报告文件 FILE 或 --version N（二选一）/ Give a report FILE or --version N, not both.")
            }
            if let version, version < 1 { throw ValidationError("--version 应不小于 1 / --version must be 1 or more.") }
            if let file, WorkbookFile.isWorkbook(file) {
                throw ValidationError("FILE 应为报告 JSON 文件，而不是工作簿 / FILE must be a report JSON file, not a workbook.")
            }
            if let output, !WorkbookFile.isWorkbook(output) {
                throw ValidationError("--output 应以 .xlsx 结尾 / --output must end in .xlsx.")
            }
        }

        func run() async throws {
            let report: SelfInspectionReport
            let path: String
            if let file {
                report = try ReportFile.load(file).report
                path = output ?? WorkbookFile.workbookPath(for: file)
            } else {
                let key = try keyOptions.load()
                let client = try serverOptions.client()
                // The round as `zicha status` chooses it, unless given.
                let round = try await client.chooseRound(round, file: nil, key: key).round
                let bytes = try await client.reportBytes(round: round, version: version!, key: key)
                report = try ReportFile.decode(bytes, path: "v\(version!)")
                path = output ?? "\(key.filer)-\(round)-v\(version!).xlsx"
            }
            try WorkbookFile.requireAbsent(path, force: force)
            try WorkbookFile.export(report, to: path)
            try WorkbookFile.carryAttachments(report, from: file, to: path)
            let size = WorkbookFile.size(report)
            Console.out(
                "已写入工作簿 \(path)（\(size.zh)）。在 Excel 或 WPS 中修改后运行：zicha validate \(path) / "
                    + "Workbook written to \(path) (\(size.en)). After editing it in Excel or WPS: zicha validate \(path)")
        }
    }
}
