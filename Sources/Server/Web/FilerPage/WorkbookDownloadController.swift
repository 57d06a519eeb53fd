import Foundation
import Hummingbird
import Shared
import Workbook

/// `GET /web/rounds/{round}/filers/{filer}/versions/{n}/report.xlsx`: any stored version as the
/// filer's workbook (the same one `zicha export` writes), for reviewers to read in Excel or WPS.
package struct WorkbookDownloadController: Sendable {
    let store: AppDatabase

    static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// Routes on the signed-in `web` group.
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get(
            "rounds/\(PathParameter.round.pattern)/filers/\(PathParameter.filer.pattern)/versions/\(PathParameter.version.pattern)/report.xlsx",
            use: download)
    }

    @Sendable func download(_ request: Request, context: WebRequestContext) async throws -> Response {
        _ = try context.signedIn()
        let round = try await context.round(in: store)
        let filer = try await store.requireRosterFiler(context.parameters.text(.filer), round: round.id)
        guard let number = Identifier.versionNumber(context.parameters.text(.version)),
            let bytes = try await store.reportBytes(round: round.id, filer: filer.code, number: number)
        else { throw WebRefusal.notFound }
        // Decoding and writing take a while for a large report: off the cooperative pool.
        let data = try await Self.offPool {
            // Stored versions passed the decoder at upload.
            try Workbook.export(try ReportDecoder.decode(bytes))
        }
        var headers = WebRenderer.headers(contentType: Self.contentType)
        // Round ids and filer codes are letters, digits and . _ - only: safe in a quoted file name.
        headers[.contentDisposition] =
            "attachment; filename=\"\(Self.fileName(filer: filer.code, round: round.id, version: number))\""
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `320000-2017-v2.xlsx`, keeping only letters, digits, `.`, `_` and `-` of each part.
    package static func fileName(filer: String, round: String, version: Int) -> String {
        func safe(_ text: String) -> String {
            String(
                text.unicodeScalars.filter {
                    $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
                })
        }
        return "\(safe(filer))-\(safe(round))-v\(version).xlsx"
    }

    private static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}
