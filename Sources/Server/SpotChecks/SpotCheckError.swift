import Hummingbird
import Shared

/// Why a spot-check draw, finding or resolution was refused.
package enum SpotCheckError: APIError, Equatable {
    case invalidCounts(String)
    case nothingFiled(String)
    case unknownSpotCheck(String)
    case unknownItem(String)
    case notesRequired
    case findingExists(String)
    case unknownFinding(String)
    case notDiscrepancy(String)
    case alreadyResolved(String)
    /// A resolution without a note saying why.
    case noteRequired
    /// A discrepancy of a batch (named by its indicator) without notes or a follow-up date.
    case notesRequiredOn(String)
    /// A batch that records nothing.
    case nothingToRecord

    package var status: HTTPResponse.Status {
        switch self {
        case .invalidCounts, .notesRequired, .noteRequired, .notesRequiredOn, .nothingToRecord: .unprocessableContent
        case .nothingFiled, .findingExists, .notDiscrepancy, .alreadyResolved: .conflict
        case .unknownSpotCheck, .unknownItem, .unknownFinding: .notFound
        }
    }

    package var body: APIErrorBody {
        switch self {
        case .invalidCounts(let detail):
            APIErrorBody(
                error: "invalid_counts",
                message: "抽取数量无效：\(detail)。counts 的键为 province、city、county、department，值为非负整数，至少一个大于 0",
                messageEn:
                    "Invalid counts: \(detail). Keys are province, city, county, department; values non-negative integers, at least one above 0."
            )
        case .nothingFiled(let round):
            APIErrorBody(
                error: "nothing_filed", message: "轮次 \(round) 尚无任何报告，无法抽查",
                messageEn: "Nothing has been filed in round \(round) yet; there is nothing to sample.")
        case .unknownSpotCheck(let id):
            APIErrorBody(error: "unknown_spot_check", message: "没有抽查 \(id)", messageEn: "There is no spot check \(id).")
        case .unknownItem(let id):
            APIErrorBody(
                error: "unknown_item", message: "该抽查中没有抽中平台 \(id)",
                messageEn: "There is no sampled platform \(id) in this spot check.")
        case .notesRequired:
            APIErrorBody(
                error: "notes_required", message: "发现不一致时必须填写说明（notes）和整改期限（dueOn）",
                messageEn: "A discrepancy needs notes and a follow-up due date (dueOn).")
        case .findingExists(let indicator):
            APIErrorBody(
                error: "finding_exists", message: "该平台的指标 \(indicator) 已有抽查结论，结论不可修改",
                messageEn: "A finding on indicator \(indicator) of this platform is already recorded; findings are not edited.")
        case .unknownFinding(let indicator):
            APIErrorBody(
                error: "unknown_finding", message: "该平台的指标 \(indicator) 尚无抽查结论",
                messageEn: "No finding is recorded on indicator \(indicator) of this platform.")
        case .notDiscrepancy(let indicator):
            APIErrorBody(
                error: "not_discrepancy", message: "指标 \(indicator) 的结论为属实，没有需要销号的整改",
                messageEn: "The finding on \(indicator) was confirmed; there is no follow-up to resolve.")
        case .alreadyResolved(let indicator):
            APIErrorBody(
                error: "already_resolved", message: "指标 \(indicator) 的整改已销号",
                messageEn: "The follow-up on \(indicator) is already resolved.")
        case .noteRequired:
            APIErrorBody(
                error: "note_required", message: "销号必须填写整改说明（note）：整改了什么、如何核实",
                messageEn: "Resolving a follow-up needs a note (note): what was rectified and how it was checked.")
        case .notesRequiredOn(let indicator):
            APIErrorBody(
                error: "notes_required", message: "指标「\(indicator)」存在差异：必须填写差异说明和整改期限，未记录任何结果",
                messageEn: "The discrepancy on \(indicator) needs notes and a follow-up date; nothing was recorded.")
        case .nothingToRecord:
            APIErrorBody(
                error: "nothing_to_record", message: "没有要记录的核查结果：请至少选择一项“一致”或“不一致”",
                messageEn: "Nothing to record: mark at least one indicator confirmed or discrepancy.")
        }
    }
}
