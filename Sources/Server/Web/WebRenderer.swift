import Foundation
import HTTPTypes
import Hummingbird

/// Renders the pages from the templates in the target's resources, loaded once into a
/// `MustacheLibrary`. Every value reaches the HTML through `{{ }}`, which escapes it.
package struct WebRenderer: Sendable {
    /// `MustacheLibrary(directory:)` is async and the router is built synchronously, so loading
    /// starts here and the first page waits for it; later pages find it done.
    private let assets: Task<WebAssets, Never>

    init(resources: URL = WebAssets.resources) {
        assets = Task {
            do {
                return try await WebAssets.load(from: resources)
            } catch {
                // The templates and stylesheet ship inside the binary's bundle; WebTemplateTests loads them.
                preconditionFailure("the page templates do not load: \(error)")
            }
        }
    }

    /// An HTML response of `template` for `model`, whose frame links the stylesheet.
    func page(_ template: WebTemplate, _ model: some WebPageModel, status: HTTPResponse.Status = .ok) async -> Response {
        let assets = await assets.value
        var model = model
        model.chrome.stylesheet = assets.stylesheet.href
        return Response(
            status: status, headers: Self.headers(contentType: "text/html; charset=utf-8"),
            body: ResponseBody(byteBuffer: ByteBuffer(string: assets.render(template, model))))
    }

    /// `template` again with the refusal of an action, under the refusal's status: `page` builds
    /// the model around the messages, so every refused form is shown the same way.
    func page<Model: WebPageModel>(
        _ template: WebTemplate, refusal: any APIError, _ page: (PageMessages) async throws -> Model
    ) async throws -> Response {
        await self.page(template, try await page(PageMessages(refusal: refusal)), status: refusal.status)
    }

    /// A public page (`/`, `/public/…`): the same for everyone until the next publication, so
    /// a short cache is fine, unlike the reviewer pages' `no-store`.
    func publicPage(_ template: WebTemplate, _ model: some WebPageModel) async -> Response {
        var response = await page(template, model)
        response.headers[.cacheControl] = "public, max-age=60"
        return response
    }

    /// The error page.
    func error(status: HTTPResponse.Status, message: String, messageEn: String) async -> Response {
        let model = ErrorPage(
            chrome: Chrome(title: "出错了 / Error \(status.code)"), code: status.code, message: message, messageEn: messageEn)
        return await page(.error, model, status: status)
    }

    /// The stylesheet at `/web/static/<file>`, when `file` is its current name.
    func stylesheet(file: String) async -> Response? {
        await assets.value.stylesheet.response(file: file)
    }

    /// A 303 See Other to `location`.
    static func redirect(_ location: String) -> Response {
        var headers = headers(contentType: "text/plain; charset=utf-8")
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    /// Pages run no script, take style only from this site's stylesheet (no inline style) and
    /// load nothing from elsewhere; reviewer pages are never cached.
    static func headers(contentType: String) -> HTTPFields {
        [
            .contentType: contentType,
            .contentSecurityPolicy:
                "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "same-origin",
            .cacheControl: "no-store",
        ]
    }
}
