import Foundation
import Shared
import TestSupport
import Testing
import Workbook

/// Every way a workbook is refused: the exit code (2 when the file cannot be read as the form,
/// 1 when a cell is wrong), the cell named in Chinese and English, and no JSON written.
@Suite("Workbook refusals")
struct RefusalTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// An openpyxl script run on the exported example (nil: `write` replaces the file).
        var script: String?
        var write: Data? = nil
        var status: Int32
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "not a workbook", script: nil, write: Data("报告\n".utf8), status: 2,
            expected: ["不是 Excel 工作簿（.xlsx）", "not an Excel workbook"]),
        Case(
            name: "a workbook of another program", script: "wb = openpyxl.Workbook()\nwb.active['A1'] = '名单'", status: 2,
            expected: ["这不是自查报告工作簿", "Sheet", "not a self-inspection workbook"]),
        Case(
            name: "a missing sheet", script: "del wb['表格']", status: 2, expected: ["表格：缺少工作表“表格”", "the sheet “表格” is missing"]),
        Case(
            name: "an unknown header", script: "ws('平台')['B1'] = '平台全称'", status: 2,
            expected: ["平台!B1：未知的列标题“平台全称”", "平台!B1: unknown column header", "缺少列“平台名称”"]),
        Case(
            name: "a missing column", script: "ws('服务事项').delete_cols(7)", status: 2,
            expected: ["服务事项!1:1：缺少列“办理时限”", "is missing"]),
        Case(
            name: "a missing row of 基本信息", script: "ws('基本信息').delete_rows(5)", status: 2,
            expected: ["基本信息：缺少项目“表单版本”"]),
        Case(
            name: "a date that is not a date", script: "ws('注册测试')['B2'] = '下周一'", status: 1,
            expected: ["注册测试!B2：“下周一”不是日期（可填 2017-12-20、2017/12/20 或 2017年12月20日）", "注册测试!B2: “下周一” is not a date"]),
        Case(
            name: "a date of 基本信息 that is not a date", script: "ws('基本信息')['B6'] = '2017-02-30'", status: 1,
            expected: ["基本信息!B6：“2017-02-30”不是日期"]),
        Case(
            name: "a row pointing at a platform that does not exist", script: "ws('栏目')['A3'] = 'js-city'", status: 1,
            expected: ["栏目!A3：“平台”表中没有平台标识为“js-city”的平台", "no platform has the id “js-city”"]),
        Case(
            name: "a row pointing at an item that does not exist", script: "ws('办理材料')['B2'] = '个体户登记'", status: 1,
            expected: ["办理材料!B2：平台“js-province”没有名称为“个体户登记”、编码为“320000-XK-001”的服务事项"]),
        Case(
            name: "two items that rows cannot tell apart",
            script: "ws('服务事项')['B3'] = ws('服务事项')['B2'].value\nws('服务事项')['C3'] = ws('服务事项')['C2'].value", status: 1,
            expected: ["办理环节!B2：平台“js-province”有 2 个名称为“企业设立登记”的服务事项，请在“事项编码”列填写编码以区分"]),
        Case(
            name: "a platform id twice", script: "ws('平台')['A3'] = 'js-province'", status: 1,
            expected: ["平台!A3：平台标识“js-province”重复（与第 1 个平台相同）"]),
        Case(
            name: "an indicator twice for one platform", script: "ws('平台检查')['B3'] = '统一入口'", status: 1,
            expected: ["平台检查!B3：平台“js-province”的“统一入口”已在第 2 行填写，同一指标只能填一行"]),
        Case(
            name: "a value not on the drop-down list", script: "ws('平台检查')['C2'] = '合格'", status: 1,
            expected: ["平台检查!C2：“合格”不是允许的取值（通过、不通过、不适用）", "is not one of pass, fail, not applicable"]),
        Case(
            name: "neither yes nor no", script: "ws('搜索测试')['D2'] = '找到了'", status: 1,
            expected: ["搜索测试!D2：“找到了”应为“是”或“否”"]),
        Case(
            name: "a number of copies that is not a whole number", script: "ws('办理材料')['G2'] = '两份'", status: 1,
            expected: ["办理材料!G2：“两份”不是整数"]),
        Case(
            name: "a required choice left blank", script: "ws('基本信息')['B11'] = None\nws('平台')['E3'] = None", status: 1,
            expected: ["基本信息!B11：“一体化平台”为空", "平台!E3：“层级”为空"]),
        Case(
            name: "evidence for an indicator without a result",
            script: "for c in 'CDEFGHIJ': ws('平台检查')[c + '3'] = None", status: 1,
            expected: ["栏目!A2：平台“js-province”的“栏目设置”没有自查结果，不能只填证据（请在“平台检查”表填写该指标的自查结果）"]),
        Case(
            name: "a row of only keys among rows of the same item",
            script: "append(ws('办理环节'), **{'平台标识': 'js-province', '事项名称': '企业设立登记', '事项编码': '320000-XK-001'})", status: 1,
            expected: ["这一行只填了关联列（表示平台“js-province”的事项“企业设立登记”在本表“无”记录）"]),
        Case(
            name: "a formula whose result was not saved", script: "ws('服务事项')['G2'] = '=F2'", status: 1,
            expected: ["服务事项!G2：单元格是公式，但保存文件的程序没有存下计算结果"]),
    ]

    @Test("refused with the cell named, the exit code, and no JSON written", arguments: cases)
    func refused(_ refusal: Case) throws {
        let workspace = try Workspace(prefix: "zicha-workbook")
        let workbook = try workspace.exportedExample("report.xlsx")
        if let script = refusal.script {
            try Openpyxl.edit(script.contains("openpyxl.Workbook()") ? nil : workbook, saveAs: workbook, script)
        } else if let bytes = refusal.write {
            try bytes.write(to: workbook)
        }
        for command in [["import", "report.xlsx", "--output", "out.json"], ["validate", "report.xlsx"]] {
            let result = try workspace.zicha(
                command[0], command[1], command.count > 2 ? command[2] : "--format", command.count > 2 ? command[3] : "text")
            #expect(result.status == refusal.status, "\(command[0]): \(result.output)")
            for text in refusal.expected {
                #expect(result.stderr.contains(text), "\(command[0]) should say \(text): \(result.stderr)")
            }
            #expect(result.stderr.contains("错误：") && result.stderr.contains("Error: "), "\(result.stderr)")
        }
        #expect(!workspace.exists("out.json") && !workspace.exists("report.json"), "nothing may be written")
    }

    @Test("the examples' invalid report: a platform id twice and two identical items are named by cell")
    func invalidExample() throws {
        let invalid = try ReportDecoder.decode(try Binaries.example("report-invalid.json"))
        let workbook = try Workbook.export(invalid)
        do throws(WorkbookImportError) {
            _ = try Workbook.import(workbook)
            Issue.record("the invalid example must be refused")
        } catch {
            #expect(!error.isStructural)
            let lines = error.lines.joined(separator: "\n")
            #expect(lines.contains("平台!A4：平台标识“js-province”重复"), "\(lines)")
            #expect(lines.contains("有 2 个名称为“居住证签注”的服务事项"), "\(lines)")
            #expect(lines.contains("注册测试!B2：“2017-11-31”不是日期"), "\(lines)")
        }
    }
}
