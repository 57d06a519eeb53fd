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
        if shownVersion > 0, let bytes = try await store.reportBytes(round: round.id, filer: filer.code, number: shownVersion) {
            let info = infos[shownVersion - 1]
            var since: (Int, [String])?
            if shownVersion >= 2, !printing {
                if from == shownVersion - 1, to == shownVersion {
                    since = (from, changes.map(\.path))
                } else if let old = try await store.reportBytes(round: round.id, filer: filer.code, number: shownVersion - 1) {
                    since = (shownVersion - 1, try ReportDiff.changedPaths(from: old, to: bytes))
                }
            }
            // Stored versions passed the decoder at upload; a large one waits its turn (LargeWork).
            let decoded = try await LargeWork.admitted(bytes.count) {
                try self.decoded.report(round: round.id, filer: filer.code, version: shownVersion, bytes: bytes)
            }
            let notes = ReportNotes(
                report: decoded, anchors: ReportView.anchors(decoded), issues: info.issues ?? [],
                comments: info.reviews.flatMap { decision in
                    decision.comments.map {
                        ($0, "\(decision.reviewer) · \(decision.decision.label.zh) · \(ReadableTime.of(decision.decidedAt))")
                    }
                }, changes: since, typed: form?.pinning == true ? form?.pins ?? [:] : [:],
                pinLimit: form?.pinning == true ? ReportNotes.pinLimit : 0)
            let path = WebPaths.filer(round.id, filer.code)
            report = ReportView(
                decoded, notes: notes,
                options: ReportOptions(
                    problemsOnly: asked.view == .problems, printing: printing, page: asked.page ?? 1, path: path,
                    query: [("version", shownVersion == latest ? nil : String(shownVersion)), ("view", asked.view?.rawValue)]))
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
