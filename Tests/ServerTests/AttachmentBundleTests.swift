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

/// The filer's file name in `Content-Disposition` cannot break the header.
@Suite("Attachment file names")
struct AttachmentNameTests {
    @Test("quotes, line breaks, semicolons and non-ASCII are encoded (RFC 5987), with a plain-ASCII fallback")
    func contentDisposition() {
        let header = AttachmentResponse.contentDisposition("inline", name: "a\"b\r\nSet-Cookie: x=1; 整改.png")
        #expect(!header.contains("\r") && !header.contains("\n"))
        #expect(
            header
                == "inline; filename=\"a_b__Set-Cookie: x=1_ __.png\"; filename*=UTF-8''a%22b%0D%0ASet-Cookie%3A%20x%3D1%3B%20%E6%95%B4%E6%94%B9.png"
        )
        #expect(AttachmentResponse.contentDisposition("attachment", name: "通知.pdf").hasPrefix("attachment; filename=\"__.pdf\""))
    }
}

/// `serve --max-attachment-bytes` and `--max-attachment-total` are checked before serving.
@Suite("Attachment limits on the command line")
struct AttachmentLimitOptionTests {
    @Test("a file limit of 0, over --max-body, or over the total is a usage error, nothing served")
    func limits() async throws {
        let workspace = try Workspace(prefix: "zicha-attachment-limits")
        let db = workspace.path("zicha.sqlite")
        for arguments in [
            ["--max-attachment-bytes", "0"], ["--max-body", "1000", "--max-attachment-bytes", "1001"],
            ["--max-attachment-bytes", "2000", "--max-attachment-total", "1000"],
        ] {
            let result = try await ServerBinary.run(["serve", "--db", db, "--port", "0"] + arguments)
            #expect(result.status != 0 && result.output.contains("--max-attachment"), "\(arguments): \(result.output)")
            #expect(!result.output.contains("listening"))
        }
    }
}
