import Foundation
import Shared

/// Builds the filer page's model from the store: versions, the diff in words, the chosen
/// version's report with its findings, pinned comments and changes since the version before.
struct FilerPageBuilder: Sendable {
    let store: AppDatabase
    let clock: any ServerClock
    let decoded: DecodedReports

    /// The views of the report besides the whole of it.
    enum View: String, Sendable {
        case problems, print
    }

    /// What the address asks for.
    struct Asked: Sendable {
        var shown: Int?
        var from: Int?
        var to: Int?
        var view: View?
        var page: Int?
    }

    private var reviews: ReviewService { ReviewService(store: store, clock: clock) }

    func page(
        round: RoundRecord, filer: FilerRecord, context: WebRequestContext, asked: Asked, review: FilerPage.ReviewForm?,
        messages: PageMessages
    ) async throws -> FilerPage {
        let signedIn = try context.signedIn()
        let now = clock.now()
        // The filer's own deadline with its reason, read once for the header and the receipts.
        let granted = try await store.deadlineExtensions(round: round.id, filer: filer.code).first
        let deadline = FilerDeadline(round: round.deadline, extended: granted?.deadline)
        let infos = try await reviews.versionInfos(round: round, filer: filer.code, deadline: deadline)
        let latest = infos.last?.receipt.version ?? 0
        let shownVersion = asked.shown.flatMap { $0 <= latest ? $0 : nil } ?? latest
        let printing = asked.view == .print
        let to = asked.to.flatMap { $0 <= latest ? $0 : nil } ?? latest
        let from = asked.from.flatMap { $0 <= latest ? $0 : nil } ?? max(to - 1, 1)
        let changes =
            latest >= 2 && !printing
            ? try await reviews.labelledDiff(round: round.id, filer: filer.code, number: to, from: from) : []
        var form =
            latest > 0
            ? review ?? FilerPage.ReviewForm(version: latest, accept: false, returning: false, comment: "", dueOn: "") : nil
        // The boxes pin comments to the version the form decides: the latest.
        form?.pinning = shownVersion == latest && !printing
        var report: ReportView?
        if shownVersion > 0, let stored = try await store.storedReport(round: round.id, filer: filer.code, number: shownVersion) {
            report = try await reportView(
                stored, version: shownVersion, latest: latest, round: round, filer: filer, info: infos[shownVersion - 1],
                asked: asked, changes: (from, to, changes), form: form)
        }
        let status = DeadlineRule.status(deadline: deadline, firstReceivedAt: infos.first?.receipt.receivedAt, now: now)
        let shownInfo = shownVersion > 0 ? infos[shownVersion - 1] : nil
        return FilerPage(
            chrome: Chrome(title: "\(filer.name) · \(round.id)", signedIn: signedIn, round: round.id, active: "dashboard"),
            round: round.id, roundTitle: round.title, code: filer.code, name: filer.name,
            deadline: granted.map {
                "\(deadline.effective)（本单位延期，原截止 \(round.deadline)；原因：\($0.reason)）"
            } ?? round.deadline.description,
            deadlineTag: Tag(status), latestTag: infos.last.map { Tag($0.reviewState) },
            messages: messages, hasVersions: latest > 0,
            versions: infos.reversed().map {
                FilerPage.Version($0, round: round.id, filer: filer.code, shown: shownVersion, latest: latest)
            },
            review: form, reviewAction: WebPaths.filer(round.id, filer.code) + "/review", csrf: signedIn.session.csrfToken,
            today: ChinaTime.day(of: now).description, shownVersion: shownVersion, report: report,
            receipt: shownInfo.map { receipt($0, filer: filer, round: round, now: now) },
            views: views(round: round.id, filer: filer.code, shown: shownVersion, latest: latest, current: asked.view),
            printing: printing, problemsOnly: asked.view == .problems, view: asked.view?.rawValue,
            diffAction: WebPaths.filer(round.id, filer.code),
            fromOptions: FilerPage.versionOptions(latest: latest, selected: from),
            toOptions: FilerPage.versionOptions(latest: latest, selected: to),
            diffFrom: from, diffTo: to, hasDiff: latest >= 2 && !printing,
            changes: changes.prefix(FilerPage.changeLimit).map(FilerPage.Change.init),
            noChanges: latest >= 2 && changes.isEmpty,
            changesOmitted: changes.count > FilerPage.changeLimit
                ? "另有 \(changes.count - FilerPage.changeLimit) 处改动未列出（zicha diff 或 GET …/diff 列出全部）" : nil)
    }

