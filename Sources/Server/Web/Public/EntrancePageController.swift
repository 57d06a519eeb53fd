import Foundation
import Hummingbird
import Shared

/// The two ways in: `/`, a small home page that leads reviewers to their sign-in and everyone
/// else to the published results, and `/public/`, the list of rounds with published results.
/// Neither needs a session; the public list never links into the reviewers' area.
struct EntrancePageController: Sendable {
    let store: AppDatabase
    let renderer: WebRenderer

    /// Routes on a group at the root (no session).
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("/", use: home)
        group.get("public", use: publicIndex)
    }

    /// A published round, linked to its latest results page.
    struct Round: Sendable {
        var round: String
        var title: String
        var href: String
        var publications: Int
        var latestPublishedAt: String
    }

    struct Page: WebPageModel {
        var chrome: Chrome
        var rounds: [Round]
        var hasRounds: Bool
        var signIn: String
        var publicIndex: String
    }

    @Sendable func home(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await page(.home, title: "首页")
    }

    @Sendable func publicIndex(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await page(.publicIndex, title: "已公布的核查结果")
    }

    private func page(_ template: WebTemplate, title: String) async throws -> Response {
        let rounds = try await store.publishedRounds().map {
            Round(
                round: $0.round, title: $0.title, href: WebPaths.publicResults($0.round), publications: $0.publications,
                latestPublishedAt: ReadableTime.of($0.latestPublishedAt))
        }
        let model = Page(
            chrome: Chrome(title: title), rounds: rounds, hasRounds: !rounds.isEmpty, signIn: WebPaths.root,
            publicIndex: WebPaths.publicIndex)
        return await renderer.publicPage(template, model)
    }
}
