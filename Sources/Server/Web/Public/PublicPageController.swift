import Foundation
import Hummingbird
import Shared

/// `/public/rounds/{round}`: the latest published snapshot, to anyone, rendered from the stored
/// snapshot bytes (the same the public JSON serves), so nothing unpublished can appear.
struct PublicPageController: Sendable {
    let store: AppDatabase
    let renderer: WebRenderer

    /// Routes on a group at `public/rounds` (no session).
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get(":round", use: show)
    }

    struct Row: Sendable {
        var code: String
        var name: String
        var deadlineTag: Tag
        /// Nil while no version is decided.
        var reviewTag: Tag?
        var acceptedVersion: String
        var spotCheck: String
    }

    struct Page: WebPageModel {
        var chrome: Chrome
        var round: String
        var title: String
        var publishedAt: String
        var deadline: String
        var deadlineChart: BarChart
        var reviewChart: BarChart
        var shares: SharesView
        var filers: [Row]
    }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        let roundID = context.parameters.get("round") ?? ""
        guard Identifier.isRoundOrKeyID(roundID), let data = try await store.publicationSnapshot(round: roundID, id: nil) else {
            throw WebRefusal.notPublished(Identifier.isRoundOrKeyID(roundID) ? roundID : "?")
        }
        let snapshot = try ReportCoding.decoder().decode(PublicationSnapshot.self, from: data)
        let totals = snapshot.totals
        let page = Page(
            chrome: Chrome(title: "公开结果 \(snapshot.round)"), round: snapshot.round, title: snapshot.title,
            publishedAt: snapshot.publishedAt, deadline: snapshot.deadline,
            deadlineChart: .deadline(totals), reviewChart: .review(totals, withOverdue: false),
            shares: SharesView(snapshot.summary),
            filers: snapshot.filers.map { filer in
                Row(
                    code: filer.filer, name: filer.name, deadlineTag: Tag(filer.deadlineStatus),
                    reviewTag: filer.reviewOutcome.map { Tag($0) },
                    acceptedVersion: filer.acceptedVersion.map(String.init) ?? "—",
                    spotCheck: filer.spotCheck.map {
                        "抽查 \($0.platformsChecked) 个平台：核实一致 \($0.confirmed) 项，存在差异 \($0.discrepancies) 项，已整改 \($0.resolved) 项"
                    } ?? "未抽中")
            })
        var response = await renderer.page(.publicResults, page)
        // Public and unchanging until the next publication: a short cache is fine.
        response.headers[.cacheControl] = "public, max-age=60"
        return response
    }
}
