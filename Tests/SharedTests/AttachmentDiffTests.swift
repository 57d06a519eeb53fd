import Foundation
import Shared
import TestSupport
import Testing

/// The diff between versions names attachments added and removed, by file name and indicator.
@Suite struct AttachmentDiffTests {
    private let jiangsu = TestReports.jiangsu()

    private func changes(from old: SelfInspectionReport, _ edit: (inout SelfInspectionReport) -> Void) throws -> [LabelledChange]
    {
        var new = old
        edit(&new)
        return try ReportDiff.labelledChanges(from: TestReports.bytes(old), to: TestReports.bytes(new))
    }

    private let png = Shared.Attachment(
        sha256: String(repeating: "a", count: 64), name: "搜索截图.png", mediaType: "image/png", bytes: 1200, caption: "搜索结果")

    @Test func addedAndRemovedAttachmentsAreNamed() throws {
        let added = try changes(from: jiangsu) { $0.platforms[0].checks.search?.assessment.attachments = [png] }
        #expect(added.count == 1)
        #expect(added.first?.kind == .added)
        #expect(added.first?.label.contains("站内搜索 · 佐证材料") == true)
        #expect(added.first?.line.contains("搜索截图.png") == true)

        var with = jiangsu
        with.platforms[0].checks.search?.assessment.attachments = [png]
        let pdf = Shared.Attachment(
            sha256: String(repeating: "b", count: 64), name: "整改通知.pdf", mediaType: "application/pdf", bytes: 900)
        let second = try changes(from: with) { $0.platforms[0].checks.search?.assessment.attachments?.append(pdf) }
        #expect(second.map(\.kind) == [.added])
        #expect(second.first?.label.contains("佐证材料2「整改通知.pdf」") == true)
        let removed = try changes(from: with) { $0.platforms[0].checks.search?.assessment.attachments = nil }
        #expect(removed.map(\.kind) == [.removed])
        #expect(removed.first?.line.contains("搜索截图.png") == true)
    }
}
