import Foundation
import Shared
import TestSupport
import Testing

/// docs/FORM.md "Validation" 7: attachment references, their types by content, and the files
/// beside a report.
@Suite struct AttachmentRuleTests {
    let search = "platforms[0].checks.search"

    func reference(_ data: Data, name: String = "搜索截图.png", type: String = "image/png") -> Shared.Attachment {
        Shared.Attachment(sha256: EvidenceFiles.sha256(data), name: name, mediaType: type, bytes: data.count)
    }

    func issues(_ attachments: [Shared.Attachment], rectification: [Shared.Attachment]? = nil) -> [ValidationIssue] {
        var report = Fixtures.report()
        if let rectification {
            var assessment = Fixtures.failedCompleted()
            assessment.rectification?.attachments = rectification
            report.platforms[0].checks.search?.assessment = assessment
        }
        report.platforms[0].checks.search?.assessment.attachments = attachments
        return Fixtures.issues(report)
    }

    @Test func reportsWithoutAttachmentsKeepTheirBytes() throws {
        let bytes = try Fixtures.example("report-valid.json")
        let report = try ReportDecoder.decode(bytes)
        #expect(try ReportCoding.encode(report) == bytes)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("attachments"))
        #expect(report.attachmentReferences.isEmpty)
    }

    @Test func wellFormedReferencesPassAndRoundTrip() throws {
        let png = reference(EvidenceFiles.png())
        let pdf = reference(EvidenceFiles.pdf(), name: "整改通知.pdf", type: "application/pdf")
        #expect(issues([png, pdf], rectification: [pdf]) == [])
        var report = Fixtures.report()
        report.platforms[0].checks.search?.assessment.attachments = [png]
        let decoded = try ReportDecoder.decode(try ReportCoding.encode(report))
        #expect(decoded == report)
        #expect(decoded.attachmentReferences.map(\.path) == ["\(search).attachments[0]"])
    }

    @Test func malformedReferencesAreErrorsAtTheirPaths() {
        let good = reference(EvidenceFiles.png())
        var upper = good
        upper.sha256 = good.sha256.uppercased()
        var empty = good
        empty.sha256 = String(repeating: "0", count: 64)
        empty.bytes = 0
        var huge = good
        huge.sha256 = String(repeating: "1", count: 64)
        huge.bytes = AttachmentLimits.defaultMaxBytes + 1
        var exe = good
        exe.sha256 = String(repeating: "2", count: 64)
        exe.mediaType = "application/x-msdownload"
        var path = good
        path.sha256 = String(repeating: "3", count: 64)
        path.name = "../../etc/passwd"
        let found = issues([good, upper, empty, huge, exe, good, path])
        let list = "\(search).attachments"
        #expect(found.has(.error, "attachment.sha256", at: "\(list)[1].sha256"))
        #expect(found.has(.error, "attachment.size", at: "\(list)[2].bytes"))
        #expect(found.has(.error, "attachment.size", at: "\(list)[3].bytes"))
        #expect(found.has(.error, "attachment.mediaType", at: "\(list)[4].mediaType"))
        #expect(found.has(.error, "attachment.duplicate", at: "\(list)[5]"))
        #expect(found.has(.error, "attachment.name", at: "\(list)[6].name"))
        #expect(found.errors.count == 6)
    }

    @Test func theSameFileMayServeTheFindingAndTheRectification() {
        let png = reference(EvidenceFiles.png())
        #expect(issues([png], rectification: [png]) == [])
        #expect(
            issues([], rectification: [png, png]).has(
                .error, "attachment.duplicate", at: "\(search).rectification.attachments[1]"))
    }

    @Test func typesAreDecidedByTheBytes() {
        #expect(AttachmentType.detect(EvidenceFiles.png()) == .png)
        #expect(AttachmentType.detect(EvidenceFiles.pdf()) == .pdf)
        #expect(AttachmentType.detect(Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])) == .jpeg)
        #expect(AttachmentType.detect(EvidenceFiles.executable()) == nil)
        #expect(AttachmentType.detect(Data("PK\u{3}\u{4}".utf8)) == nil)
        #expect(AttachmentType.detect(Data()) == nil)
    }

    @Test func filesBesideTheReportMustExistAndMatch() throws {
        let workspace = try Workspace(prefix: "zicha-attachment-rules")
        let reportPath = workspace.path("jiangsu.json")
        let directory = AttachmentFiles.directory(forReport: reportPath)
        #expect(directory == workspace.path("jiangsu.attachments"))
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let png = EvidenceFiles.png()
        var report = Fixtures.report()
        report.platforms[0].checks.search?.assessment.attachments = [reference(png)]
        let missing = AttachmentFiles.check(report, directory: directory)
        #expect(missing.map(\.code) == ["attachment.fileMissing"])
        try png.write(to: URL(fileURLWithPath: directory + "/搜索截图.png"))
        #expect(AttachmentFiles.check(report, directory: directory) == [])
        try EvidenceFiles.png(rgb: (0, 0, 0)).write(to: URL(fileURLWithPath: directory + "/搜索截图.png"))
        #expect(AttachmentFiles.check(report, directory: directory).map(\.code) == ["attachment.fileMismatch"])
    }

    @Test func streamingHashEqualsOneShot() throws {
        let workspace = try Workspace(prefix: "zicha-attachment-hash")
        let data = EvidenceFiles.png(size: 3 * 1024 * 1024 + 17)
        try workspace.write(data, "big.png")
        let found = try #require(StreamingSHA256.file(atPath: workspace.path("big.png")))
        #expect(found.sha256 == EvidenceFiles.sha256(data))
        #expect(found.bytes == data.count)
        #expect(AttachmentType.detect(found.prefix) == .png)
    }
}
