import Shared

/// The 说明 sheet: how to fill the workbook, what each sheet holds, the 13 indicators with their
/// checkpoints and where their evidence goes, and one example row per sheet. Never read back.
enum InstructionsSheet {
    static func write(to writer: XlsxWriter, report: SelfInspectionReport) {
        let sheet = writer.addSheet(Sheet.instructions)
        for (column, width) in [16.0, 18, 22, 60, 12, 36].enumerated() { sheet.setColumn(column, width: width, style: nil) }
        var row = 0
        // Paragraphs do not wrap: they run on over the empty cells to their right.
        func line(_ text: String, _ style: XlsxWriter.Style = .plain, column: Int = 0) {
            sheet.write(.text(text), row: row, column: column, style: style)
            row += 1
        }
        line("政务服务平台自查报告工作簿（国办函〔2017〕115号） / Self-inspection report workbook", .title)
        let filer = [report.filer.code, report.filer.name].filter { !$0.isEmpty }.joined(separator: " ")
        line("填报单位 / Filer：\(filer)　　轮次 / Round：\(report.round)")
        row += 1
        line("填写说明 / How to fill", .heading)
        for (number, text) in guidance.enumerated() { line("\(number + 1). \(text)") }
        row += 1
        line("工作表 / Sheets", .heading)
        for sheet in Sheet.allCases { line("\(sheet.name)：\(purpose(sheet))") }
        row += 1
        line("检查指标与检查要点 / The 13 indicators and their checkpoints", .heading)
        let headers = ["序号", "一级指标", "二级指标", "检查要点", "填写在", "证据填写在"]
        for (column, header) in headers.enumerated() { sheet.write(.text(header), row: row, column: column, style: .header) }
        row += 1
        for (number, indicator) in IndicatorCatalogue.all.enumerated() {
            let cells = [
                String(number + 1), indicator.level1.zh, indicator.level2.zh, indicator.checkpoint.zh,
                indicator.appliesTo == .platform ? Sheet.platformChecks.name : Sheet.itemChecks.name, evidence(indicator.id),
            ]
            for (column, text) in cells.enumerated() { sheet.write(.text(text), row: row, column: column, style: .note) }
            row += 1
        }
        row += 1
        line("各表示例 / One example row per sheet", .heading)
        for table in Sheet.allCases {
            line(table.name, .heading)
            for (column, field) in table.columns.enumerated() {
                sheet.write(.text(field.header), row: row, column: column, style: .header)
                if !field.example.isEmpty {
                    sheet.write(.text(field.example), row: row + 1, column: column, style: .note)
                }
            }
            row += 3
        }
        sheet.freeze(rows: 1, columns: 0)
    }

    private static let guidance = [
        "每张工作表对应报告的一部分。第一行是列标题，请勿修改；鼠标停在标题上可看到对应的 JSON 字段，选中单元格可看到填写提示。",
        "各表的行用“平台标识”关联到平台，用“平台标识”加“事项名称”关联到服务事项。增加平台：在“平台”表加一行，并在“平台检查”表为它的 6 个指标各加一行；"
            + "增加服务事项：在“服务事项”表加一行，在“事项检查”表为它的 7 个指标各加一行，并在“办理环节”“办理材料”“表格”表逐条加行。删除时请一并删除关联的行。",
        "改了平台标识或事项名称，请用“查找和替换”（范围选“工作簿”）同时改掉其他表中的关联列。同一平台下有同名事项时，在各表的“事项编码”列填写编码加以区分。",
        "有下拉箭头的单元格请从列表中选择。日期可填 2017-12-20、2017/12/20 或 2017年12月20日。",
        "“发现的问题”等可填多条的单元格，每行一条（单元格内换行：Alt+Enter）。“分类不符的事项”“与线下不一致之处”核对后没有的，填“无”。",
        "某平台或事项的某类清单明确为空（例如办事指南没有要求任何表格），可在该表加一行，只填关联列、其余留空。",
        "尚未检查的指标，把该行“自查结果”及其后各列留空；校验时会提示哪些指标尚未评估。",
        "各表可由不同同事分别填写，再合并到同一个工作簿；行的先后次序即报告中的次序。",
        "佐证材料（截图、扫描件）：把文件放在工作簿旁、与工作簿同名的文件夹中（江苏-2017.xlsx → 江苏-2017.attachments），在“平台检查”“事项检查”表的"
            + "“佐证材料”（自查发现的佐证）或“整改佐证材料”列写文件名，每行一个；可在文件名后加“ | 说明”，说明有多行时，后续行以“|”开头。"
            + "只接受 PNG、JPEG 和 PDF（按文件内容判断），每个不超过 10 MiB；Word、Excel 请另存为 PDF。导入时逐个读取文件并计算 SHA-256，找不到或类型不符的文件会标出单元格。",
        "填好后在命令行运行 zicha validate 本文件.xlsx（问题会标出工作表和单元格），再运行 zicha submit 本文件.xlsx："
            + "它把工作簿导入为同名的 .json 文件，签名并上报。上报的是这个 JSON 文件。",
    ]

    private static func purpose(_ sheet: Sheet) -> String {
        switch sheet {
        case .info: "填报单位、轮次、填报日期、联系人和整改情况总体说明，每项一行。"
        case .platforms: "每个平台一行，含统一入口、咨询互动、合理分类三项指标的证据。"
        case .platformChecks: "每个平台的 6 个平台功能指标各一行：自查结果、发现的问题、整改情况。"
        case .columns: "栏目设置的证据：平台的栏目及其事项数，每个栏目一行。"
        case .searchTests: "站内搜索的证据：每次检索一行（至少 3 次）。"
        case .registrationTests: "在线注册的证据：每次注册一行。"
        case .consultationTests: "咨询互动的证据：每个咨询问题一行。"
        case .items: "抽查的高频服务事项，每个一行：办事指南的各要素和内容准确性的证据。"
        case .steps: "办事指南的办理流程：每个事项的每个环节一行。"
        case .materials: "办事指南的办理材料：每种材料一行。"
        case .forms: "办事指南要求的表格：每张表格一行。"
        case .itemChecks: "每个服务事项的 7 个指标各一行：自查结果、发现的问题、整改情况。"
        }
    }

    private static func evidence(_ id: IndicatorID) -> String {
        switch id {
        case .unifiedEntry: "平台：与门户网站前端整合"
        case .columns: "栏目"
        case .search: "搜索测试"
        case .classification: "平台：分类不符的事项"
        case .registration: "注册测试"
        case .consultation: "咨询测试；平台：咨询渠道可用"
        case .completeness: "服务事项（指南各要素）、办理环节、办理材料"
        case .accuracy: "服务事项：已与线下核对、与线下不一致之处"
        case .processClarity: "办理环节"
        case .materialFormat, .materialWording: "办理材料"
        case .formDownload, .formSample: "表格"
        }
    }
}
