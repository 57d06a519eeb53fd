import Hummingbird
import Shared

/// Why a review decision, a diff or a roster query was refused (API.md, "Reviewer endpoints").
package enum ReviewError: APIError, Equatable {
    case invalidRequest(String)
    case invalidQuery(parameter: String, value: String, expected: String)
    case commentRequired
    case dueOnRequired
    case dueOnInvalid(String)
    case dueOnPast(dueOn: String, today: String)
    case dueOnNotApplicable
    case notLatest(version: Int, current: Int)
    case fromRequired

    package var status: HTTPResponse.Status {
        switch self {
        case .invalidRequest, .invalidQuery, .fromRequired: .badRequest
        case .commentRequired, .dueOnRequired, .dueOnInvalid, .dueOnPast, .dueOnNotApplicable: .unprocessableContent
        case .notLatest: .conflict
        }
    }

    package var body: APIErrorBody {
        switch self {
        case .invalidRequest(let detail):
            APIErrorBody(
                error: "invalid_request", message: "请求内容不是所需的 JSON：\(detail)",
                messageEn: "The request body is not the JSON expected: \(detail)")
        case .invalidQuery(let parameter, let value, let expected):
            APIErrorBody(
                error: "invalid_query", message: "查询参数 \(parameter)=\(value) 无效，应为 \(expected)",
                messageEn: "Query parameter \(parameter)=\(value) is invalid; expected \(expected).")
        case .commentRequired:
            APIErrorBody(
                error: "comment_required", message: "退回必须填写意见（comment），说明需要修改什么",
                messageEn: "A return needs a comment saying what must be changed.")
        case .dueOnRequired:
            APIErrorBody(
                error: "due_on_required", message: "退回必须给出整改反馈期限（dueOn，YYYY-MM-DD）",
                messageEn: "A return needs a follow-up due date (dueOn, YYYY-MM-DD).")
        case .dueOnInvalid(let text):
            APIErrorBody(
                error: "due_on_invalid", message: "期限 \(text) 不是有效日期，应为 YYYY-MM-DD",
                messageEn: "The due date \(text) is not a valid date; expected YYYY-MM-DD.")
        case .dueOnPast(let dueOn, let today):
            APIErrorBody(
                error: "due_on_past", message: "期限 \(dueOn) 早于今天（\(today)，北京时间）",
                messageEn: "The due date \(dueOn) is before today (\(today), China Standard Time).")
        case .dueOnNotApplicable:
            APIErrorBody(
                error: "due_on_not_applicable", message: "通过的报告不设整改期限，请去掉 dueOn",
                messageEn: "An accepted filing has no follow-up due date; remove dueOn.")
        case .notLatest(let version, let current):
            APIErrorBody(
                error: "not_latest",
                message: "只能审核最新版本：第 \(version) 版不是最新，当前最新为第 \(current) 版",
                messageEn: "Only the latest version can be decided: version \(version) is not the latest, version \(current) is.",
                currentVersion: current)
        case .fromRequired:
            APIErrorBody(
                error: "from_required", message: "第 1 版没有上一版，请用 from= 指定要比较的版本",
                messageEn: "Version 1 has no previous version; name the version to compare with from=.")
        }
    }
}
