import Foundation
import Hummingbird
import Shared

/// The reviewers' copies of the API's attachment and archive reads, behind the session of the
/// pages (an `<img>` cannot send a bearer token):
/// `GET /web/rounds/{round}/filers/{filer}/attachments/{sha256}?name=…` and
/// `GET /web/rounds/{round}/filers/{filer}/versions/{n}/bundle.zip`.
struct AttachmentPageController: Sendable {
    let store: AppDatabase

    /// Routes on the signed-in `web` group.
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        let filer = "rounds/\(PathParameter.round.pattern)/filers/\(PathParameter.filer.pattern)"
        group.get("\(filer)/attachments/\(PathParameter.sha256.pattern)", use: file)
        group.get("\(filer)/versions/\(PathParameter.version.pattern)/bundle.zip", use: bundle)
    }

    @Sendable func file(_ request: Request, context: WebRequestContext) async throws -> Response {
        _ = try context.signedIn()
        let round = try await context.round(in: store)
        let filer = try await store.requireRosterFiler(context.parameters.text(.filer), round: round.id)
        let sha256 = context.parameters.text(.sha256)
        guard Identifier.isSHA256(sha256),
            let record = try await store.attachment(round: round.id, filer: filer.code, sha256: sha256)
        else { throw WebRefusal.notFound }
        return try await AttachmentResponse.file(
            record, store: store.attachmentFiles, name: request.uri.queryParameters.get("name"), context: context)
    }

    @Sendable func bundle(_ request: Request, context: WebRequestContext) async throws -> Response {
        _ = try context.signedIn()
        let round = try await context.round(in: store)
        let filer = try await store.requireRosterFiler(context.parameters.text(.filer), round: round.id)
        guard let number = Identifier.versionNumber(context.parameters.text(.version)),
            let record = try await store.version(round: round.id, filer: filer.code, number: number),
            let bytes = try await store.reportBytes(round: round.id, filer: filer.code, number: number)
        else { throw WebRefusal.notFound }
        return try await VersionBundle.response(record: record, bytes: bytes, store: store.attachmentFiles)
    }
}
