import Foundation
import Shared

extension APIClient {
    /// What the key's filer has stored in `round`.
    func attachmentList(round: String, key: FilerKey) async throws(CLIFailure) -> AttachmentList {
        try Self.requireRoundID(round)
        return try await getJSON(AttachmentList.self, APIPath.attachments(round: round, filer: key.filer), round: round, key: key)
    }

    /// Uploads one attachment's bytes, signed like an upload (method PUT, base version 0); the
    /// same request may be retried, and the same bytes stored before answer 200.
    func putAttachment(_ data: Data, sha256: String, round: String, key: FilerKey) async throws(CLIFailure) -> Response {
        let fields = SigningScheme.Fields(
            method: "PUT", path: APIPath.attachment(round: round, filer: key.filer, sha256: sha256), filer: key.filer,
            round: round, keyID: key.keyID, signedAt: SigningScheme.timestamp(Date()), baseVersion: 0, contentSHA256: sha256)
        return try await send(
            method: "PUT", path: fields.path, headers: fields.headers(signature: key.sign(fields)), body: data, retry: retry,
            contentType: "application/octet-stream")
    }

    /// Uploads every attachment `report` names that the server does not have yet, from the folder
    /// beside `reportPath`; each file is checked against its reference first. Returns how many
    /// were sent and how many the server had.
    func uploadMissingAttachments(
        of report: SelfInspectionReport, reportPath: String, key: FilerKey, quiet: Bool
    ) async throws(CLIFailure) -> (sent: Int, skipped: Int) {
        let wanted = report.distinctAttachments
        guard !wanted.isEmpty else { return (0, 0) }
        let stored = Set(try await attachmentList(round: report.round, key: key).attachments.map(\.sha256))
        let directory = AttachmentFiles.directory(forReport: reportPath)
        var sent = 0
        for attachment in wanted where !stored.contains(attachment.sha256) {
            guard let path = AttachmentFiles.path(of: attachment, in: directory),
                let data = FileManager.default.contents(atPath: path)
            else {
                throw CLIFailure(
                    .refused, "找不到佐证材料文件 \(directory)/\(attachment.name)，未上传。",
                    "The attachment file \(directory)/\(attachment.name) is missing; nothing was uploaded.")
            }
            guard Hex.encode(Crypto.sha256(data)) == attachment.sha256 else {
                throw CLIFailure(
                    .refused, "佐证材料文件 \(path) 与报告中的记录不符，未上传；请重新 zicha attach。",
                    "The attachment file \(path) differs from the report's reference; nothing was uploaded. Run zicha attach again."
                )
            }
            let response = try await putAttachment(data, sha256: attachment.sha256, round: report.round, key: key)
            guard response.status == 201 || response.status == 200 else {
                throw Refusal.failure(
                    for: response,
                    context: Refusal.Context(key: key, filer: key.filer, round: report.round, reportPath: reportPath))
            }
            sent += 1
            if !quiet {
                Console.out("已上传佐证材料 / attachment uploaded: \(attachment.name) (\(data.count) B)")
            }
        }
        return (sent, wanted.count - sent)
    }
}
