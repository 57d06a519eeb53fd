import Shared
import Testing

@Suite struct VaguePhrasesTests {
    @Test(arguments: [
        ("其他相关材料", "其他相关材料"),
        ("根据有关法律法规规定应提交的其他材料", "根据有关法律法规规定"),
        ("法律法规规定的其他材料", "法律法规规定的其他"),
        ("身份证、户口簿等材料", "等材料"),
        ("有关材料", "有关材料"),
        ("其他 材料", "其他材料"),
        ("审批机关要求提供的其他材料", "要求提供的其他"),
    ])
    func catchAllPhrasesAreFound(text: String, phrase: String) {
        #expect(VaguePhrases.match(in: text) == phrase)
    }

    @Test(arguments: ["身份证原件", "营业执照副本", "有关部门批准文件", "公司章程", "相关人员身份证明", "材料清单", ""])
    func specificMaterialsPass(text: String) {
        #expect(VaguePhrases.match(in: text) == nil)
    }

    @Test func theListIsLongestFirstAndDuplicateFree() {
        let counts = VaguePhrases.all.map(\.count)
        #expect(counts == counts.sorted(by: >))
        #expect(Set(VaguePhrases.all).count == VaguePhrases.all.count)
    }
}
