import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha init`: writes a blank report with every field present, for a filer on the roster.
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "生成空白自查报告模板 / Write a blank self-inspection report template.",
            discussion: """
                单位代码须在内置填报名单上（31 个省区市 110000…650000、兵团 660000、国务院部门 bm02…bm42），单位名称按名单填好；
                国务院部门的平台默认为“部门”层级、不填行政区划代码。占位文字形如“（请填写：…）”，未替换的占位文字不能通过校验；
                用 `zicha fill` 逐项填写，或用编辑器修改。管理员另行加入名单的单位，用 --name 写明名单上的名称。
                The code must be on the built-in roster (provinces 110000…650000, the Corps 660000, State Council departments
                bm02…bm42); the office's name is filled in from it, and a department's platforms default to department level
                without a region code. Placeholders read “（请填写：…）” and never pass validation. Fill the template with
                `zicha fill` or an editor. For an office your administrator added to the roster, give its name with --name.

                示例 / Example:
                  zicha init --filer 420000 --round 2017 --output hubei-2017.json
                  zicha init --filer bm05 --round 2017
                """)

        @Option(help: "填报单位代码 / Filer code on the roster (e.g. 420000, 660000, bm05).")
        var filer: String

        @Option(help: "填报轮次 / Filing round (e.g. 2017).")
        var round: String

        @Option(help: "单位名称，仅用于管理员另行加入名单的单位 / The office's name, only for an office added to the roster by the administrator.")
        var name: String?

        @Option(
            name: .shortAndLong,
            help: "输出文件，.xlsx 则生成 Excel/WPS 工作簿 / Output file; .xlsx writes an Excel/WPS workbook (default: FILER-ROUND.json).")
        var output: String?

        @Option(help: "平台数量 / Number of platforms in the template.")
        var platforms: Int = 1

        @Option(help: "每个平台的服务事项数量 / Service items per platform.")
        var items: Int = 1

        @Flag(help: "覆盖已存在的文件 / Overwrite an existing file.")
        var force = false

        func validate() throws {
            guard APIClient.isRoundID(round) else {
                throw ValidationError(
                    "--round 应为轮次编号（字母、数字和 . _ -），如 2017 / --round must be a round id (letters, digits, . _ -) such as 2017.")
            }
            guard (1...50).contains(platforms), (1...200).contains(items) else {
                throw ValidationError("--platforms 应为 1…50，--items 应为 1…200 / --platforms must be 1…50 and --items 1…200.")
            }
        }

        func run() async throws {
            let office = try Self.office(code: filer, name: name)
            let path = output ?? "\(office.code)-\(round).json"
            if FileManager.default.fileExists(atPath: path) && !force {
                throw CLIFailure(
                    .refused, "文件 \(path) 已存在，未覆盖。如确需覆盖，请加 --force。",
                    "\(path) already exists and was not overwritten. Add --force to overwrite it.")
            }
            if WorkbookFile.isWorkbook(path) {
                try WorkbookFile.writeBlank(office: office, round: round, platforms: platforms, items: items, to: path)
                return
            }
            let report = ReportTemplate.make(
                filer: office.code, name: office.name, kind: office.kind, round: round, platforms: platforms, items: items)
            try ReportFile.save(report, to: path)
            Console.out(
                "已写入 \(office.code) \(office.name)（\(office.kind.label.zh)）的模板 \(path)。下一步：zicha fill \(path) / "
                    + "Template for \(office.code) \(office.nameEn ?? office.name) (\(office.kind.label.en)) written to \(path). Next: zicha fill \(path)"
            )
        }

        /// The office `code` names: the built-in roster's entry, or — for a well-formed code the
        /// administrator added — `name` with the kind the code implies. Anything else is refused,
        /// naming the nearest codes on the roster: a malformed code is a usage error (exit 2), a
        /// well-formed one not on the roster is refused (exit 1), as the server would refuse it.
        static func office(code: String, name: String?) throws(CLIFailure) -> FilerSeed {
            let name = name?.trimmingCharacters(in: .whitespaces)
            if let entry = BuiltInFilers.filer(code: code) {
                if let name, name != entry.name {
                    throw CLIFailure(
                        .usage, "名单中 \(code) 的名称是“\(entry.name)”，与 --name“\(shown(name))”不同；名单上的单位无需 --name。",
                        "The roster names \(code) “\(entry.name)”, not “\(shown(name))”; leave out --name for an office on the roster."
                    )
                }
                return entry
            }
            let wellFormed = Identifier.isFilerCode(code)
            if wellFormed, let name {
                guard !name.isEmpty, !name.unicodeScalars.contains(where: ControlCharacters.isControl) else {
                    throw CLIFailure(
                        .usage, "--name 不能为空，也不能含控制字符（“\(shown(name))”）。",
                        "--name must not be empty or hold control characters (“\(shown(name))”).")
                }
                return FilerSeed(code: code, name: name, kind: FilerKind.implied(byCode: code))
            }
            let nearest = BuiltInFilers.nearest(to: code)
            let zhGuess = nearest.map { "\($0.code) \($0.name)" }.joined(separator: "、")
            let enGuess = nearest.map { "\($0.code) \($0.nameEn ?? $0.name)" }.joined(separator: ", ")
            let zhAdded = wellFormed ? "如管理员已将贵单位另行加入名单，请用 --name 写明名单上的名称。" : ""
            let enAdded =
                wellFormed ? " If your administrator added your office to the roster, give its name there with --name." : ""
            throw CLIFailure(
                wellFormed ? .refused : .usage,
                "单位代码“\(shown(code))”不在填报名单上，未生成模板。最接近的代码：\(zhGuess)。\(zhAdded)",
                "The code “\(shown(code))” is not on the roster; no template was written. Nearest codes: \(enGuess).\(enAdded)")
        }

        /// A clerk's text, short and with control characters made visible, for a message.
        private static func shown(_ text: String) -> String {
            ControlCharacters.visible(text.count > 20 ? String(text.prefix(20)) + "…" : text)
        }
    }
}
