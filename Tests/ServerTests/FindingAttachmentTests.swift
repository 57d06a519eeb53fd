import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import TestSupport
import Testing

/// The inspectors' own screenshots on spot-check findings: put through the API or the item page's
/// upload form, stored in the attachments' store, shown on the page, served byte for byte with
/// the filers' attachments' headers, audited, backed up; refused with nothing stored otherwise.
@Suite("Inspectors' files on spot-check findings")
struct FindingAttachmentTests {
    static let round = "/v1/rounds/2017/spot-checks"

    /// A sample round, one draw and a discrepancy recorded on the search indicator of its first
    /// platform; returns the item's id.
    static func finding(_ server: TestServer, _ client: any TestClientProtocol, token: String) async throws -> Int64 {
        _ = try await server.uploadSample(client)
        let drawn = try await client.asReviewer(
            .post, round, token: token, json: SpotCheckRequest(seed: 2017, counts: ["province": 1]))
        let item = try #require(try drawn.decode(SpotCheck.self).items.first).id
        let recorded = try await client.asReviewer(
            .post, "\(round)/1/items/\(item)/findings", token: token,
            json: FindingRequest(indicator: .search, outcome: .discrepancy, notes: "搜索无结果", dueOn: "2018-01-15"))
        #expect(recorded.status == .created, "\(recorded.html)")
        return item
    }

    /// `PUT` of `data` as a reviewer onto the finding of `indicator`.
    static func put(
        _ client: any TestClientProtocol, _ data: Data, token: String, item: Int64, indicator: String = "search",
        name: String = "%E6%90%9C%E7%B4%A2%E6%88%AA%E5%9B%BE.png"
    ) async throws -> TestResponse {
        try await client.execute(
            uri: "\(round)/1/items/\(item)/findings/\(indicator)/attachments?name=\(name)", method: .put,
            headers: [.authorization: "Bearer \(token)", .contentType: "application/octet-stream"], body: ByteBuffer(bytes: data))
    }

