import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import TestSupport
import Testing

/// `GET …/versions/{n}/bundle.zip`: the report, its signature, its attachments and a manifest.
@Suite("Version bundle")
struct AttachmentBundleTests {
    @Test("the bundle passes unzip -t, holds the exact report and files, and its manifest's hashes match")
    func bundleZip() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("320000")
        let token = try await server.addReviewer()
        let png = EvidenceFiles.png()
        let pdf = EvidenceFiles.pdf()
        let report = reportWithAttachments(
            "320000", [evidence(png, name: "搜索.png", type: .png, caption: "截图"), evidence(pdf, name: "通知.pdf", type: .pdf)])
        let zip: Data = try await server.live { client in
            for file in [png, pdf] {
                let status = try await client.putAttachment(file, key: key).status
                #expect(status == .created)
            }
            #expect(try await client.upload(report, key: key).status == .created)
            let path = APIPath.bundle(round: "2017", filer: "320000", version: 1)
            let byFiler = try await client.signedGet(path, key: key)
            #expect(byFiler.status == .ok)
            let response = try await client.asReviewer(.get, path, token: token)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/zip")
            #expect(byFiler.data.count == response.data.count)
            return response.data
        }
        let folder = server.workspace.path("bundle")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try zip.write(to: URL(fileURLWithPath: folder + "/v1.zip"))
        let unzip = URL(fileURLWithPath: "/usr/bin/unzip")
        let test = try CommandRunner.run(unzip, ["-t", folder + "/v1.zip"], in: server.directory)
        #expect(test.status == 0, "\(test.output)")
        let extract = try CommandRunner.run(unzip, ["-q", folder + "/v1.zip", "-d", folder + "/x"], in: server.directory)
        #expect(extract.status == 0, "\(extract.output)")
        let manifest = try JSONDecoder().decode(
            VersionBundle.Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/x/manifest.json")))
        #expect(manifest.version == 1 && manifest.filer == "320000")
        #expect(manifest.files.count == 4)
        for file in manifest.files {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/x/" + file.path))
            #expect(EvidenceFiles.sha256(data) == file.sha256, "\(file.path)")
            #expect(data.count == file.bytes)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/x/report.json")) == report)
        #expect(manifest.attachments.map(\.name) == ["搜索.png", "通知.pdf"])
        #expect(manifest.attachments.first?.caption == "截图")
        let signature = try JSONDecoder().decode(
            DetachedSignature.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/x/report.json.sig")))
        #expect(SigningScheme.isValid(signatureHex: signature.signature, for: signature.uploadFields, secret: key.secret))
    }
}

/// The attachments' wire types, as the server encodes them, match the OpenAPI document.
@Suite("Attachment wire types")
struct AttachmentWireTests {
    @Test("AttachmentReceipt, AttachmentList and the attachment_missing refusal match their schemas")
    func schemas() async throws {
        let receipt = AttachmentReceipt(
            round: "2017", filer: "320000", sha256: String(repeating: "a", count: 64), mediaType: "image/png", bytes: 1200,
            storedAt: "2017-12-20T10:00:00+08:00")
        let report = try ReportDecoder.decode(
            reportWithAttachments("320000", [evidence(EvidenceFiles.png(), name: "a.png", type: .png)]))
        let missing = AttachmentError.missing([report.distinctAttachments[0].sha256], in: report)
        let cases = [
            try await SchemaCase("receipt", "AttachmentReceipt", JSONResponse.make(receipt, status: .created)),
            try await SchemaCase(
                "list", "AttachmentList",
                JSONResponse.make(AttachmentList(attachments: [receipt], totalBytes: 1200, limitBytes: 10))),
            try await SchemaCase("missing", "APIErrorBody", JSONResponse.make(missing.body, status: missing.status)),
            try await SchemaCase(
                "unsupported", "APIErrorBody",
                JSONResponse.make(AttachmentError.unsupportedType.body, status: AttachmentError.unsupportedType.status)),
        ]
        let result = try SchemaValidator.validate(cases)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.output.contains("4 values, 0 schema violations"), "\(result.output)")
    }
}
