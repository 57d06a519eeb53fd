import Foundation
import Shared

/// What the spot-check page shows: the follow-ups (overdue first) with their resolve forms, the
/// draw form, and every draw with its sampled platforms by name, level, address and portal, each
/// leading to its page of findings; every draw has a printable checklist.
struct SpotCheckPage: WebPageModel {
    struct DrawForm: Sendable {
        var seed: String
        var province: String
        var city: String
        var county: String
        var department: String
    }

    struct FollowUp: Sendable {
        var filerName: String
        var filerHref: String
        var platform: String
        var level: String
        var itemHref: String
        var indicatorName: String
        var notes: String
        var dueOn: String
        var stateTag: Tag
        var resolvedAt: String
        var resolutionNote: String?
        var resolvable: Bool
        var resolveAction: String
    }

    struct Draw: Sendable {
        var id: Int64
        var seed: Int64
        var drawnAt: String
        var drawnBy: String
        var strata: [String]
        var message: String?
        var checklistHref: String
        var items: [SampledPlatform]
    }

    var chrome: Chrome
    var round: String
    var csrf: String
    var messages: PageMessages
    var form: DrawForm
    var followUps: [FollowUp]
    var hasFollowUps: Bool
    var draws: [Draw]
    var hasDraws: Bool

    init(
        chrome: Chrome, round: String, csrf: String, list: SpotCheckList, names: [String: String], form: DrawForm,
        messages: PageMessages
    ) {
        self.chrome = chrome
        self.round = round
        self.csrf = csrf
        self.messages = messages
        self.form = form
        let order: [FollowUpState: Int] = [.overdue: 0, .open: 1, .resolved: 2]
        followUps = list.followUps
            .sorted { (order[$0.state] ?? 3, $0.dueOn, $0.filer) < (order[$1.state] ?? 3, $1.dueOn, $1.filer) }
            .map { f in
                FollowUp(
                    filerName: names[f.filer] ?? f.filer, filerHref: WebPaths.filer(round, f.filer),
                    platform: f.platformName ?? f.platformId, level: f.level.label.zh,
                    itemHref: WebPaths.spotCheckItem(round, f.spotCheckId, f.itemId),
                    indicatorName: f.indicator.label.zh, notes: f.notes ?? "", dueOn: f.dueOn, stateTag: Tag(f.state),
                    resolvedAt: f.resolvedAt.map { ReadableTime.of($0) } ?? "", resolutionNote: f.resolutionNote,
                    resolvable: f.state != .resolved,
                    resolveAction: WebPaths.finding(round, f.spotCheckId, f.itemId, f.indicator) + "/resolve")
            }
        hasFollowUps = !followUps.isEmpty
        draws = list.spotChecks.reversed().map { check in
            Draw(
                id: check.id, seed: check.seed, drawnAt: ReadableTime.of(check.drawnAt), drawnBy: check.drawnBy,
                strata: check.strata.map { "\($0.level.label.zh)：要求 \($0.requested)，共 \($0.available)，抽取 \($0.drawn)" },
                message: check.message, checklistHref: WebPaths.checklist(round, check.id),
                items: check.items.map { SampledPlatform($0, check: check.id, round: round, names: names) })
        }
        hasDraws = !draws.isEmpty
    }
}

/// A sampled platform as the spot-check pages list it: whose, which, where, and how far its
/// findings have come.
struct SampledPlatform: Sendable {
    var filerName: String
    var filerHref: String
    var version: Int
    var platformId: String
    var name: String
    var level: String
    var url: String
    var portalUrl: String?
    var recorded: Int
    var total: Int
    var discrepancies: Int
    var hasDiscrepancies: Bool
    var complete: Bool
    var href: String

    init(_ item: SpotCheckItem, check: Int64, round: String, names: [String: String]) {
        filerName = names[item.filer] ?? item.filer
        filerHref = WebPaths.filer(round, item.filer)
        version = item.version
        platformId = item.platformId
        name = item.platformName ?? item.platformId
        level = item.level.label.zh
        url = item.url ?? ""
        portalUrl = item.portalUrl
        recorded = item.findings.count
        total = IndicatorCatalogue.all.count
        discrepancies = item.findings.count { $0.outcome == .discrepancy }
        hasDiscrepancies = discrepancies > 0
        complete = recorded >= total
        href = WebPaths.spotCheckItem(round, check, item.id)
    }
}
