import Foundation
import Shared

/// One sampled platform's page: where it is, the findings recorded on it, and one form that
/// records the rest at once — every indicator "一致" unless marked otherwise.
struct SpotCheckItemPage: WebPageModel {
    struct Finding: Sendable {
        var indicatorName: String
        var outcomeTag: Tag
        var notes: String?
        var dueOn: String?
        var followUpTag: Tag?
        var resolutionNote: String?
        var recordedBy: String
        var recordedAt: String
        /// The inspectors' files on it: thumbnails and links (`attachments.mustache`).
        var attachments: [AttachmentLink]
        var hasAttachments: Bool
        var indicator: String
        /// Where its upload form posts.
        var uploadAction: String
    }

    /// One indicator still open in the form, with what was submitted (kept after a refusal).
    struct Row: Sendable {
        var indicator: String
        var name: String
        var level1: String
        var checkpoint: String
        var confirmed: Bool
        var discrepancy: Bool
        var skip: Bool
        var notes: String
        var dueOn: String
    }

    var chrome: Chrome
    var round: String
    var csrf: String
    var today: String
    var messages: PageMessages
    var checkId: Int64
    var batchHref: String
    var checklistHref: String
    var platform: SampledPlatform
    var findings: [Finding]
    var hasFindings: Bool
    var rows: [Row]
    var hasOpen: Bool
    var action: String
    /// The next platform of the batch with indicators still open.
    var nextItem: SampledPlatform?

    init(
        chrome: Chrome, round: String, csrf: String, today: String, check: SpotCheck, item: SpotCheckItem,
        names: [String: String], submitted: WebForm?, messages: PageMessages
    ) {
        self.chrome = chrome
        self.round = round
        self.csrf = csrf
        self.today = today
        self.messages = messages
        checkId = check.id
        batchHref = WebPaths.draw(round, check.id)
        checklistHref = WebPaths.checklist(round, check.id)
        platform = SampledPlatform(item, check: check.id, round: round, names: names)
        findings = item.findings.map { f in
            let files = WebPaths.finding(round, check.id, item.id, f.indicator) + "/attachments"
            let links = (f.attachments ?? []).map {
                AttachmentLink.Base(path: files + "/").link($0.reference, rectification: false)
            }
            return Finding(
                indicatorName: f.indicator.label.zh, outcomeTag: Tag(f.outcome), notes: f.notes, dueOn: f.dueOn,
                followUpTag: f.followUp.map { Tag($0) }, resolutionNote: f.resolutionNote, recordedBy: f.recordedBy,
                recordedAt: ReadableTime.of(f.recordedAt), attachments: links, hasAttachments: !links.isEmpty,
                indicator: f.indicator.rawValue, uploadAction: files)
        }
        hasFindings = !findings.isEmpty
        let recorded = Set(item.findings.map(\.indicator))
        rows = IndicatorCatalogue.all.filter { !recorded.contains($0.id) }.map { indicator in
            let id = indicator.id.rawValue
            let outcome = submitted?[BulkFindingsForm.outcome(id)] ?? SpotCheckOutcome.confirmed.rawValue
            return Row(
                indicator: id, name: indicator.level2.zh, level1: indicator.level1.zh, checkpoint: indicator.checkpoint.zh,
                confirmed: outcome == SpotCheckOutcome.confirmed.rawValue,
                discrepancy: outcome == SpotCheckOutcome.discrepancy.rawValue, skip: outcome == BulkFindingsForm.skip,
                notes: submitted?[BulkFindingsForm.notes(id)] ?? "", dueOn: submitted?[BulkFindingsForm.dueOn(id)] ?? "")
        }
        hasOpen = !rows.isEmpty
        action = WebPaths.spotCheckItem(round, check.id, item.id)
        let later = check.items.drop { $0.id != item.id }.dropFirst() + check.items.prefix { $0.id != item.id }
        nextItem = later.first { $0.findings.count < IndicatorCatalogue.all.count }.map {
            SampledPlatform($0, check: check.id, round: round, names: names)
        }
    }
}

/// The field names of the one-form findings: per indicator `outcome-<id>` (`confirmed`,
/// `discrepancy` or `skip`), `notes-<id>` and `dueOn-<id>`.
enum BulkFindingsForm {
    static let skip = "skip"

    static func outcome(_ indicator: String) -> String { "outcome-\(indicator)" }
    static func notes(_ indicator: String) -> String { "notes-\(indicator)" }
    static func dueOn(_ indicator: String) -> String { "dueOn-\(indicator)" }

    /// The findings the form records: every open indicator not skipped. An indicator without
    /// an outcome field counts as skipped (a form can only have sent the ones it showed).
    static func findings(_ form: WebForm, open: [IndicatorID]) throws -> [FindingRequest] {
        try open.compactMap { indicator in
            let id = indicator.rawValue
            guard let text = form[outcome(id)], text != skip else { return nil }
            guard let outcome = SpotCheckOutcome(rawValue: text) else {
                throw ReviewError.invalidRequest("核查结果无效 / invalid outcome for \(id)")
            }
            // A follow-up date belongs to a discrepancy; a confirmation ignores the field.
            return FindingRequest(
                indicator: indicator, outcome: outcome, notes: form[notes(id)],
                dueOn: outcome == .discrepancy ? form[dueOn(id)] : nil
            )
        }
    }
}
