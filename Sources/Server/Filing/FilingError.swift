import Hummingbird
import Shared

/// Why an upload or a read of versions was refused (API.md, "Filer endpoints").
package enum FilingError: APIError, Equatable {
    case bodyTooLarge(limit: Int)
    case emptyBody
    case malformedJSON(ReportDecodingError)
    case decodeFailed(ReportDecodingError)
    case unknownRound(String)
    case unknownFiler(String)
    case unknownVersion(String)
    case nonCanonicalPath(String)
    case notOnRoster(filer: String, round: String)
    case roundClosed(String)
    case staleBase(base: Int, current: Int)
    /// The bytes equal the latest version's, `version`.
    case unchanged(version: Int)
    case reportMismatch(field: String, report: String, path: String)
    case validationFailed(ValidationResult)

    /// A decoding failure: syntax and encoding errors (with a line) are `malformed_json`.
    package init(_ error: ReportDecodingError) {
        self = error.line == nil ? .decodeFailed(error) : .malformedJSON(error)
    }

    package var status: HTTPResponse.Status {
        switch self {
        case .bodyTooLarge: .contentTooLarge
        case .emptyBody, .malformedJSON, .decodeFailed: .badRequest
        case .unknownRound, .unknownFiler, .unknownVersion, .nonCanonicalPath: .notFound
        case .notOnRoster: .forbidden
        case .roundClosed: HTTPResponse.Status(code: 423, reasonPhrase: "Locked")
        case .staleBase, .unchanged: .conflict
        case .reportMismatch, .validationFailed: .unprocessableContent
        }
    }

    package var body: APIErrorBody {
        switch self {
        case .bodyTooLarge(let limit):
            APIErrorBody(
                error: "body_too_large", message: "上传内容超过 \(limit) 字节的上限",
                messageEn: "The body exceeds the limit of \(limit) bytes.")
        case .emptyBody:
            APIErrorBody(
                error: "malformed_json", message: "上传内容为空，应为报告的 JSON 文件",
                messageEn: "The body is empty; upload the report's JSON file.")
        case .malformedJSON(let error):
            APIErrorBody(
                error: "malformed_json", message: "报告不是有效的 JSON：\(error.message)",
                messageEn: "The report is not valid JSON: \(error.messageEn)")
        case .decodeFailed(let error):
            APIErrorBody(
                error: "decode_failed", message: "报告结构不符合填报格式：\(error.message)",
                messageEn: "The report does not have the form's structure: \(error.messageEn)")
        case .unknownRound(let round):
            APIErrorBody(
                error: "unknown_round", message: "没有填报轮次 \(round)", messageEn: "There is no filing round \(round).")
        case .unknownFiler(let filer):
            APIErrorBody(
                error: "unknown_filer", message: "没有填报单位 \(filer)", messageEn: "There is no filer \(filer).")
        case .unknownVersion(let number):
            APIErrorBody(
                error: "unknown_version", message: "没有第 \(number) 版", messageEn: "There is no version \(number).")
        case .nonCanonicalPath(let path):
            APIErrorBody(
                error: "non_canonical_path",
                message: "地址\(Self.short(path))不是规范写法（多余或缺少的斜杠、. 或 ..、百分号转义），未处理；请使用 zicha 生成的地址",
                messageEn:
                    "The address \(Self.short(path)) is not in canonical form (extra or missing slashes, . or .., percent escapes) and was not served; use the address zicha builds."
            )
        case .notOnRoster(let filer, let round):
            APIErrorBody(
                error: "not_on_roster", message: "\(filer) 不在轮次 \(round) 的填报名单上",
                messageEn: "\(filer) is not on the roster of round \(round).")
        case .roundClosed(let round):
            APIErrorBody(
                error: "round_closed", message: "轮次 \(round) 已关闭，不再接收报告，请联系国务院办公厅",
                messageEn: "Round \(round) is closed and accepts no more reports; contact the General Office.")
        case .staleBase(let base, let current):
            APIErrorBody(
                error: "stale_base",
                message: "本次上传修改的是第 \(base) 版，但当前最新为第 \(current) 版。请在第 \(current) 版基础上修改后重新签名上传。",
                messageEn:
                    "This upload amends version \(base), but the current version is \(current). Amend version \(current), sign and upload again.",
                currentVersion: current)
        case .unchanged(let version):
            APIErrorBody(
                error: "unchanged",
                message: "上传内容与第 \(version) 版完全相同，未产生新版本；第 \(version) 版及其审核状态不变。",
                messageEn:
                    "The upload is identical to version \(version); no new version was created, and version \(version) and its review state are unchanged.",
                currentVersion: version)
        case .reportMismatch(let field, let report, let path):
            // The report's value may be a megabyte long; the message stays short.
            APIErrorBody(
                error: "report_mismatch", message: "报告中的 \(field)（\(Self.short(report))）与上传地址（\(path)）不一致",
                messageEn: "The report's \(field) (\(Self.short(report))) differs from the upload address (\(path)).")
        case .validationFailed(let result):
            APIErrorBody(
                error: "validation_failed",
                message: "报告有 \(result.errors) 处错误，未保存。请按 issues 修改后重新上传。",
                messageEn: "The report has \(result.errors) error(s) and was not stored. Fix the issues and upload again.",
                validation: result)
        }
    }

    private static func short(_ text: String) -> String { text.count > 64 ? "\(text.prefix(64))…" : text }
}
