import ArgumentParser
import Foundation
import Shared

extension Zicha {
    /// `zicha attach`: adds evidence files (佐证材料) to one indicator of a report.
    struct Attach: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "attach",
            abstract: "为某项指标添加佐证材料 / Attach evidence files to one indicator of a report.",
            discussion: """
                文件复制到报告旁的文件夹（hubei-2017.json → hubei-2017.attachments/），报告记下每个文件的 SHA-256、名称、
                类型和大小，签名即覆盖这些文件。只接受 PNG、JPEG 和 PDF（按文件内容判断），每个不超过 10 MiB。
                Files are copied into the folder beside the report (hubei-2017.json → hubei-2017.attachments/); the report
                records each file's SHA-256, name, type and size, so the signature covers them. PNG, JPEG and PDF only
                (judged by content), at most 10 MiB each.

                示例 / Examples:
                  zicha attach hubei-2017.json --platform hb-zwfw --indicator search 搜索截图.png
                  zicha attach hubei-2017.json --platform hb-zwfw --item 教师资格认定 --indicator accuracy --caption "线下核对记录" 核对.pdf
                  zicha attach hubei-2017.json --platform 1 --indicator columns --rectification 整改通知.pdf
                """)

        @Argument(help: "报告文件（.json）/ Report file (.json).")
        var file: String

        @Option(help: "平台标识（id）或序号（从 1 起）/ Platform id, or its number (from 1).")
        var platform: String

        @Option(help: "服务事项名称或编码（服务事项指标时必填）/ Service item name or code (for service-item indicators).")
        var item: String?

        @Option(help: "指标 / Indicator id: \(IndicatorID.allCases.map(\.rawValue).joined(separator: ", ")).")
        var indicator: String

        @Option(help: "说明 / Caption for the files.")
        var caption: String?

        @Flag(help: "作为整改佐证（须已填写整改）/ Attach to the rectification (which must exist) instead of the finding.")
        var rectification = false

        @Argument(help: "要添加的文件 / Files to attach.")
        var paths: [String]

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard !paths.isEmpty else { throw ValidationError("请给出至少一个文件 / give at least one file to attach.") }
            guard IndicatorID(rawValue: indicator) != nil else {
                throw ValidationError(
                    "未知指标 / unknown indicator “\(indicator)”: \(IndicatorID.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() async throws {
            guard file.hasSuffix(".json") else {
                throw CLIFailure(
                    .usage, "attach 只处理 JSON 报告；工作簿请先 zicha import 为 JSON。",
                    "attach works on a JSON report; import a workbook to JSON first (zicha import).")
            }
            var (_, report) = try ReportFile.load(file)
            let place = try AttachPlace.find(in: report, platform: platform, item: item, indicator: indicator)
            let directory = AttachmentFiles.directory(forReport: file)
            var added: [Attachment] = []
            for path in paths {
                var attachment = try AttachmentCopy.copy(path, into: directory)
                attachment.caption = caption
                added.append(attachment)
            }
            let (attached, already) = try place.add(added, to: &report, rectification: rectification)
            try ReportFile.save(report, to: file)
            if output.isJSON {
                ResultPrinter.json(attached)
                return
            }
            for attachment in attached {
                Console.out(
                    "已添加 / attached: \(attachment.name) · \(attachment.mediaType) · \(attachment.bytes) B · \(attachment.sha256.prefix(12))…"
                )
            }
            for attachment in already {
                Console.out("已在列表中，未重复添加 / already attached here: \(attachment.name)")
            }
            Console.out("  位置 / at: \(place.label(rectification: rectification)) · 文件夹 / folder: \(directory)")
            Console.out("  报告已改动，请重新签名上传 / the report changed: sign and upload again (zicha submit \(file))")
        }
    }
}
