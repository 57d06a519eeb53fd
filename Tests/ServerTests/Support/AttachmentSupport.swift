import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import TestSupport
import Testing

extension TestClientProtocol {
    /// `PUT …/attachments/{sha256}` of `data`, signed by `key` (the address defaults to the data's digest).
    func putAttachment(_ data: Data, key: TestKey, sha256: String? = nil, round: String = "2017") async throws -> TestResponse {
        let path = APIPath.attachment(round: round, filer: key.filer, sha256: sha256 ?? EvidenceFiles.sha256(data))
        return try await execute(
            uri: path, method: .put, headers: key.headers(method: "PUT", path: path, round: round, baseVersion: 0, body: data),
            body: ByteBuffer(bytes: data))
    }
}

extension TestServer {
    /// Alters, then removes, the stored file of `data` (whose event is `action`): `audit verify`
    /// names it each time, having found nothing before.
    func expectTamperFound(_ data: Data, action: String) async throws {
        #expect(try await store.verifyAudit().content.isEmpty)
        let path = store.attachmentFiles.path(of: EvidenceFiles.sha256(data))
        try EvidenceFiles.png(rgb: (0, 0, 0)).write(to: URL(fileURLWithPath: path))
        let found = try await store.verifyAudit().content
        #expect(found.map(\.row) == ["attachments/\(EvidenceFiles.sha256(data))"])
        #expect(found.first?.action == action)
        try FileManager.default.removeItem(atPath: path)
        #expect(try await store.verifyAudit().content.first?.reason.contains("gone") == true)
    }

    /// Files below the attachments' folder, temporary ones aside.
    func storedFiles() -> [String] {
        let directory = store.attachmentFiles.directory
        let found = FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? []
        return found.filter { $0.count == 67 && !$0.hasPrefix("tmp") }.sorted()
    }
}

/// A valid report of `filer` whose search finding carries `attachments` (and its summary `tag`).
func reportWithAttachments(_ filer: String, _ attachments: [Shared.Attachment], tag: String = "") -> Data {
    var report = TestReports.valid(filer: filer, summary: "自查整改情况\(tag)")
    report.platforms[0].checks.search?.assessment.attachments = attachments
    return TestReports.bytes(report)
}

/// The reference of `data` as a report records it.
func evidence(_ data: Data, name: String, type: AttachmentType, caption: String? = nil) -> Shared.Attachment {
    Shared.Attachment(
        sha256: EvidenceFiles.sha256(data), name: name, mediaType: type.mediaType, bytes: data.count, caption: caption)
}
