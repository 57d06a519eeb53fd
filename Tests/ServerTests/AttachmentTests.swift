import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import TestSupport
import Testing

/// Evidence files on the real server on 127.0.0.1: stored once by content, typed by their bytes,
/// limited, named by the reports that use them, served safely, audited and backed up.
@Suite("Attachments")
struct AttachmentTests {
    @Test("a PNG and a PDF uploaded, named by a signed version, read back byte-identical by a reviewer and by the filer")
    func roundTrip() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("320000")
        let other = try await server.issueKey("110000")
        let token = try await server.addReviewer()
        let png = EvidenceFiles.png()
        let pdf = EvidenceFiles.pdf()
        try await server.live { client in
            let first = try await client.putAttachment(png, key: key)
            #expect(first.status == .created)
            let receipt = try first.decode(AttachmentReceipt.self)
            #expect(receipt.sha256 == EvidenceFiles.sha256(png) && receipt.mediaType == "image/png" && receipt.bytes == png.count)
            #expect(try await client.putAttachment(png, key: key).status == .ok)
            #expect(try await client.putAttachment(pdf, key: key).status == .created)
            let report = reportWithAttachments(
                "320000",
                [evidence(png, name: "搜索 截图\"1\".png", type: .png), evidence(pdf, name: "整改通知.pdf", type: .pdf)])
            #expect(try await client.upload(report, key: key).status == .created)

            let pngPath = APIPath.attachment(round: "2017", filer: "320000", sha256: EvidenceFiles.sha256(png))
            let asReviewer = try await client.asReviewer(.get, pngPath + "?name=%E6%90%9C%E7%B4%A2.png", token: token)
            #expect(asReviewer.status == .ok)
            #expect(asReviewer.data == png)
            #expect(asReviewer.headers[.contentType] == "image/png")
            #expect(asReviewer.headers[.xContentTypeOptions] == "nosniff")
            #expect(asReviewer.headers[.contentSecurityPolicy]?.contains("sandbox") == true)
            #expect(asReviewer.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(
                asReviewer.headers[.contentDisposition] == "inline; filename=\"__.png\"; filename*=UTF-8''%E6%90%9C%E7%B4%A2.png")
            let pdfPath = APIPath.attachment(round: "2017", filer: "320000", sha256: EvidenceFiles.sha256(pdf))
            let document = try await client.asReviewer(.get, pdfPath, token: token)
            #expect(document.data == pdf)
            #expect(document.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(document.headers[.contentSecurityPolicy] == "default-src 'none'; sandbox")
            #expect(try await client.signedGet(pdfPath, key: key).data == pdf)
            let list = try await client.signedGet(APIPath.attachments(round: "2017", filer: "320000"), key: key)
            #expect(
                try list.decode(AttachmentList.self).attachments.map(\.sha256).sorted()
                    == [png, pdf].map(EvidenceFiles.sha256).sorted())
            // Another filer reads nothing of it, and cannot store under another filer's address.
            #expect(try await client.signedGet(pdfPath, key: other, filer: "320000").status == .forbidden)
            let elsewhere = APIPath.attachment(round: "2017", filer: "110000", sha256: EvidenceFiles.sha256(pdf))
            #expect(try await client.signedGet(elsewhere, key: other).status == .notFound)
        }
        #expect(try await server.count("attachments") == 2)
        #expect(try await server.auditCount("attachment.store") == 2)
        // Files are the server account's alone.
        for file in server.storedFiles() {
            let mode = try FileManager.default.attributesOfItem(atPath: server.store.attachmentFiles.directory + "/" + file)[
                .posixPermissions]
            #expect(mode as? Int == 0o600)
        }
    }

    @Test(
        "a version naming an attachment that is not stored is refused 422 attachment_missing, naming each place; nothing stored")
    func missingRefused() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("320000")
        let png = EvidenceFiles.png()
        let pdf = EvidenceFiles.pdf()
        try await server.live { client in
            #expect(try await client.putAttachment(png, key: key).status == .created)
            let report = reportWithAttachments(
                "320000", [evidence(png, name: "a.png", type: .png), evidence(pdf, name: "整改通知.pdf", type: .pdf)])
            let refused = try await client.upload(report, key: key)
            #expect(refused.status == .unprocessableContent)
            let body = try #require(refused.error)
            #expect(body.error == "attachment_missing")
            #expect(body.issues?.map(\.path) == ["platforms[0].checks.search.attachments[1]"])
            #expect(body.issues?.first?.message.contains("整改通知.pdf") == true)
        }
        #expect(try await server.versionCount() == 0)
    }

    @Test("an executable renamed .png is refused 415, a file over the limit 413, a wrong address 422; nothing stored")
    func refusals() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("320000")
        let limits = AttachmentSettings(maxBytes: 64 * 1024, maxTotalBytes: 100 * 1024)
        try await server.live(attachments: limits) { client in
            let executable = try await client.putAttachment(EvidenceFiles.executable(), key: key)
            #expect(executable.status == .unsupportedMediaType)
            #expect(executable.error?.error == "unsupported_media_type")
            let large = try await client.putAttachment(EvidenceFiles.png(size: 64 * 1024 + 1), key: key)
            #expect(large.status == .contentTooLarge)
            #expect(large.error?.error == "attachment_too_large")
            // Declared too large: refused before any of the body is read or the signature looked at.
            var headers: HTTPFields = [.contentLength: String(64 * 1024 + 1)]
            headers[.contentType] = "image/png"
            let declared = try await client.execute(
                uri: APIPath.attachment(round: "2017", filer: "320000", sha256: String(repeating: "c", count: 64)), method: .put,
                headers: headers, body: ByteBuffer(bytes: [UInt8](repeating: 0, count: 64 * 1024 + 1)))
            #expect(declared.status == .contentTooLarge)
            #expect(declared.error?.error == "attachment_too_large")
            let png = EvidenceFiles.png()
            let wrong = try await client.putAttachment(png, key: key, sha256: String(repeating: "a", count: 64))
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.error?.error == "attachment_digest_mismatch")
            #expect(try await client.putAttachment(png, key: key, sha256: "NOTHEX").status == .notFound)
            // The round's total: two files of 60 KB fit under 100 KB only once.
            #expect(try await client.putAttachment(EvidenceFiles.png(size: 60 * 1024), key: key).status == .created)
            let over = try await client.putAttachment(EvidenceFiles.png(size: 60 * 1024, rgb: (1, 2, 3)), key: key)
            #expect(over.status == .contentTooLarge)
            #expect(over.error?.error == "attachment_quota_exceeded")
        }
        #expect(try await server.count("attachments") == 1)
        #expect(server.storedFiles().count == 1)
    }

    @Test("the same attachment named by two versions (and stored twice) is one row and one file")
    func storedOnce() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("320000")
        let png = EvidenceFiles.png()
        try await server.live { client in
            #expect(try await client.putAttachment(png, key: key).status == .created)
            let reference = [evidence(png, name: "a.png", type: .png)]
            #expect(try await client.upload(reportWithAttachments("320000", reference, tag: "1"), key: key).status == .created)
            #expect(try await client.putAttachment(png, key: key).status == .ok)
            let second = try await client.upload(reportWithAttachments("320000", reference, tag: "2"), key: key, baseVersion: 1)
            #expect(second.status == .created)
        }
        #expect(try await server.versionCount() == 2)
        #expect(try await server.count("attachments") == 1)
        #expect(server.storedFiles().count == 1)
    }

    @Test("audit verify names a stored attachment whose file was altered or removed")
    func tamperFound() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("320000")
        let png = EvidenceFiles.png()
        try await server.live { client in
            let status = try await client.putAttachment(png, key: key).status
            #expect(status == .created)
        }
        try await server.expectTamperFound(png, action: "attachment.store")
    }

    @Test("backup copies every attachment beside the database copy, 0600, checked against its digest")
    func backupIncludesAttachments() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("320000")
        let png = EvidenceFiles.png()
        try await server.live { client in
            let status = try await client.putAttachment(png, key: key).status
            #expect(status == .created)
        }
        let path = server.workspace.path("backup.sqlite")
        let summary = try server.store.backup(to: path)
        #expect(summary.attachments == 1)
        let copy = AttachmentStore(directory: path + ".attachments").path(of: EvidenceFiles.sha256(png))
        #expect(FileManager.default.contents(atPath: copy) == png)
        #expect(try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int == 0o600)
    }
}
