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
                逐个平台、指标、服务事项提问：显示指标名称和检查要点，询问证据、自查结果、问题和整改情况；每答一题即保存。
                支持行编辑（←/→、Home/End、退格按字符宽度处理中文，↑/↓ 取回之前的回答）；已有的回答放在编辑行上，回车保留。
                自查结果的默认值随刚录入的证据而定；日期可写 2017-12-20、2017/12/20、2017年12月20日 或 20171220；
                总体说明和整改措施可写多行，空行结束。回答处可输入命令：:back 上一题、:skip 跳过、:add-platform、:add-item、
                :remove-item [M]、:remove-platform [N]（删除前确认）、:help。Ctrl-D 暂停，再次运行即从中断处继续。
                Asks platform by platform, indicator by indicator and item by item, saving after every answer. The line
                editor moves by character and display width over Chinese; ↑/↓ recall earlier answers; a current answer is
                put on the line and Enter keeps it. A result defaults to what the evidence just entered says. Dates in the
                usual Chinese forms; the summary and measures take several lines, ended by an empty line. Commands instead
                of an answer: :back :skip :add-platform :add-item :remove-item [M] :remove-platform [N] :help. Ctrl-D pauses;
                running it again resumes. Needs a terminal.

                示例 / Examples:
                  zicha init --filer 420000 --round 2017 --output hubei-2017.json
                  zicha fill hubei-2017.json                        # 逐题填写，中断后从中断处继续 / fill, resumable
                  zicha fill hubei-2017.json --errors               # 只问校验发现问题的题目 / only what validation found
                  zicha fill hubei-2017.json --platform 1 --item 3  # 只改平台 1 的服务事项 3 / one service item
                """)

        @Argument(help: "报告文件（先用 zicha init 生成）/ Report file (made by zicha init).")
        var file: String

        @Flag(help: "只询问校验发现问题的题目 / Ask only the questions behind validation findings.")
        var errors = false

        @Option(help: ArgumentHelp("只询问第 N 个平台（从 1 起）自身的题目 / Ask only platform N's own questions (from 1).", valueName: "N"))
        var platform: Int?

        @Option(
            help: ArgumentHelp("与 --platform 同用：只询问该平台第 M 个服务事项的题目 / With --platform: only its service item M.", valueName: "M"))
        var item: Int?

        @Flag(help: "忽略已保存的进度，从第 1 题起逐题询问 / Ignore saved progress and ask every question again.")
        var restart = false

        func run() async throws {
            guard isatty(0) == 1 else {
                throw CLIFailure(
                    .usage,
                    "zicha fill 需要在终端中交互运行（标准输入不是终端）。非交互场景请用编辑器修改 \(file)，再运行 zicha validate \(file)。",
                    "zicha fill needs an interactive terminal (standard input is not a terminal). Without one, edit \(file) in an editor and run zicha validate \(file)."
                )
            }
            let scope = FillScope(
                restart: restart, errorsOnly: errors, platform: platform.map { $0 - 1 }, item: item.map { $0 - 1 })
            var session = try FillSession(path: file, scope: scope)
            guard case .finished(let result, let report) = try session.run(with: Prompter(editor: LineEditor())) else { return }
            for line in IssuePrinter.lines(for: result, report: report) { Console.out(line) }
            if result.hasErrors {
                Console.out(
                    "请修改以上错误：`zicha fill \(file) --errors` 只问有问题的题目（或用编辑器修改）。/ Fix the errors above: `zicha fill \(file) --errors` asks only those questions (or use an editor)."
                )
                throw ExitCode(1)
            }
            Console.out("下一步 / Next: zicha submit \(file)")
        }
    }
}
