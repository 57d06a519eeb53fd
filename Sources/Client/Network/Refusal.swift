import Foundation
import Shared

/// Turns the server's refusals into messages a clerk can act on.
enum Refusal {
    /// What the refused request was about, to name it back to the clerk.
    struct Context {
        var keyID: String
        var keyPath: String?
        var filer: String
        var round: String
        /// The report file, for the commands a 409 suggests.
        var reportPath: String?

        init(key: FilerKey, filer: String, round: String, reportPath: String? = nil) {
            self.keyID = key.keyID
            self.keyPath = key.path
            self.filer = filer
            self.round = round
            self.reportPath = reportPath
        }

        init(signature: DetachedSignature, keyPath: String?, reportPath: String?) {
            self.keyID = signature.keyId
            self.keyPath = keyPath
            self.filer = signature.filer
            self.round = signature.round
            self.reportPath = reportPath
        }
    }

    static func failure(for response: APIClient.Response, context: Context, report: SelfInspectionReport? = nil) -> CLIFailure {
        guard let body = try? ReportCoding.decoder().decode(APIErrorBody.self, from: response.body) else {
            return CLIFailure(
                .refused, "服务器拒绝了请求（HTTP \(response.status)）。", "The server refused the request (HTTP \(response.status)).")
        }
        let server = (zh: "服务器：\(body.message)（\(body.error)）", en: "Server: \(body.messageEn) (\(body.error))")
        let file = context.reportPath ?? "FILE"
        switch response.status {
        case 422:
            var failure = CLIFailure(
                .refused, "服务器校验未通过，未保存任何版本。请按上面的问题修改报告，然后重新签名并上传。",
                "The server's validation failed; nothing was stored. Fix the issues above, then sign and upload again.")
            if let validation = body.validation {
                failure.details = IssuePrinter.lines(for: validation, report: report)
            }
            failure.details += [server.zh, server.en]
            return failure
        case 409:
            let current = body.currentVersion.map(String.init) ?? "?"
            return CLIFailure(
                .refused,
                "服务器上 \(context.filer) 在 \(context.round) 轮的最新版本是第 \(current) 版，而本签名基于的版本已不是最新。"
                    + "请先查看 `zicha status`，再运行 `zicha sign \(file) --base \(current)` 并重新上传，或直接运行 `zicha submit \(file)`。",
                "The latest version of \(context.filer) in round \(context.round) on the server is \(current); this signature amends an older one. "
                    + "Check `zicha status`, then run `zicha sign \(file) --base \(current)` and upload again, or run `zicha submit \(file)`.",
                details: [server.zh, server.en])
        case 401, 403:
            let keyZh = "所用密钥 \(context.keyID)\(context.keyPath.map { "（文件 \($0)）" } ?? "")，填报单位 \(context.filer)"
            let keyEn = "key used: \(context.keyID)\(context.keyPath.map { " (file \($0))" } ?? ""), filer \(context.filer)"
            return CLIFailure(
                .refused,
                "服务器不接受此签名：\(sentence(body.message))\(keyZh)。请确认密钥属于该单位且未被吊销，必要时联系管理员重新签发。",
                "The server does not accept this signature: \(body.messageEn) (\(keyEn)). Make sure the key belongs to this filer and is not revoked; ask the administrator for a new key if needed.",
                details: ["HTTP \(response.status) \(body.error)"])
        default:
            return CLIFailure(
                .refused, "\(body.message)（HTTP \(response.status) \(body.error)）",
                "\(body.messageEn) (HTTP \(response.status) \(body.error))")
        }
    }

    /// `text` ending in a full stop, so that another sentence can follow.
    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !"。！？.!?".contains(last) else { return text }
        return text + "。"
    }
}
