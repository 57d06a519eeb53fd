import Foundation
import Shared
import TestSupport
import Testing

/// The clerk's way: `zicha init` makes a blank workbook, a spreadsheet program (openpyxl here)
/// fills it — dates as date cells and as typed text, item names changed everywhere with find
/// and replace — and saves it; `zicha validate` accepts it and `zicha import` writes the JSON.
@Suite("A blank workbook filled in another program")
struct FillInAnotherProgramTests {
    static let fill = """
        info = ws('基本信息')
        for label, value in [('填报日期', datetime.datetime(2017, 12, 20)), ('填报处室', '江苏省人民政府办公厅'), ('联系人', '王敏'),
                             ('联系电话', '025-83392000'), ('电子邮箱', 'zwgk@jiangsu.gov.cn'), ('一体化平台', '是'),
                             ('整改情况总体说明', '已完成全部整改。')]:
            for row in range(2, info.max_row + 1):
                if info['A' + str(row)].value == label: info['B' + str(row)] = value
        p = ws('平台')
        for title, value in [('平台名称', '江苏政务服务网'), ('平台网址', 'http://www.jszwfw.gov.cn'), ('门户网站网址', 'http://www.jiangsu.gov.cn'),
                             ('网站标识码', '3200000001'), ('与门户网站前端整合', '是'), ('咨询渠道可用', '是'), ('分类不符的事项', '无')]:
            cell(p, title, 2).value = value
        for row in range(2, ws('平台检查').max_row + 1): cell(ws('平台检查'), '自查结果', row).value = '通过'
        append(ws('栏目'), **{'平台标识': 'p1', '栏目名称': '个人服务', '分类维度': '用户', '事项数': 120})
        for query in ['教师资格认定', '企业设立登记', '排污许可证核发']:
            append(ws('搜索测试'), **{'平台标识': 'p1', '检索词': query, '应找到的事项': query, '是否找到': '是'})
        append(ws('注册测试'), **{'平台标识': 'p1', '注册日期': '2017年11月2日', '账号类型': '个人', '是否成功': '是'})
        append(ws('注册测试'), **{'平台标识': 'p1', '注册日期': datetime.date(2017, 11, 2), '账号类型': '法人', '是否成功': '是'})
        append(ws('咨询测试'), **{'平台标识': 'p1', '咨询问题': '能否网上办理？', '提交日期': '2017/12/11', '答复日期': 43082})
        # The clerk renames the template's items with find and replace over the whole workbook.
        replace_everywhere('事项1', '企业设立登记')
        replace_everywhere('事项2', '教师资格认定')
        s = ws('服务事项')
        for row, department in [(2, '江苏省市场监督管理局'), (3, '江苏省教育厅')]:
            for title, value in [('实施部门', department), ('设定依据', '《中华人民共和国行政许可法》第二十九条'), ('办理条件', '具备相应条件'),
                                 ('办理时限', '20个工作日'), ('收费标准', '不收费'), ('办理机构', department), ('联系方式', '025-83335520'),
                                 ('已与线下核对', '是'), ('与线下不一致之处', '无')]:
                cell(s, title, row).value = value
        for item in ['企业设立登记', '教师资格认定']:
            for step, text in [('申请', '申请人在线填报信息并上传材料'), ('受理', '窗口核对材料，齐全的当场受理')]:
                append(ws('办理环节'), **{'平台标识': 'p1', '事项名称': item, '环节名称': step, '环节说明': text})
            append(ws('办理材料'), **{'平台标识': 'p1', '事项名称': item, '材料名称': '申请表', '原件/复印件': '原件', '纸质/电子': '纸质',
                   '份数': 2})
            append(ws('表格'), **{'平台标识': 'p1', '事项名称': item, '表格名称': '申请表', '下载地址': 'http://www.jszwfw.gov.cn/sqb.doc',
                   '填写说明地址': 'http://www.jszwfw.gov.cn/sqb-txsm.html'})
        for row in range(2, ws('事项检查').max_row + 1): cell(ws('事项检查'), '自查结果', row).value = '通过'
        """

    @Test("init → fill and save in openpyxl → validate and import")
    func blankFilledAndSaved() throws {
        let workspace = try Workspace(prefix: "zicha-workbook")
        var result = try workspace.zicha("init", "--filer", "320000", "--round", "2017", "--items", "2", "--output", "blank.xlsx")
        #expect(result.status == 0 && result.stdout.contains("blank.xlsx"), "\(result.output)")
        // Unfilled, it is not a report yet: the import names what is missing.
        result = try workspace.zicha("validate", "blank.xlsx")
        #expect(result.status == 1, "\(result.output)")
        #expect(result.stdout.contains("基本信息!B6 · preparedOn"), "\(result.output)")
        #expect(result.stdout.contains("平台检查!C2 · platforms[0].checks.unifiedEntry"), "\(result.output)")

        try Openpyxl.edit(workspace.file("blank.xlsx"), saveAs: workspace.file("filled.xlsx"), Self.fill)
        result = try workspace.zicha("validate", "filled.xlsx")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.stdout.contains("写入 filled.json"), "\(result.output)")
        let report = try ReportDecoder.decode(try workspace.read("filled.json"))
        #expect(report.filer == FilerReference(code: "320000", name: "江苏省"))
        #expect(report.preparedOn == "2017-12-20")
        #expect(report.platforms.map(\.id) == ["p1"])
        #expect(report.platforms[0].serviceItems.map(\.name) == ["企业设立登记", "教师资格认定"])
        #expect(report.platforms[0].checks.registration?.evidence.tests?.map(\.on) == ["2017-11-02", "2017-11-02"])
        #expect(report.platforms[0].checks.consultation?.evidence.tests?.first?.answeredOn == "2017-12-13", "a serial number")
        #expect(report.platforms[0].serviceItems[1].guide.materials?.first?.copies == 2)
        result = try workspace.zicha("import", "filled.xlsx", "--output", "again.json")
        #expect(result.status == 0, "\(result.output)")
        #expect(try workspace.read("again.json") == (try workspace.read("filled.json")))
    }
}
