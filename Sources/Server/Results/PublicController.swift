import Foundation
import Hummingbird
import Shared

/// `/public/v1/rounds/{round}`: the published results, to anyone, without credentials. Serves
/// only the stored snapshots, byte for byte as they were frozen, so nothing decided or filed
/// after a publication can appear in it.
package struct PublicController: Sendable {
    let store: AppDatabase

    /// Adds the routes to a group at `public/v1/rounds/:round` (no authentication).
    package func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        group.get(use: latest)
        group.get("publications", use: list)
        group.get("publications/:publication", use: show)
    }

    /// Where publication `id` of `round` is served: the `Location` of a new publication and the
    /// summary page's link to its JSON.
    static func publicationPath(round: String, id: Int64) -> String { "/public/v1/rounds/\(round)/publications/\(id)" }

    @Sendable func latest(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let round = context.parameters.text(.round)
        guard let snapshot = try await store.publicationSnapshot(round: round, id: nil) else {
            throw PublicationError.notPublished(round)
        }
        return Self.json(snapshot)
    }

    @Sendable func list(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let round = context.parameters.text(.round)
        let publications = try await store.publications(round: round)
        guard !publications.isEmpty else { throw PublicationError.notPublished(round) }
        return JSONResponse.make(publications)
    }

    @Sendable func show(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let round = context.parameters.text(.round)
        let text = context.parameters.text(.publication)
        guard let id = context.parameters.number(.publication),
            let snapshot = try await store.publicationSnapshot(round: round, id: id)
        else { throw PublicationError.unknownPublication(round: round, id: text) }
        return Self.json(snapshot)
    }

    private static func json(_ data: Data) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
