import Foundation
import Hummingbird
import Shared

/// An error the API answers with its status and an `APIErrorBody` (stable code, zh-Hans and
/// English message). Each service has a small enum conforming to this.
package protocol APIError: HTTPResponseError {
    /// The JSON body of the answer.
    var body: APIErrorBody { get }
}

extension APIError {
    package func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONResponse.make(body, status: status)
    }
}

/// Any other status with a body, e.g. the router's 404 turned into JSON.
package struct GenericAPIError: APIError {
    package var status: HTTPResponse.Status
    package var body: APIErrorBody

    package init(status: HTTPResponse.Status, body: APIErrorBody) {
        self.status = status
        self.body = body
    }

    package static func from(_ error: HTTPError) -> GenericAPIError {
        switch error.status {
        case .notFound:
            GenericAPIError(
                status: .notFound,
                body: APIErrorBody(error: "not_found", message: "没有这个地址", messageEn: "No such endpoint."))
        default:
            GenericAPIError(
                status: error.status,
                body: APIErrorBody(
                    error: "http_\(error.status.code)", message: "请求无法处理（\(error.status.code)）",
                    messageEn: error.body ?? error.status.reasonPhrase))
        }
    }

    package static let internalError = GenericAPIError(
        status: .internalServerError,
        body: APIErrorBody(
            error: "internal_error", message: "服务器内部错误，请稍后重试或联系管理员",
            messageEn: "Internal server error; retry later or contact the administrator."))
}

/// JSON answers in the one encoding of the project (sorted keys).
package enum JSONResponse {
    /// `value` as `application/json` with `status`.
    package static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? ReportCoding.encode(value, pretty: true)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
