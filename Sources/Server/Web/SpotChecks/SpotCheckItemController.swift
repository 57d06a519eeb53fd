import Foundation
import Hummingbird
import Shared

/// A sampled platform's page, whose one form records all its open indicators at once
/// (`/web/rounds/{round}/spot-checks/{id}/items/{item}`), and a draw's printable checklist
/// (`.../spot-checks/{id}/checklist`). Findings go through `SpotCheckService`, like the API's.
struct SpotCheckItemController: Sendable {
    let store: AppDatabase
    let clock: any ServerClock
    let renderer: WebRenderer
    /// An inspector's file, as a filer's (`serve --max-attachment-bytes`).
    var maxAttachmentBytes = AttachmentLimits.defaultMaxBytes

    /// Routes on the signed-in `web` group.
    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("rounds/:round/spot-checks/:spotCheck/items/:item", use: show)
        group.post("rounds/:round/spot-checks/:spotCheck/items/:item", use: record)
        group.get("rounds/:round/spot-checks/:spotCheck/checklist", use: checklist)
        let files = "rounds/:round/spot-checks/:spotCheck/items/:item/findings/:indicator/attachments"
        group.post(RouterPath(files), use: attach)
        group.get(RouterPath("\(files)/\(PathParameter.sha256.pattern)"), use: file)
    }

    private var service: SpotCheckService { SpotCheckService(store: store, clock: clock) }

    @Sendable func show(_ request: Request, context: WebRequestContext) async throws -> Response {
        let round = try await context.round(in: store)
        let messages = PageMessages(noticeOf: request)
        return await renderer.page(
            .spotCheckItem, try await page(round: round, context: context, submitted: nil, messages: messages))
    }

    @Sendable func record(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (form, reviewer, _) = try await context.form(request)
        let round = try await context.round(in: store)
        let (checkID, itemID) = try SpotCheckPageController.ids(context)
        do {
            let (_, item) = try await lookup(round: round.id, check: checkID, item: itemID)
            let recorded = Set(item.findings.map(\.indicator))
            let open = IndicatorCatalogue.all.map(\.id).filter { !recorded.contains($0) }
            let findings = try BulkFindingsForm.findings(form, open: open)
            _ = try await service.recordFindings(
                round: round.id, spotCheck: checkID, item: itemID, findings: findings, reviewer: reviewer)
            return WebRenderer.redirect(WebNotice.recorded.after(WebPaths.spotCheckItem(round.id, checkID, itemID)))
        } catch let error as any APIError where error.status != .notFound {
            // The form comes back with what was typed and the refusal; nothing was stored.
            return try await renderer.page(.spotCheckItem, refusal: error) {
                try await page(round: round, context: context, submitted: form, messages: $0)
            }
        }
    }

    /// The upload form of a recorded finding (`multipart/form-data`: `csrf` and `file`): the file
    /// is put on the finding as through the API; a refusal shows the page again with its status.
    @Sendable func attach(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (reviewer, session) = try context.signedIn()
        let round = try await context.round(in: store)
        let place = try await FindingPlace(context.parameters, store: store)
        let back = WebPaths.spotCheckItem(round.id, place.spotCheck, place.item)
        do {
            let form = try await MultipartForm.read(
                request, limit: maxAttachmentBytes + MultipartForm.overhead,
                tooLarge: AttachmentError.tooLarge(limit: maxAttachmentBytes))
            guard WebForm(fields: ["csrf": form.field("csrf") ?? ""]).hasCSRFToken(session.csrfToken) else {
                throw WebRefusal.csrf
            }
            guard let file = form.file("file") else {
                throw ReviewError.invalidRequest("请选择要上传的截图或扫描件 / choose a file to upload")
            }
            _ = try await service.attach(
                file.data, name: file.filename, at: place, maxBytes: maxAttachmentBytes, reviewer: reviewer)
            return WebRenderer.redirect(WebNotice.attached.after(back) + "#finding-\(place.indicator.rawValue)")
        } catch let error as any APIError where error.status != .notFound {
            return try await renderer.page(.spotCheckItem, refusal: error) {
                try await page(round: round, context: context, submitted: nil, messages: $0)
            }
        }
    }

    /// An inspector's file on a finding, served as the filers' attachments are.
    @Sendable func file(_ request: Request, context: WebRequestContext) async throws -> Response {
        _ = try context.signedIn()
        return try await service.attachmentFile(context: context)
    }

    @Sendable func checklist(_ request: Request, context: WebRequestContext) async throws -> Response {
        let signedIn = try context.signedIn()
        let round = try await context.round(in: store)
        let id = try context.id("spotCheck", or: SpotCheckError.unknownSpotCheck)
        let check = try await service.spotCheck(round: round.id, id: id)
        let model = ChecklistPage(
            chrome: Chrome(title: "抽查核查清单 第 \(id) 批", signedIn: signedIn, round: round.id, active: "spotChecks"),
            round: round.id, check: check, names: try await store.filerNames(), now: clock.now())
        return await renderer.page(.checklist, model)
    }

    /// The draw and its item, or 404 for either.
    private func lookup(round: String, check: Int64, item: Int64) async throws -> (SpotCheck, SpotCheckItem) {
        let spotCheck = try await service.spotCheck(round: round, id: check)
        guard let found = spotCheck.items.first(where: { $0.id == item }) else { throw SpotCheckError.unknownItem(String(item)) }
        return (spotCheck, found)
    }

    private func page(
        round: RoundRecord, context: WebRequestContext, submitted: WebForm?, messages: PageMessages
    ) async throws -> SpotCheckItemPage {
        let signedIn = try context.signedIn()
        let (checkID, itemID) = try SpotCheckPageController.ids(context)
        let (check, item) = try await lookup(round: round.id, check: checkID, item: itemID)
        return SpotCheckItemPage(
            chrome: Chrome(
                title: "\(item.platformName ?? item.platformId) · 抽查", signedIn: signedIn, round: round.id, active: "spotChecks"),
            round: round.id, csrf: signedIn.session.csrfToken, today: ChinaTime.day(of: clock.now()).description, check: check,
            item: item, names: try await store.filerNames(), submitted: submitted, messages: messages)
    }
}
