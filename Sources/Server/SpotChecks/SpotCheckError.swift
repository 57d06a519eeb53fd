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

    package var status: HTTPResponse.Status {
        switch self {
        case .invalidCounts, .notesRequired: .unprocessableContent
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
        }
    }
}
