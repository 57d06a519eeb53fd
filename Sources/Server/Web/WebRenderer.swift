import Foundation
import HTTPTypes
import Hummingbird
import Mustache

/// Renders the pages from the templates, loaded once into a `MustacheLibrary` at startup.
/// Every value reaches the HTML through `{{ }}`, which escapes it.
package struct WebRenderer: Sendable {
    let library: MustacheLibrary

    package init() {
        var library = MustacheLibrary()
        for (name, text) in WebTemplates.all {
            do {
                try library.register(text, named: name)
            } catch {
                // The templates are constants of the binary; WebTemplateTests parses each one.
                preconditionFailure("template \(name) does not parse: \(error)")
            }
        }
        self.library = library
    }

    /// The HTML of template `name` for `model`.
    func html(_ name: String, _ model: Any) -> String {
        library.render(model, withTemplate: name) ?? ""
    }

    /// An HTML response of template `name`.
    func page(_ name: String, _ model: Any, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: Self.headers(contentType: "text/html; charset=utf-8"),
            body: ResponseBody(byteBuffer: ByteBuffer(string: html(name, model))))
    }

    /// The error page.
    func error(status: HTTPResponse.Status, message: String, messageEn: String) -> Response {
        let model = ErrorPage(
            chrome: Chrome(title: "出错了 / Error \(status.code)"), code: status.code, message: message, messageEn: messageEn)
        return page("error", model, status: status)
    }

    /// A 303 See Other to `location`.
    static func redirect(_ location: String) -> Response {
        var headers = headers(contentType: "text/plain; charset=utf-8")
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    /// Pages run no script and load nothing from elsewhere; reviewer pages are never cached.
    static func headers(contentType: String) -> HTTPFields {
        [
            .contentType: contentType,
            .contentSecurityPolicy:
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "same-origin",
            .cacheControl: "no-store",
        ]
    }
}

/// What every page's frame shows: title, the reviewer and the navigation of the round.
struct Chrome: Sendable {
    var title: String
    /// Nil on the sign-in, error and public pages.
    var reviewer: String?
    var csrf: String?
    /// The round's navigation (empty without a round).
    var nav: [NavLink]

    init(title: String, reviewer: String? = nil, csrf: String? = nil, round: String? = nil, active: String = "") {
        self.title = title
        self.reviewer = reviewer
        self.csrf = csrf
        guard let round else {
            nav = []
            return
        }
        nav = [
            NavLink(label: "看板", href: WebPaths.dashboard(round), current: active == "dashboard"),
            NavLink(label: "抽查", href: WebPaths.spotChecks(round), current: active == "spotChecks"),
            NavLink(label: "全国汇总", href: WebPaths.summary(round), current: active == "summary"),
            NavLink(label: "公开结果", href: WebPaths.publicResults(round), current: active == "public"),
        ]
    }

    /// The frame of a reviewer page of `round`.
    init(title: String, signedIn: (reviewer: ReviewerRecord, session: WebSession), round: String, active: String) {
        self.init(title: title, reviewer: signedIn.reviewer.name, csrf: signedIn.session.csrfToken, round: round, active: active)
    }
}

struct NavLink: Sendable {
    var label: String
    var href: String
    var current: Bool
}

struct ErrorPage: Sendable {
    var chrome: Chrome
    var code: Int
    var message: String
    var messageEn: String
}
