import Hummingbird
import Logging

/// Turns every failure into an `APIErrorBody` JSON answer: the API's own errors keep their
/// status, the router's (404…) get a JSON body, anything unexpected becomes a logged 500.
package struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    package init() {}

    package func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any APIError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError {
            return try GenericAPIError.from(error).response(from: request, context: context)
        } catch {
            // GRDB hides statement arguments in descriptions (publicStatementArguments is off),
            // so no stored secret can reach the log this way.
            context.logger.error(
                "unexpected failure", metadata: ["path": .string(request.uri.path), "error": .string("\(error)")])
            return try GenericAPIError.internalError.response(from: request, context: context)
        }
    }
}
