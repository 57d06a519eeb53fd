import Foundation
import HTTPTypes
import Hummingbird
import Shared

/// The pages' stylesheet, read once. It is served at an address that carries a hash of its
/// content (`/web/static/zicha-<hash>.css`), so browsers may keep it for a year: a changed file
/// gets a new address. Pages link to it, which lets their Content-Security-Policy forbid inline
/// style.
struct WebStylesheet: Sendable {
    /// The path the pages link to.
    let href: String
    let bytes: ByteBuffer

    init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        href = "/web/static/zicha-\(Hex.encode(Crypto.sha256(data)).prefix(16)).css"
        bytes = ByteBuffer(bytes: data)
    }

    /// The stylesheet when `file` is its current name (under `/web/static/`); nil otherwise.
    func response(file: String) -> Response? {
        guard "/web/static/" + file == href else { return nil }
        let headers: HTTPFields = [
            .contentType: "text/css; charset=utf-8",
            .xContentTypeOptions: "nosniff",
            .cacheControl: "public, max-age=31536000, immutable",
        ]
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: bytes))
    }
}
