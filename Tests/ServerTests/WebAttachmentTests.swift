import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import TestSupport
import Testing

/// The filer page shows attachments beside their indicator: thumbnails of images served from the
/// same origin, links to documents, the archive of each version, and changes naming them.
@Suite("Attachments on the filer page")
struct WebAttachmentTests {
    @Test("a thumbnail and a document link beside the indicator, served behind the session; the changes name the file added")
    func filerPage() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("320000")
        let png = EvidenceFiles.png()
        let pdf = EvidenceFiles.pdf()
        try await server.live { client in
            for file in [png, pdf] {
                let status = try await client.putAttachment(file, key: key).status
                #expect(status == .created)
            }
            let first = reportWithAttachments("320000", [evidence(png, name: "搜索截图.png", type: .png, caption: "搜索结果页")])
            #expect(try await client.upload(first, key: key).status == .created)
            let second = reportWithAttachments(
                "320000", [evidence(png, name: "搜索截图.png", type: .png), evidence(pdf, name: "整改通知.pdf", type: .pdf)], tag: "2")
            #expect(try await client.upload(second, key: key, baseVersion: 1).status == .created)

            var browser = WebBrowser(client)
            let base = "/web/rounds/2017/filers/320000/attachments/"
            let image = base + EvidenceFiles.sha256(png) + "?name=%E6%90%9C%E7%B4%A2%E6%88%AA%E5%9B%BE.png"
            #expect(try await browser.get(image).status == .seeOther, "signed out: the sign-in page, not the file")
            _ = try await browser.signIn(token)
            let page = try await browser.get("/web/rounds/2017/filers/320000").html
            #expect(page.contains(#"<img class="thumb" src="\#(image)""#), "\(page.prefix(200))")
            let document = base + EvidenceFiles.sha256(pdf) + "?name=%E6%95%B4%E6%94%B9%E9%80%9A%E7%9F%A5.pdf"
            #expect(page.contains(#"<a class="document" href="\#(document)">整改通知.pdf</a>"#))
            #expect(page.contains("/web/rounds/2017/filers/320000/versions/2/bundle.zip"))

            let served = try await browser.get(image)
            #expect(served.status == .ok)
            #expect(Data(served.body.readableBytesView) == png)
            #expect(served.headers[.xContentTypeOptions] == "nosniff")
            #expect(try await browser.get(document).headers[.contentSecurityPolicy] == "default-src 'none'; sandbox")
            #expect(try await browser.get(base + String(repeating: "0", count: 64)).status == .notFound)
            #expect(try await browser.get(base + "..%2F..%2Fetc").status == .notFound)

            let changes = try await browser.get("/web/rounds/2017/filers/320000?from=1&to=2").html
            #expect(changes.contains("佐证材料2「整改通知.pdf」"), "the diff names the attachment added")
            let bundle = try await browser.get("/web/rounds/2017/filers/320000/versions/2/bundle.zip")
            #expect(bundle.status == .ok)
            #expect(Data(bundle.body.readableBytesView).starts(with: [0x50, 0x4B, 0x03, 0x04]))
        }
    }
}