    @Test("a PNG through the API and a PDF through the page: stored once, listed, shown, served byte-identical")
    func storedShownServed() async throws {
        let server = try TestServer(now: "2017-12-20T20:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer("丙")
        let png = EvidenceFiles.png()
        let pdf = EvidenceFiles.pdf()
        try await server.live { client in
            let item = try await Self.finding(server, client, token: token)
            let created = try await Self.put(client, png, token: token, item: item)
            #expect(created.status == .created, "\(created.html)")
            let stored = try created.decode(FindingAttachment.self)
            #expect(stored.sha256 == EvidenceFiles.sha256(png) && stored.name == "搜索截图.png" && stored.mediaType == "image/png")
            #expect(stored.storedBy == "丙" && stored.bytes == png.count)
            #expect(try await Self.put(client, png, token: token, item: item).status == .ok, "the same bytes store nothing")

            let file = "\(Self.round)/1/items/\(item)/findings/search/attachments/\(stored.sha256)"
            let served = try await client.asReviewer(.get, file, token: token)
            #expect(served.status == .ok && Data(served.body.readableBytesView) == png)
            #expect(served.headers[.xContentTypeOptions] == "nosniff")
            #expect(served.headers[.contentSecurityPolicy]?.hasSuffix("sandbox") == true)
            #expect(served.headers[.contentDisposition]?.contains("filename*=UTF-8''%E6%90%9C") == true)
            let listed = try await client.asReviewer(.get, "\(Self.round)/1", token: token)
            let check = try listed.decode(SpotCheck.self)
            #expect(check.items[0].findings.first { $0.indicator == .search }?.attachments == [stored])
            // The answers as sent match the OpenAPI document's schemas.
            let schemas = try SchemaValidator.validate([
                SchemaCase(label: "put", schema: "FindingAttachment", json: Data(created.body.readableBytesView)),
                SchemaCase(label: "spot check", schema: "SpotCheck", json: Data(listed.body.readableBytesView)),
            ])
            #expect(schemas.exitCode == 0, "\(schemas.output)")

            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let page = "/web/rounds/2017/spot-checks/1/items/\(item)"
            let html = try await browser.get(page).html
            let image = "\(page)/findings/search/attachments/\(stored.sha256)?name=%E6%90%9C%E7%B4%A2%E6%88%AA%E5%9B%BE.png"
            #expect(html.contains(#"<img class="thumb" src="\#(image)""#), "\(html)")
            let shown = try await browser.get(image)
            #expect(shown.status == .ok && Data(shown.body.readableBytesView) == png)
            #expect(shown.headers[.xContentTypeOptions] == "nosniff")

            let csrf = try WebBrowser.csrf(in: try await browser.get(page))
            let uploaded = try await browser.upload(
                "\(page)/findings/search/attachments", [("csrf", csrf)], file: ("file", "整改前页面.pdf", pdf))
            #expect(uploaded.status == .seeOther && uploaded.redirectLocation == page + "?notice=attached#finding-search")
            let after = try await browser.get(page).html
            let document = "\(page)/findings/search/attachments/\(EvidenceFiles.sha256(pdf))"
            #expect(after.contains(#"<a class="document" href="\#(document)?name="#) && after.contains(">整改前页面.pdf</a>"))
            let download = try await browser.get(document)
            #expect(Data(download.body.readableBytesView) == pdf)
            #expect(download.headers[.contentSecurityPolicy] == "default-src 'none'; sandbox")
            #expect(download.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
        }
        #expect(try await server.count("finding_attachments") == 2)
        #expect(try await server.auditCount("finding.attachment.store") == 2)
        #expect(server.storedFiles().count == 2)
    }

    @Test(
        "a renamed executable 415, an oversized file 413, an empty one 400, a finding not recorded 404, a bad CSRF 403: nothing stored"
    )
    func refusals() async throws {
        let server = try TestServer(now: "2017-12-20T20:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer()
        let limits = AttachmentSettings(maxBytes: 64 * 1024)
        try await server.live(attachments: limits) { client in
            let item = try await Self.finding(server, client, token: token)
            let executable = try await Self.put(client, EvidenceFiles.executable(), token: token, item: item, name: "a.png")
            #expect(executable.status == .unsupportedMediaType && executable.error?.error == "unsupported_media_type")
            let large = try await Self.put(client, EvidenceFiles.png(size: 64 * 1024 + 1), token: token, item: item)
            #expect(large.status == .contentTooLarge && large.error?.error == "attachment_too_large")
            let empty = try await Self.put(client, Data(), token: token, item: item)
            #expect(empty.status == .badRequest && empty.error?.error == "attachment_empty")
            let unrecorded = try await Self.put(client, EvidenceFiles.png(), token: token, item: item, indicator: "columns")
            #expect(unrecorded.status == .notFound && unrecorded.error?.error == "unknown_finding")
            let unknown = try await Self.put(client, EvidenceFiles.png(), token: token, item: item, indicator: "nonsense")
            #expect(unknown.status == .notFound)

            var browser = WebBrowser(client)
            _ = try await browser.signIn(token)
            let page = "/web/rounds/2017/spot-checks/1/items/\(item)"
            let csrf = try WebBrowser.csrf(in: try await browser.get(page))
            let upload = "\(page)/findings/search/attachments"
            let renamed = try await browser.upload(upload, [("csrf", csrf)], file: ("file", "截图.png", EvidenceFiles.executable()))
            #expect(renamed.status == .unsupportedMediaType && renamed.html.contains("文件内容不是可接受的类型"), "\(renamed.html)")
            let oversized = try await browser.upload(
                upload, [("csrf", csrf)], file: ("file", "大.png", EvidenceFiles.png(size: 64 * 1024 + 1)))
            #expect(oversized.status == .contentTooLarge)
            let forged = try await browser.upload(upload, [("csrf", "0000")], file: ("file", "a.png", EvidenceFiles.png()))
            #expect(forged.status == .forbidden)
            let none = try await browser.upload(upload, [("csrf", csrf)], file: ("file", "", Data()))
            #expect(none.status == .badRequest)
        }
        #expect(try await server.count("finding_attachments") == 0)
        #expect(try await server.auditCount("finding.attachment.store") == 0)
        #expect(server.storedFiles().isEmpty)
    }

    @Test("audit verify finds an inspector's file altered or removed; backup copies it")
    func auditedAndBackedUp() async throws {
        let server = try TestServer(now: "2017-12-20T20:00:00+08:00")
        defer { server.remove() }
        let token = try await server.addReviewer()
        let png = EvidenceFiles.png()
        try await server.live { client in
            let item = try await Self.finding(server, client, token: token)
            #expect(try await Self.put(client, png, token: token, item: item).status == .created)
        }
        let backup = server.workspace.path("backup.sqlite")
        #expect(try server.store.backup(to: backup).attachments == 1)
        let copy = AttachmentStore(directory: backup + ".attachments").path(of: EvidenceFiles.sha256(png))
        #expect(FileManager.default.contents(atPath: copy) == png)
        try await server.expectTamperFound(png, action: "finding.attachment.store")
    }
}
