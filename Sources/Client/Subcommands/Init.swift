import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha init`: writes a blank report with every field present.
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "生成空白自查报告模板 / Write a blank self-inspection report template.",
            discussion: """
                模板包含每个指标、每个字段，占位文字以“（请填写”开头；用 `zicha fill` 逐项填写，或用编辑器修改。
                The template holds every indicator and field; placeholders start with “（请填写”. Fill it with `zicha fill` or an editor.

                示例 / Example:
                  zicha init --filer 420000 --round 2017 --output hubei-2017.json
                """)

        @Option(help: "填报单位代码 / Filer code (e.g. 420000, 660000, bm01).")
        var filer: String

        @Option(help: "填报轮次 / Filing round (e.g. 2017).")
        var round: String

        @Option(name: .shortAndLong, help: "输出文件 / Output file (default: FILER-ROUND.json).")
        var output: String?

        @Option(help: "平台数量 / Number of platforms in the template.")
        var platforms: Int = 1

        @Option(help: "每个平台的服务事项数量 / Service items per platform.")
        var items: Int = 1

        @Flag(help: "覆盖已存在的文件 / Overwrite an existing file.")
        var force = false

        func validate() throws {
            guard !filer.isEmpty, filer.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw ValidationError(
                    "--filer 应为名单中的单位代码，如 420000 或 bm01 / --filer must be a roster code such as 420000 or bm01.")
            }
            guard APIClient.isRoundID(round) else {
                throw ValidationError(
                    "--round 应为轮次编号（字母、数字和 . _ -），如 2017 / --round must be a round id (letters, digits, . _ -) such as 2017.")
            }
            guard (1...50).contains(platforms), (1...200).contains(items) else {
                throw ValidationError("--platforms 应为 1…50，--items 应为 1…200 / --platforms must be 1…50 and --items 1…200.")
            }
        }

        func run() async throws {
            let path = output ?? "\(filer)-\(round).json"
            if FileManager.default.fileExists(atPath: path) && !force {
                throw CLIFailure(
                    .refused, "文件 \(path) 已存在，未覆盖。如确需覆盖，请加 --force。",
                    "\(path) already exists and was not overwritten. Add --force to overwrite it.")
            }
            try ReportFile.save(ReportTemplate.make(filer: filer, round: round, platforms: platforms, items: items), to: path)
            Console.out("已写入模板 \(path)。下一步：zicha fill \(path) / Template written to \(path). Next: zicha fill \(path)")
        }
    }
}
