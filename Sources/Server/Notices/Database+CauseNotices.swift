import Foundation
import GRDB
import Shared

/// The notices that decisions and spot-check findings write in their own transaction.
extension Database {
    /// The notice of decision `decisionID` (a return or an acceptance of `version`).
    func insertDecisionNotice(
        decisionID: Int64, round: String, filer: String, version: Int, decision: ReviewDecision, comment: String?,
        dueOn: Day?, comments: [PinnedComment], reviewer: ReviewerRecord, at now: String
    ) throws {
        let names = try noticeNames(round: round, filer: filer)
        let text: (subject: String, body: String)
        let kind: NoticeKind
        switch decision {
        case .accept:
            (kind, text) = (.accepted, NoticeText.accepted(.init(round: names.round, filer: names.filer), version: version))
        case .return:
            kind = .returned
            text = NoticeText.returned(
                .init(round: names.round, filer: names.filer), version: version, comment: comment, pinned: comments,
                dueOn: dueOn?.description ?? "")
        }
        try insertNotice(
            NoticeDraft(
                key: "review/\(decisionID)", round: round, filer: filer, kind: kind, subject: text.subject, body: text.body,
                version: version, dueOn: dueOn?.description, actor: "reviewer:\(reviewer.name)"),
            at: now)
    }

    /// The notice of finding `findingID` when it is a discrepancy; nothing for a confirmation.
    func insertFindingNotice(findingID: Int64, round: String, reviewer: ReviewerRecord, at now: String) throws {
        guard
            let row = try Row.fetchOne(
                self,
                sql: """
                    SELECT f.indicator, f.outcome, f.notes, f.due_on, i.platform_id, v.filer_code, v.version, v.bytes
                    FROM spot_check_findings f JOIN spot_check_items i ON i.id = f.item_id
                    JOIN versions v ON v.id = i.version_id WHERE f.id = ?
                    """,
                arguments: [findingID]),
            row["outcome"] as String == SpotCheckOutcome.discrepancy.rawValue,
            let indicator = IndicatorID(rawValue: row["indicator"]), let dueOn = row["due_on"] as String?
        else { return }
        let filer: String = row["filer_code"]
        let names = try noticeNames(round: round, filer: filer)
        let platformID: String = row["platform_id"]
        // The platform's name as the filer wrote it; its id when the stored report does not say.
        let report = try? ReportDecoder.decode(row["bytes"] as Data)
        let platform = report?.platforms.first { $0.id == platformID }?.name ?? platformID
        let text = NoticeText.discrepancy(
            .init(round: names.round, filer: names.filer), platform: platform, indicator: indicator, notes: row["notes"],
            dueOn: dueOn)
        try insertNotice(
            NoticeDraft(
                key: "finding/\(findingID)", round: round, filer: filer, kind: .discrepancy, subject: text.subject,
                body: text.body, version: row["version"], dueOn: dueOn, actor: "reviewer:\(reviewer.name)"),
            at: now)
    }
}
