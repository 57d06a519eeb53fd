import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha validate`: the server's validation rules, run locally.
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "按指标校验报告 / Validate a report against the indicators.",
            discussion: """
                退出码 / Exit codes: 0 无错误（可有警告）no errors (warnings allowed), 1 有错误 errors,
                2 无法读取或解读文件 unreadable or undecodable file.

                示例 / Examples:
                  zicha validate hubei-2017.json
                  zicha validate hubei-2017.json --format json
                  zicha validate hubei-2017.xlsx
                """)

        @Argument(help: "报告文件，或 .xlsx 工作簿（导入为同名 .json）/ Report file, or an .xlsx workbook (imported into the .json beside it).")
        var file: String

        @Option(help: "轮次截止日期，用于检查整改期限 / The round's deadline (YYYY-MM-DD), to warn about late due dates.")
        var deadline: String?

        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let deadline, Day(deadline) == nil {
                throw ValidationError("--deadline 应为 YYYY-MM-DD 格式的日期 / --deadline must be a date YYYY-MM-DD.")
            }
        }

        func run() async throws {
            let input = try ReportInput.load(file, quiet: output.isJSON)
            let report = input.report
            let result = LocalValidator.withFiles(
                LocalValidator.check(report, deadline: deadline.flatMap { Day($0) }, source: input.bytes), report: report,
                reportPath: input.path)
            if output.isJSON {
                Console.out(String(decoding: try ReportCoding.encode(result), as: UTF8.self), terminator: "")
            } else {
                for line in IssuePrinter.lines(for: result, report: report, cell: input.cell) { Console.out(line) }
            }
            if result.hasErrors { throw ExitCode(1) }
        }
    }
}
