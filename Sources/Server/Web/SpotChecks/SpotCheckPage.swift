import Foundation
import Shared

/// What the spot-check page shows: the draw form, the follow-ups (overdue first) and every draw
/// with its sampled platforms, their findings and a form to record one.
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
        var platformId: String
        var level: String
        var indicatorName: String
        var notes: String
        var dueOn: String
        var stateTag: Tag
        var resolvedAt: String
        var resolvable: Bool
        var resolveAction: String
    }

    struct Finding: Sendable {
        var indicatorName: String
        var outcomeTag: Tag
        var notes: String?
        /// A discrepancy's follow-up date and state; nil on a confirmation.
        var dueOn: String?
        var followUpTag: Tag?
        var recordedBy: String
    }

    struct Item: Sendable {
        var filerName: String
        var filerHref: String
        var version: Int
        var platformId: String
        var level: String
        var findings: [Finding]
        var open: [SelectOption]
        var hasOpen: Bool
        var findingAction: String
    }

    struct Draw: Sendable {
        var id: Int64
        var seed: Int64
        var drawnAt: String
        var drawnBy: String
        var strata: [String]
        var message: String?
        var items: [Item]
    }

    var chrome: Chrome
    var round: String
    var csrf: String
    var today: String
    var messages: PageMessages
    var form: DrawForm
    var followUps: [FollowUp]
    var hasFollowUps: Bool
    var draws: [Draw]
    var hasDraws: Bool

    init(
        chrome: Chrome, round: String, csrf: String, today: String, list: SpotCheckList, names: [String: String],
        form: DrawForm, messages: PageMessages
    ) {
        self.chrome = chrome
        self.round = round
        self.csrf = csrf
        self.today = today
        self.messages = messages
        self.form = form
        let base = WebPaths.spotChecks(round)
        let order: [FollowUpState: Int] = [.overdue: 0, .open: 1, .resolved: 2]
        followUps = list.followUps
            .sorted { (order[$0.state] ?? 3, $0.dueOn, $0.filer) < (order[$1.state] ?? 3, $1.dueOn, $1.filer) }
            .map { f in
                FollowUp(
                    filerName: names[f.filer] ?? f.filer, filerHref: WebPaths.filer(round, f.filer), platformId: f.platformId,
                    level: f.level.label.zh, indicatorName: f.indicator.indicator.level2.zh, notes: f.notes ?? "",
                    dueOn: f.dueOn, stateTag: Tag(f.state), resolvedAt: f.resolvedAt ?? "",
                    resolvable: f.state != .resolved,
                    resolveAction: "\(base)/\(f.spotCheckId)/items/\(f.itemId)/findings/\(f.indicator.rawValue)/resolve")
            }
        hasFollowUps = !followUps.isEmpty
        draws = list.spotChecks.reversed().map { check in
            Draw(
                id: check.id, seed: check.seed, drawnAt: check.drawnAt, drawnBy: check.drawnBy,
                strata: check.strata.map { "\($0.level.label.zh)：要求 \($0.requested)，共 \($0.available)，抽取 \($0.drawn)" },
                message: check.message,
                items: check.items.map { item in
                    let recorded = Set(item.findings.map(\.indicator))
                    let open = IndicatorCatalogue.all.filter { !recorded.contains($0.id) }.map {
                        SelectOption(value: $0.id.rawValue, label: "\($0.level1.zh) · \($0.level2.zh)", selected: false)
                    }
                    return Item(
                        filerName: names[item.filer] ?? item.filer, filerHref: WebPaths.filer(round, item.filer),
                        version: item.version, platformId: item.platformId, level: item.level.label.zh,
                        findings: item.findings.map { f in
                            Finding(
                                indicatorName: f.indicator.indicator.level2.zh, outcomeTag: Tag(f.outcome),
                                notes: f.notes, dueOn: f.dueOn, followUpTag: f.followUp.map { Tag($0) },
                                recordedBy: f.recordedBy)
                        },
                        open: open, hasOpen: !open.isEmpty, findingAction: "\(base)/\(check.id)/items/\(item.id)/findings")
                })
        }
        hasDraws = !draws.isEmpty
    }
}
