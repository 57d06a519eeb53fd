import Foundation
import Hummingbird
import Shared

/// A 303 redirect a page handler or middleware ends with.
struct WebRedirect: Error, Sendable {
    var location: String

    /// To the sign-in page, coming back to `next` (a reviewer page path) afterwards.
    static func signIn(next: String?, expired: Bool) -> WebRedirect {
        var query: [String] = []
        if expired { query.append("expired=1") }
        if let next, WebPaths.isSafeNext(next) { query.append("next=" + WebPaths.queryEscape(next)) }
        return WebRedirect(location: WebPaths.signIn + (query.isEmpty ? "" : "?" + query.joined(separator: "&")))
    }
}

/// A refusal the pages answer with an HTML error page.
enum WebRefusal: Error, Sendable {
    /// A state-changing form without the session's CSRF token.
    case csrf
    /// No such page, round or filer.
    case notFound
    /// Nothing published yet for this round.
    case notPublished(String)

    var status: HTTPResponse.Status {
        switch self {
        case .csrf: .forbidden
        case .notFound, .notPublished: .notFound
        }
    }

    var message: (zh: String, en: String) {
        switch self {
        case .csrf:
            (
                "表单已失效或来源不明（CSRF 校验失败），请返回上一页刷新后重新提交。",
                "The form is stale or did not come from this site (CSRF check failed); go back, reload and submit again."
            )
        case .notFound: ("没有这个页面。", "No such page.")
        case .notPublished(let round):
            ("轮次 \(round) 的结果尚未公布。", "The results of round \(round) have not been published yet.")
        }
    }
}

/// The paths of the pages, built in one place.
enum WebPaths {
    /// The home page: the way to the reviewers' sign-in and to the published results.
    static let home = "/"
    /// The published rounds, for anyone.
    static let publicIndex = "/public/"
    static let root = "/web"
    static let signIn = "/web/sign-in"
    static let signOut = "/web/sign-out"

    static func dashboard(_ round: String) -> String { "/web/rounds/\(round)" }
    static func filer(_ round: String, _ code: String) -> String { "/web/rounds/\(round)/filers/\(code)" }
    static func spotChecks(_ round: String) -> String { "/web/rounds/\(round)/spot-checks" }
    static func summary(_ round: String) -> String { "/web/rounds/\(round)/summary" }
    static func publicResults(_ round: String) -> String { "/public/rounds/\(round)" }
    static func publication(_ round: String, _ id: Int64) -> String { "/public/rounds/\(round)/publications/\(id)" }
    static func publish(_ round: String) -> String { "/web/rounds/\(round)/publish" }
    static func remind(_ round: String) -> String { "/web/rounds/\(round)/remind" }
    static func spotCheckItem(_ round: String, _ check: Int64, _ item: Int64) -> String {
        "/web/rounds/\(round)/spot-checks/\(check)/items/\(item)"
    }
    static func checklist(_ round: String, _ check: Int64) -> String { "/web/rounds/\(round)/spot-checks/\(check)/checklist" }
    /// A draw's place on the spot-check page.
    static func draw(_ round: String, _ check: Int64) -> String { spotChecks(round) + drawAnchor(check) }
    /// The fragment of a draw on the spot-check page, after the path and any query.
    static func drawAnchor(_ check: Int64) -> String { "#draw-\(check)" }
    /// A recorded finding of a sampled platform: its `resolve` and `attachments` are below it.
    static func finding(_ round: String, _ check: Int64, _ item: Int64, _ indicator: IndicatorID) -> String {
        spotCheckItem(round, check, item) + "/findings/\(indicator.rawValue)"
    }

    /// Only a reviewer page of this site may be the target after sign-in (no open redirect).
    static func isSafeNext(_ path: String) -> Bool {
        path.hasPrefix("/web/") && !path.hasPrefix("//") && !path.contains("\\") && !path.contains("//")
            && path.utf8.count <= 512 && !path.hasPrefix(signIn)
    }

    /// Percent-encodes a query value.
    static func queryEscape(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// `path?name=value&…` for the non-nil values.
    static func with(_ path: String, _ query: [(String, String?)]) -> String {
        let pairs = query.compactMap { name, value in value.map { "\(name)=\(queryEscape($0))" } }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }
}
