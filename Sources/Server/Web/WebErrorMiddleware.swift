import Foundation
import Hummingbird
import Logging
import Shared

/// Turns every failure of a reviewer or public page into an HTML answer: redirects, the API's
/// own errors with their status and Chinese message, and a logged 500 for anything unexpected.
struct WebErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let renderer: WebRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let redirect as WebRedirect {
            return WebRenderer.redirect(redirect.location)
        } catch let refusal as WebRefusal {
            let (zh, en) = refusal.message
            return await renderer.error(status: refusal.status, message: zh, messageEn: en)
        } catch let error as any APIError {
            return await renderer.error(status: error.status, message: error.body.message, messageEn: error.body.messageEn)
        } catch let error as HTTPError {
            let body = GenericAPIError.from(error).body
            return await renderer.error(status: error.status, message: body.message, messageEn: body.messageEn)
        } catch {
            context.logger.error("page failed", metadata: ["path": .string(request.uri.path), "error": .string("\(error)")])
            let body = GenericAPIError.internalError.body
            return await renderer.error(status: .internalServerError, message: body.message, messageEn: body.messageEn)
        }
    }
}
