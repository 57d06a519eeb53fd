import Foundation
import HTTPTypes
import Hummingbird
import Shared

/// Refuses a request whose body framing is anything but plain: `Transfer-Encoding` other than
/// exactly `chunked` (`xchunked`, `gzip`, lists), or both `Transfer-Encoding` and
/// `Content-Length`. Such a request would otherwise fail while its body streams and surface as
/// a 500; it is the client's mistake (or a smuggling attempt), so it gets 400 before any handler.
package struct FramingMiddleware<Context: RequestContext>: RouterMiddleware {
    package init() {}

    package func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let encodings = request.headers[values: .transferEncoding]
        if !encodings.isEmpty {
            let plain = encodings.count == 1 && encodings[0].trimmingCharacters(in: .whitespaces).lowercased() == "chunked"
            guard plain, request.headers[.contentLength] == nil else { throw Self.refusal(encodings.joined(separator: ", ")) }
        }
        return try await next(request, context)
    }

    static func refusal(_ value: String) -> GenericAPIError {
        GenericAPIError(
            status: .badRequest,
            body: APIErrorBody(
                error: "malformed_framing",
                message: "请求的 Transfer-Encoding「\(value.prefix(40))」无法处理：只接受 chunked，且不能与 Content-Length 同时出现",
                messageEn:
                    "Transfer-Encoding \"\(value.prefix(40))\" is not accepted: only chunked, and never together with Content-Length."
            ))
    }
}
