import Foundation
import Shared
import Testing

/// docs/FORM.md "Validation" 6: placeholders and control characters, wherever they stand.
@Suite("Text rules")
struct TextRulesTests {
    typealias Edit = @Sendable (inout SelfInspectionReport, String) -> Void

    /// A text field of each kind (header, platform, evidence, assessment, guide, item) and its path.
    static let fields: [(path: String, multiLine: Bool, edit: Edit)] = [
        ("filer.name", false, { $0.filer.name = $1 }),
        ("preparedBy.unit", false, { $0.preparedBy.unit = $1 }),
        ("preparedBy.phone", false, { $0.preparedBy.phone = $1 }),
        ("platforms[0].name", false, { $0.platforms[0].name = $1 }),
        ("platforms[0].siteCode", false, { $0.platforms[0].siteCode = $1 }),
        (
            "platforms[0].checks.columns.columns[1].name", false,
            { $0.platforms[0].checks.columns?.evidence.columns?[1].name = $1 }
        ),
        ("platforms[0].checks.search.tests[2].query", false, { $0.platforms[0].checks.search?.evidence.tests?[2].query = $1 }),
        (
            "platforms[0].checks.consultation.tests[0].question", true,
            {
                $0.platforms[0].checks.consultation?.evidence.tests?[0].question = $1
            }
        ),
        ("platforms[0].checks.unifiedEntry.notes", true, { $0.platforms[0].checks.unifiedEntry?.assessment.notes = $1 }),
        ("platforms[0].serviceItems[0].department", false, { $0.platforms[0].serviceItems[0].department = $1 }),
        ("platforms[0].serviceItems[0].guide.basis", true, { $0.platforms[0].serviceItems[0].guide.basis = $1 }),
        (
            "platforms[0].serviceItems[0].guide.steps[1].description", true,
            {
                $0.platforms[0].serviceItems[0].guide.steps?[1].description = $1
            }
        ),
        (
            "platforms[0].serviceItems[0].guide.forms[0].downloadUrl", false,
            {
                $0.platforms[0].serviceItems[0].guide.forms?[0].downloadUrl = $1
            }
        ),
        (
            "platforms[0].serviceItems[0].checks.accuracy.discrepancies[0]", true,
            {
                $0.platforms[0].serviceItems[0].checks.accuracy?.evidence.discrepancies = [$1]
            }
        ),
        ("summary", true, { $0.summary = $1 }),
    ]

    @Test(arguments: fields.indices)
    func aPlaceholderIsAnErrorWhereverItStands(index: Int) {
        let field = Self.fields[index]
        var report = Fixtures.report()
        // A clerk typed around the placeholder instead of replacing it.
        field.edit(&report, "江苏" + Placeholder.text("平台名称", "platform name"))
        let issues = Fixtures.issues(report)
        #expect(issues.has(.error, "text.placeholder", at: field.path), "\(issues)")
        // Said once: no shape.url or shape.siteCode besides it.
        #expect(issues.filter { $0.path == field.path && $0.code.hasPrefix("shape.") }.isEmpty, "\(issues)")
        #expect(issues.first { $0.code == "text.placeholder" }?.message.contains("占位文字") == true)
    }

    @Test func wordsOfARealGuideAreNoPlaceholder() {
        var report = Fixtures.report()
        report.platforms[0].serviceItems[0].guide.conditions = "请填写申请表（请填写完整），并按提示签字"
        report.platforms[0].serviceItems[0].guide.materials?[0].notes = "（请填写）"
        #expect(Fixtures.issues(report) == [])
        #expect(Placeholder.contains(Placeholder.marker))
        #expect(Placeholder.contains("前文" + Placeholder.text("联系人", "contact")))
        #expect(!Placeholder.contains("（请填写"))
        #expect(!Placeholder.contains(""))
    }

    @Test(arguments: fields.indices)
    func anEscapeSequenceIsAnErrorNamingTheField(index: Int) {
        let field = Self.fields[index]
        var report = Fixtures.report()
        // What ← ← X leaves in a terminal that does not edit lines.
        field.edit(&report, "江苏省政府\u{1B}[D\u{1B}[DX")
        let issues = Fixtures.issues(report)
        let issue = issues.first { $0.code == "text.controlCharacter" }
        #expect(issue?.severity == .error && issue?.path == field.path, "\(issues)")
        #expect(
            issue?.message.contains("第 6 个字符") == true && issue?.message.contains("<ESC>[D") == true,
            "\(String(describing: issue))")
        #expect(issue?.messageEn.contains(field.path) == true)
        // No message carries the control character itself to a terminal.
        #expect(!issues.contains { ($0.message + $0.messageEn).unicodeScalars.contains(where: ControlCharacters.isControl) })
    }

    @Test(arguments: ["\u{00}", "\u{07}", "\u{08}", "\u{09}", "\u{7F}", "\u{85}", "\u{9B}", "\u{9F}"])
    func everyC0AndC1CharacterIsRefused(character: String) {
        var report = Fixtures.report()
        report.summary = "全部整改" + character + "完成"
        let issues = Fixtures.issues(report)
        #expect(issues.has(.error, "text.controlCharacter", at: "summary"), "\(character.unicodeScalars.first!.value)")
        #expect(issues.count == 1)
    }

    @Test func lineBreaksOnlyInMultiLineFields() {
        for field in Self.fields {
            var report = Fixtures.report()
            field.edit(&report, "第一行\r\n第二行\n第三行")
            let issues = Fixtures.issues(report).with("text.controlCharacter")
            if field.multiLine {
                #expect(issues.isEmpty, "\(field.path): \(issues)")
            } else {
                #expect(issues.count == 1 && issues[0].path == field.path, "\(field.path): \(issues)")
                #expect(issues.first?.message.contains("只能填写一行") == true)
            }
        }
    }

    @Test func otherRulesQuoteControlCharactersVisibly() {
        var report = Fixtures.report()
        report.platforms[0].url = "http://www.jszwfw.gov.cn/\u{85}"
        report.preparedBy.email = "zwgk\u{1B}[C"
        let issues = Fixtures.issues(report)
        #expect(issues.has(.error, "text.controlCharacter", at: "platforms[0].url"))
        #expect(issues.has(.error, "shape.email", at: "preparedBy.email"))
        #expect(issues.first { $0.code == "shape.email" }?.message.contains("<ESC>[C") == true)
        #expect(!issues.contains { ($0.message + $0.messageEn).unicodeScalars.contains(where: ControlCharacters.isControl) })
    }

    @Test func controlCharacterPositionsCountScalars() {
        #expect(ControlCharacters.first(in: "江苏\u{1B}", allowingLineBreaks: false)?.position == 3)
        #expect(ControlCharacters.first(in: "a\nb", allowingLineBreaks: true) == nil)
        #expect(ControlCharacters.first(in: "a\nb", allowingLineBreaks: false)?.scalar == "\n")
        #expect(ControlCharacters.first(in: "é\u{9B}", allowingLineBreaks: true)?.position == 2)
        // U+00C2 itself (Â) is no control character.
        #expect(ControlCharacters.first(in: "Â", allowingLineBreaks: false) == nil)
        #expect(ControlCharacters.visible("a\u{1B}b\u{85}") == "a<ESC>b<U+0085>")
    }
}
