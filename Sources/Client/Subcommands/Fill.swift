import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha fill`: an interactive, resumable walk through the form.
    struct Fill: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fill",
            abstract: "在终端中逐项填写报告（可中断续填）/ Fill a report interactively in a terminal (resumable).",
            discussion: """
                逐个平台、指标、服务事项提问：显示指标名称和检查要点，询问自查结果、问题和整改情况；
                输入有误时重新询问；每答一题即保存；最后运行校验。必须在终端中运行。
                For each platform, indicator and service item it shows the indicator and its checkpoint and asks for the
                result, problems and rectification; re-asks on invalid input; saves after every answer; validates at the end.
                Needs a terminal.

                示例 / Example:
                  zicha init --filer 420000 --round 2017 --output hubei-2017.json
                  zicha fill hubei-2017.json
                """)

        @Argument(help: "报告文件（先用 zicha init 生成）/ Report file (made by zicha init).")
        var file: String

        @Flag(help: "忽略已保存的进度，从头询问 / Ignore saved progress and ask everything again.")
        var restart = false

        func run() async throws {
            guard isatty(0) == 1 else {
                throw CLIFailure(
                    .usage,
                    "zicha fill 需要在终端中交互运行（标准输入不是终端）。非交互场景请用编辑器修改 \(file)，再运行 zicha validate \(file)。",
                    "zicha fill needs an interactive terminal (standard input is not a terminal). Without one, edit \(file) in an editor and run zicha validate \(file)."
                )
            }
            let (result, report) = try FillSession(path: file).run(restart: restart)
            for line in IssuePrinter.lines(for: result, report: report) { Console.out(line) }
            if result.hasErrors {
                Console.out(
                    "请修改以上错误（可再次运行 zicha fill \(file) --restart 或用编辑器修改）。/ Fix the errors above (zicha fill \(file) --restart, or an editor)."
                )
                throw ExitCode(1)
            }
            Console.out("下一步 / Next: zicha submit \(file)")
        }
    }
}