    /// The shown version's report, of which only the page's items are decoded: its outline is
    /// kept between requests (`DecodedReports`), and the items are read from the stored bytes.
    private func reportView(
        _ stored: AppDatabase.ReportBlob, version: Int, latest: Int, round: RoundRecord, filer: FilerRecord,
        info: VersionInfo, asked: Asked, changes: (from: Int, to: Int, list: [LabelledChange]), form: FilerPage.ReviewForm?
    ) async throws -> ReportView {
        let printing = asked.view == .print
        // Read whole only when needed: for the outline, or to compare with the version before.
        var whole: Data?
        var since: (Int, [String])?
        if version >= 2, !printing {
            if changes.from == version - 1, changes.to == version {
                since = (changes.from, changes.list.map(\.path))
            } else if let old = try await store.reportBytes(round: round.id, filer: filer.code, number: version - 1) {
                let bytes = try await store.reportBytes(stored)
                whole = bytes
                since = (version - 1, try ReportDiff.changedPaths(from: old, to: bytes))
            }
        }
        // A large report's outline is read once, and waits its turn (LargeWork).
        let outline: ReportOutline
        if let kept = decoded.kept(round: round.id, filer: filer.code, version: version) {
            outline = kept
        } else {
            let read = try await LargeWork.admitted(stored.size) { [whole] in
                let bytes: Data
                if let whole { bytes = whole } else { bytes = try await store.reportBytes(stored) }
                return (bytes, try ReportOutline(bytes: bytes))
            }
            (whole, outline) = (read.0, read.1)
            decoded.keep(outline, round: round.id, filer: filer.code, version: version)
        }
        let pinning = form?.pinning == true
        let notes = ReportNotes(
            report: outline.skeleton, anchors: ReportAnchors(outline.skeleton), issues: info.issues ?? [],
            comments: info.reviews.flatMap { decision in
                decision.comments.map {
                    ($0, "\(decision.reviewer) · \(decision.decision.label.zh) · \(ReadableTime.of(decision.decidedAt))")
                }
            }, changes: since, typed: pinning ? form?.pins ?? [:] : [:], pinLimit: pinning ? ReportNotes.pinLimit : 0)
        let options = ReportOptions(
            problemsOnly: asked.view == .problems, printing: printing, page: asked.page ?? 1,
            path: WebPaths.filer(round.id, filer.code),
            query: [("version", version == latest ? nil : String(version)), ("view", asked.view?.rawValue)])
        let choice = ReportPageChoice(outline, notes: notes, options: options)
        let shown: SelfInspectionReport
        if let whole {
            shown = try outline.report(showing: choice.items, from: whole)
        } else {
            let parts = outline.parts(choice.items)
            let bytes = try await store.reportBytes(stored, ranges: parts.map(\.range))
            shown = try outline.report(with: zip(parts, bytes).map { ($0.platform, $0.item, $1) })
        }
        return ReportView(shown, choice: choice, notes: notes, options: options)
    }

    private func receipt(_ info: VersionInfo, filer: FilerRecord, round: RoundRecord, now: Date) -> FilerPage.Receipt {
        FilerPage.Receipt(
            filerName: filer.name, filerCode: filer.code, round: round.id, version: info.receipt.version,
            sha256: info.receipt.sha256, receivedAt: ReadableTime.of(info.receipt.receivedAt),
            signedAt: FilerPage.readable(info.signedAt), keyId: info.keyId,
            deadlineStatus: info.receipt.deadlineStatus.label.zh, printedAt: ReadableTime.of(now))
    }

    private func views(round: String, filer: String, shown: Int, latest: Int, current: View?) -> [FilerPage.ViewLink] {
        let version = shown == latest ? nil : String(shown)
        let path = WebPaths.filer(round, filer)
        return [
            FilerPage.ViewLink(
                label: "全部内容", href: WebPaths.with(path, [("version", version)]), current: current == nil, id: "view-all"),
            FilerPage.ViewLink(
                label: "只看问题", href: WebPaths.with(path, [("version", version), ("view", View.problems.rawValue)]),
                current: current == .problems, id: "view-problems"),
            FilerPage.ViewLink(
                label: "打印版（A4）", href: WebPaths.with(path, [("version", version), ("view", View.print.rawValue)]),
                current: current == .print, id: "view-print"),
        ]
    }
}
