import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// The reviewer pages offer every stored version as the filer's workbook; the real `zicha`
/// imports the download back into the very bytes that were uploaded.
@Suite("Workbook download")
struct WorkbookDownloadTests {
    @Test("GET …/versions/{n}/report.xlsx: an attachment with a safe name that imports to the stored bytes")
    func downloadImportsToTheUploadedBytes() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let token = try await server.addReviewer()
        let key = try await server.issueKey("320000")
        let uploaded = try Binaries.example("report-valid.json")
        let directory = server.directory
        try await server.live { client in
            #expect(try await client.upload(uploaded, key: key).status == .created)
            var browser = WebBrowser(client)
            let path = "/web/rounds/2017/filers/320000/versions/1/report.xlsx"
            // Signed out, the download is not offered: the sign-in page is.
            #expect(try await browser.get(path).status == .seeOther)
            _ = try await browser.signIn(token)

            let page = try await browser.get("/web/rounds/2017/filers/320000").html
            #expect(page.contains(#"href="\#(path)""#), "the filer page links the workbook of each version")

            let response = try await browser.get(path)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(response.headers[.contentDisposition] == #"attachment; filename="320000-2017-v1.xlsx""#)
            let workbook = Data(response.body.readableBytesView)
            #expect(workbook.starts(with: [0x50, 0x4B]))

            try workbook.write(to: directory.appendingPathComponent("download.xlsx"))
            let result = try CommandRunner.run(
                try Binaries.zicha(), ["import", "download.xlsx", "--output", "download.json"], in: directory)
            #expect(result.status == 0, "\(result.output)")
            #expect(try Data(contentsOf: directory.appendingPathComponent("download.json")) == uploaded)

            for missing in [
                "/web/rounds/2017/filers/320000/versions/2/report.xlsx", "/web/rounds/2017/filers/320000/versions/0/report.xlsx",
                "/web/rounds/2017/filers/320000/versions/x/report.xlsx", "/web/rounds/2017/filers/110000/versions/1/report.xlsx",
                "/web/rounds/2099/filers/320000/versions/1/report.xlsx",
            ] {
                #expect(try await browser.get(missing).status == .notFound, "\(missing)")
            }
        }
    }

    @Test("file names keep only letters, digits, dot, underscore and hyphen")
    func safeFileName() {
        #expect(WorkbookDownloadController.fileName(filer: "bm07", round: "2017.a_b-c", version: 3) == "bm07-2017.a_b-c-v3.xlsx")
    }
}
