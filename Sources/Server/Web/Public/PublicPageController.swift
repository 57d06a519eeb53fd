import Foundation
import Hummingbird
import Shared

/// `/public/rounds/{round}` (the latest published snapshot) and `.../publications/{id}` (an
/// earlier one), to anyone, rendered from the stored snapshot bytes (the same the public JSON
/// serves), so nothing unpublished can appear. Every page lists the round's publications.
struct PublicPageController: Sendable {
    let store: AppDatabase
    let renderer: WebRenderer

    /// Routes on a group at `public/rounds` (no session).
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get(":round", use: latest)
        group.get(":round/publications/:publication", use: publication)
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
        var id: Int64
        var round: String
        var title: String
        var publishedAt: String
        var deadline: String
        var isLatest: Bool
        var latestHref: String
        var publications: [NavLink]
        var hasEarlier: Bool
        var deadlineChart: BarChart
        var reviewChart: BarChart
        var shares: SharesView
        var filers: [Row]
    }

    @Sendable func latest(_ request: Request, context: WebRequestContext) async throws -> Response {
        try await page(round: context.parameters.get("round") ?? "", id: nil)
    }

    @Sendable func publication(_ request: Request, context: WebRequestContext) async throws -> Response {
        let id = try context.id("publication", or: { _ in WebRefusal.notFound })
        return try await page(round: context.parameters.get("round") ?? "", id: id)
    }

    private func page(round roundID: String, id: Int64?) async throws -> Response {
        guard Identifier.isRoundOrKeyID(roundID), let snapshot = try await store.decodedSnapshot(round: roundID, id: id) else {
            if id != nil { throw WebRefusal.notFound }
            throw WebRefusal.notPublished(Identifier.isRoundOrKeyID(roundID) ? roundID : "?")
        }
        let all = try await store.publications(round: snapshot.round)
        let totals = snapshot.totals
        let page = Page(
            chrome: Chrome(title: "公开结果 \(snapshot.round)"), id: snapshot.id, round: snapshot.round, title: snapshot.title,
            publishedAt: ReadableTime.of(snapshot.publishedAt), deadline: snapshot.deadline,
            isLatest: snapshot.id == all.last?.id, latestHref: WebPaths.publicResults(snapshot.round),
            publications: all.reversed().map {
                NavLink(
                    label: "第 \($0.id) 次公布 · \(ReadableTime.of($0.publishedAt))",
                    href: WebPaths.publication(snapshot.round, $0.id), current: $0.id == snapshot.id)
            },
            hasEarlier: all.count > 1, deadlineChart: .deadline(totals), reviewChart: .review(totals, withOverdue: false),
            shares: SharesView(snapshot.summary), filers: snapshot.filers.map(Self.row))
        return await renderer.publicPage(.publicResults, page)
    }

    static func row(_ filer: PublishedFiler) -> Row {
        Row(
            code: filer.filer, name: filer.name, deadlineTag: Tag(filer.deadlineStatus),
            reviewTag: filer.reviewOutcome.map { Tag($0) }, acceptedVersion: filer.acceptedVersion.map(String.init) ?? "—",
            spotCheck: filer.spotCheckText)
    }
}

extension PublishedFiler {
    /// The spot-check outcome in words, as the public page lists it and the publication preview
    /// compares it.
    var spotCheckText: String {
        guard let outcome = spotCheck else { return "未抽中" }
        return
            "抽查 \(outcome.platformsChecked) 个平台：核实一致 \(outcome.confirmed) 项，存在差异 \(outcome.discrepancies) 项，已整改 \(outcome.resolved) 项"
    }
}
