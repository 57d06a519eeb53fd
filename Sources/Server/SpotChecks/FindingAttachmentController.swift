import Foundation
import Hummingbird
import Shared

/// `/v1/rounds/{round}/spot-checks/{id}/items/{item}/findings/{indicator}/attachments`: the
/// inspectors' own files on a recorded finding (reviewers only).
///
/// `PUT …/attachments?name=截图.png` takes the file as the raw body (any declared type: the
/// bytes decide, PNG, JPEG or PDF) and answers 201 with the stored `FindingAttachment`, 200 when
/// the finding already has these bytes. `GET …/attachments/{sha256}` serves it as the filers'
/// attachments are served. The same per-file limit as filers' attachments (`--max-attachment-bytes`).
struct FindingAttachmentController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock
    let maxBytes: Int

    private var service: SpotCheckService { SpotCheckService(store: store, clock: clock) }

    /// Adds the routes to a group at `v1/rounds/:round/spot-checks` guarded by `AuthMiddleware`.
    func addRoutes(to group: RouterGroup<ZichaRequestContext>) {
        let finding = ":spotCheck/items/:item/findings/:indicator/attachments"
        group.put(RouterPath(finding), use: put)
        group.get(RouterPath("\(finding)/\(PathParameter.sha256.pattern)"), use: get)
    }

    @Sendable func put(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        let reviewer = try context.requireReviewer()
        let place = try await FindingPlace(context.parameters, store: store)
        let data = try await Self.body(request, limit: maxBytes)
        let (attachment, created) = try await service.attach(
            data, name: request.uri.queryParameters.get("name"), at: place, maxBytes: maxBytes, reviewer: reviewer)
        return JSONResponse.make(attachment, status: created ? .created : .ok)
    }

    @Sendable func get(_ request: Request, context: ZichaRequestContext) async throws -> Response {
        _ = try context.requireReviewer()
        return try await service.attachmentFile(context: context)
    }

    /// The body, read up to `limit` bytes; a longer one is 413 `attachment_too_large`.
    static func body(_ request: Request, limit: Int) async throws -> Data {
        do {
            return try await AuthMiddleware.collect(request.body, limit: limit)
        } catch FilingError.bodyTooLarge {
            throw AttachmentError.tooLarge(limit: limit)
        }
    }
}

/// The finding a path names: its round (which must exist), draw, item and indicator, each
/// well-formed or 404.
struct FindingPlace: Sendable {
    var round: String
    var spotCheck: Int64
    var item: Int64
    var indicator: IndicatorID

    init(_ parameters: Parameters, store: AppDatabase) async throws {
        round = try await store.requireRound(parameters.text(.round)).id
        guard let spotCheck = parameters.number(.spotCheck) else {
            throw SpotCheckError.unknownSpotCheck(parameters.text(.spotCheck))
        }
        guard let item = parameters.number(.item) else { throw SpotCheckError.unknownItem(parameters.text(.item)) }
        guard let indicator = IndicatorID(rawValue: parameters.text(.indicator)) else {
            throw SpotCheckError.unknownFinding(parameters.text(.indicator))
        }
        (self.spotCheck, self.item, self.indicator) = (spotCheck, item, indicator)
    }
}
