import Foundation
import Shared
import Testing

/// Places and changes of a report in words, as the pages and `zicha diff` say them.
@Suite("Diff in words")
struct DiffLabelsTests {
    private let jiangsu = TestReports.jiangsu()
    private var bytes: Data { TestReports.bytes(jiangsu) }

    private func changes(_ edit: (inout SelfInspectionReport) -> Void) throws -> [LabelledChange] {
        var new = jiangsu
        edit(&new)
        return try ReportDiff.labelledChanges(from: bytes, to: TestReports.bytes(new))
    }

    @Test("a path is said with the platform's name, the indicator's Chinese name, the entry's number and the field")
    func labels() {
        let data = bytes
        #expect(DiffLabels.label(of: "platforms[0].checks.search.tests[2].found", in: data) == "平台1「江苏政务服务网」 · 站内搜索 · 测试3 · 是否搜到")
        #expect(DiffLabels.label(of: "platforms[0].checks.search", in: data) == "平台1「江苏政务服务网」 · 站内搜索")
        #expect(
            DiffLabels.label(of: "platforms[0].serviceItems[0].guide.materials[1].copies", in: data)
                == "平台1「江苏政务服务网」 · 事项1「教师资格认定」 · 材料2「教师资格认定申请表」 · 份数")
        #expect(DiffLabels.label(of: "platforms[0].checks.columns.columns[0].itemCount", in: data) == "平台1「江苏政务服务网」 · 栏目设置 · 栏目1「个人服务」 · 事项数")
        #expect(DiffLabels.label(of: "platforms[0].serviceItems[0].checks.accuracy.rectification.measures", in: data) == "平台1「江苏政务服务网」 · 事项1「教师资格认定」 · 内容准确性 · 整改措施")
        #expect(DiffLabels.label(of: "preparedBy.contact", in: data) == "联系人")
        #expect(DiffLabels.label(of: "filer.name", in: data) == "填报单位 · 名称")
        #expect(DiffLabels.label(of: "summary", in: data) == "整改情况")
        #expect(DiffLabels.label(of: "platforms[0].extra[\"a b\"]", in: data) == "平台1「江苏政务服务网」 · extra · a b")
        // Not a path: said as given.
        #expect(DiffLabels.label(of: "platforms[x]", in: data) == "platforms[x]")
        // The typed report says the same as its JSON.
        for path in ["platforms[0].serviceItems[0].guide.forms[0].sampleUrl", "platforms[0].checks.columns.columns[1]", "platforms[0]"] {
            #expect(DiffLabels.label(of: path, in: jiangsu) == DiffLabels.label(of: path, in: data), "\(path)")
        }
    }

    @Test("a changed yes/no field reads 否 → 是, an enumeration by its Chinese name")
    func values() throws {
        let found = try changes { $0.platforms[0].checks.search?.evidence.tests?[2].found = false }
        #expect(found.map(\.line) == ["~ 平台1「江苏政务服务网」 · 站内搜索 · 测试3 · 是否搜到：是 → 否"])
        let result = try changes { $0.platforms[0].checks.search?.assessment.result = .fail }
        #expect(result.first?.line == "~ 平台1「江苏政务服务网」 · 站内搜索 · 自查结论：通过 → 不通过")
        let medium = try changes { $0.platforms[0].serviceItems[0].guide.materials?[0].medium = .electronic }
        #expect(medium.first?.from == "纸质" && medium.first?.to == "电子")
        let text = try changes { $0.summary = "已完成全部整改，并建立长效机制。" }
        #expect(text.first?.isText == true && text.first?.from == "已完成全部整改。")
    }

    @Test("an added or removed list entry is shown as the entry, its fields in words")
    func entries() throws {
        let added = try changes {
            $0.platforms[0].checks.search?.evidence.tests?.append(SearchTest(query: "居住证", expectedItem: "居住证办理", found: false))
        }
        #expect(added.count == 1)
        #expect(added.first?.kind == .added && added.first?.label == "平台1「江苏政务服务网」 · 站内搜索 · 测试4")
        #expect(added.first?.to == "搜索词：居住证；应搜到的事项：居住证办理；是否搜到：否")
        #expect(added.first?.line.hasPrefix("+ 平台1「江苏政务服务网」 · 站内搜索 · 测试4（新增 / added）：搜索词：居住证") == true)
        let removed = try changes { $0.platforms[0].serviceItems[0].guide.materials?.removeLast() }
        #expect(removed.first?.kind == .removed)
        #expect(removed.first?.label == "平台1「江苏政务服务网」 · 事项1「教师资格认定」 · 材料2「教师资格认定申请表」")
        #expect(removed.first?.from?.hasPrefix("材料名称：教师资格认定申请表；原件或复印件：原件；纸质或电子：纸质；份数：2") == true)
        let problems = try changes { $0.platforms[0].checks.search?.assessment.problems = ["搜索无结果", "索引未更新"] }
        #expect(problems.first?.label == "平台1「江苏政务服务网」 · 站内搜索 · 发现的问题" && problems.first?.to == "搜索无结果；索引未更新")
    }

    @Test("long texts: only the changed words are marked, Chinese by character, Latin by word")
    func words() {
        let (old, new) = TextDiff.compare("计划12月底完成整改", "已于11月20日完成整改")
        #expect(old.map(\.text).joined() == "计划12月底完成整改" && new.map(\.text).joined() == "已于11月20日完成整改")
        #expect(old.last == TextDiff.Segment("完成整改", changed: false) && new.last == TextDiff.Segment("完成整改", changed: false))
        #expect(new.contains(TextDiff.Segment("月", changed: false)))
        let (a, b) = TextDiff.compare("rebuild the search index", "rebuilt the search index")
        #expect(a == [TextDiff.Segment("rebuild", changed: true), TextDiff.Segment(" the search index", changed: false)])
        #expect(b.first == TextDiff.Segment("rebuilt", changed: true))
        let (same, _) = TextDiff.compare("相同", "相同")
        #expect(same == [TextDiff.Segment("相同", changed: false)])
        // Too long to align word by word: the differing middle is replaced whole, quickly.
        let long = String(repeating: "甲乙", count: 2_000)
        let (x, y) = TextDiff.compare("头" + long + "尾", "首" + String(long.reversed()) + "尾")
        #expect(x.map(\.text).joined() == "头" + long + "尾" && y.last == TextDiff.Segment("尾", changed: false))
    }

    @Test("paths: the validator's syntax, quoted keys; a report's paths are those it holds")
    func paths() throws {
        #expect(ReportPath.steps("platforms[0].checks.search") == [.key("platforms"), .index(0), .key("checks"), .key("search")])
        #expect(ReportPath.steps(#"a["b.c"][2]"#) == [.key("a"), .key("b.c"), .index(2)])
        #expect(ReportPath.steps("") == [] && ReportPath.steps("$") == [])
        for bad in ["platforms[", "platforms[a]", ".x", "a..b", "a[0]b", "[1x]", "a[-1]"] {
            #expect(ReportPath.steps(bad) == nil, "\(bad)")
        }
        let paths = try ReportDiff.paths(of: bytes)
        #expect(paths.contains("platforms[0].checks.search") && paths.contains("platforms[0].checks.search.tests[2].found"))
        #expect(!paths.contains("platforms[1]") && !paths.contains("platforms[0].checks.search.tests[3]"))
    }
}
