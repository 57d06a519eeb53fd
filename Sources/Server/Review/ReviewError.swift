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
    case commentPathUnknown(path: String, version: Int)
    case commentTextRequired(path: String)
    case commentTooLong(path: String)
    case tooManyComments

    package var status: HTTPResponse.Status {
        switch self {
        case .invalidRequest, .invalidQuery, .fromRequired: .badRequest
        case .commentRequired, .dueOnRequired, .dueOnInvalid, .dueOnPast, .dueOnNotApplicable, .commentPathUnknown,
            .commentTextRequired, .commentTooLong, .tooManyComments:
            .unprocessableContent
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
        case .commentPathUnknown(let path, let version):
            APIErrorBody(
                error: "comment_path_unknown",
                message: "意见所指的位置“\(Self.shortened(path))”不在第 \(version) 版报告中（应为报告的 JSON 路径，如 platforms[0].checks.search）",
                messageEn:
                    "The place \"\(Self.shortened(path))\" a comment is pinned to is not in version \(version)'s report (expected a JSON path of it, e.g. platforms[0].checks.search)."
            )
        case .commentTextRequired(let path):
            APIErrorBody(
                error: "comment_text_required", message: "意见“\(Self.shortened(path))”没有内容",
                messageEn: "The comment pinned to \"\(Self.shortened(path))\" is empty.")
        case .commentTooLong(let path):
            APIErrorBody(
                error: "comment_too_long",
                message: "意见“\(Self.shortened(path))”超过 \(ReviewComments.textLimit) 字",
                messageEn: "The comment pinned to \"\(Self.shortened(path))\" is longer than \(ReviewComments.textLimit) characters.")
        case .tooManyComments:
            APIErrorBody(
                error: "too_many_comments", message: "一次审核最多附 \(ReviewComments.countLimit) 条定位意见",
                messageEn: "A decision carries at most \(ReviewComments.countLimit) pinned comments.")
        }
    }

    /// Echoed input, cut short.
    private static func shortened(_ text: String) -> String {
        text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}
