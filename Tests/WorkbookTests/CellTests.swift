import Foundation
import Shared
import TestSupport
import Testing
import Workbook

/// Cell addresses, dates as clerks type them, OOXML text escapes, and the map from JSON paths to cells.
@Suite("Cells")
struct CellTests {
    @Test(
        "column letters and addresses",
        arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
    func letters(_ column: Int, _ letters: String) {
        #expect(CellReference.letters(column) == letters)
        #expect(CellReference.parse("\(letters)12")! == (column, 12))
        #expect(CellReference.parse("$\(letters)$7")! == (column, 7))
    }

    @Test("not addresses")
    func notAddresses() {
        for text in ["", "A", "12", "A0", "1A", "A-1", "中1"] { #expect(CellReference.parse(text) == nil, "\(text)") }
        #expect(CellReference(sheet: "服务事项", row: 12, column: 6).description == "服务事项!G12")
    }

    @Test(
        "dates typed in the usual forms",
        arguments: [
            "2017-12-20", "2017/12/20", "2017.12.20", "2017年12月20日", "2017年12月20", "2017-12-20 10:30:00", "20171220", "43089",
            "43089.0",
            "２０１７－１２－２０", " 2017/12/20 ", "2017-12-20",
        ])
    func typedDates(_ text: String) {
        #expect(DateCell.day(text: text) == Day("2017-12-20"), "\(text)")
    }

    @Test("single-digit months and days, and texts that are not dates")
    func otherDates() {
        #expect(DateCell.day(text: "2017/1/5") == Day("2017-01-05"))
        #expect(DateCell.day(text: "2017年1月5日") == Day("2017-01-05"))
        for text in [
            "2017-02-29", "2017-13-01", "下周一", "17-12-20", "2017-12", "12/20/2017", "2017-12-20-1", "60", "0", "-5", "43089.5",
        ] {
            #expect(DateCell.day(text: text) == nil, "\(text)")
        }
    }

    @Test("serial numbers: the 1900 system with its phantom 29 February, and the 1904 system")
    func serials() {
        #expect(DateCell.day(serial: 43089) == Day("2017-12-20"))
        #expect(DateCell.day(serial: 43089.75) == Day("2017-12-20"))
        #expect(DateCell.day(serial: 1) == Day("1900-01-01"))
        #expect(DateCell.day(serial: 59) == Day("1900-02-28"))
        #expect(DateCell.day(serial: 60) == nil)
        #expect(DateCell.day(serial: 61) == Day("1900-03-01"))
        #expect(DateCell.day(serial: 41627, date1904: true) == Day("2017-12-20"))
        #expect(DateCell.serial(Day("2017-12-20")!) == 43089)
    }

    @Test("text escapes: control characters and literal _xHHHH_ survive")
    func escapes() {
        #expect(CellText.unescape("a_x0001_b") == "a\u{1}b")
        #expect(CellText.unescape("_x005F_x0041_") == "_x0041_")
        #expect(CellText.unescape(CellText.escapeForWriting("x_x0041_y_x00")) == "x_x0041_y_x00")
        #expect(CellText.number(320000) == "320000" && CellText.number(1.5) == "1.5")
    }

    @Test("JSON paths map to the cells they came from")
    func cellMap() throws {
        let cells = try Workbook.import(try Binaries.example("report-valid.xlsx")).cells
        let expected = [
            "preparedBy.email": "基本信息!B10", "platforms[0]": "平台!A2", "platforms[0].url": "平台!C2",
            "platforms[0].checks.unifiedEntry.integratedWithPortal": "平台!H2",
            "platforms[0].checks.classification.mismatches[0]": "平台!J2", "platforms[0].checks.search": "平台检查!C4",
            "platforms[0].checks.search.problems[0]": "平台检查!D4", "platforms[0].checks.search.rectification": "平台检查!E4",
            "platforms[0].checks.search.rectification.completedOn": "平台检查!G4",
            "platforms[1].checks.search.tests[0].found": "搜索测试!D5", "platforms[0].serviceItems[0].guide.timeLimit": "服务事项!G2",
            "platforms[0].serviceItems[0].guide.steps": "服务事项!B2",
            "platforms[0].serviceItems[0].guide.materials[1].copies": "办理材料!G3",
            "platforms[0].serviceItems[0].checks.accuracy.offlineVerified": "服务事项!K2",
            "platforms[0].serviceItems[0].checks.accuracy.result": "事项检查!E3",
        ]
        for (path, cell) in expected { #expect(cells.cell(for: path)?.description == cell, "\(path)") }
        #expect(cells.cell(for: "platforms") == nil)
    }
}
