import Hummingbird
import Shared

/// Why a request's credentials were refused (API.md, "Authentication").
package enum AuthError: APIError, Equatable {
    case signatureMissing([String])
    case signatureMalformed(header: String, reason: String)
    case unknownKey(String)
    case keyRevoked(String)
    case keyRetired(key: String, at: String)
    case keyFilerMismatch(key: String, keyFiler: String, pathFiler: String)
    case bodyHashMismatch
    case signatureInvalid
    case signatureExpired(signedAt: String, now: String)
    case tokenInvalid
    case forbidden(message: String, messageEn: String)

    package var status: HTTPResponse.Status {
        switch self {
        case .keyFilerMismatch, .forbidden: .forbidden
        default: .unauthorized
        }
    }

    package var body: APIErrorBody {
        switch self {
        case .signatureMissing(let names):
            APIErrorBody(
                error: "signature_missing",
                message: "请求未签名：缺少 \(names.joined(separator: "、"))。请用本单位密钥签名（zicha upload），审核人请附令牌。",
                messageEn:
                    "The request is not signed: missing \(names.joined(separator: ", ")). Sign it with your office's key (zicha upload), or send a reviewer token."
            )
        case .signatureMalformed(let header, let reason):
            APIErrorBody(
                error: "signature_malformed", message: "签名头 \(header) 格式不正确：\(reason)",
                messageEn: "Signature header \(header) is malformed: \(reason)")
        case .unknownKey(let id):
            APIErrorBody(
                error: "unknown_key", message: "密钥 \(id) 不存在，请向管理员申领密钥",
                messageEn: "Key \(id) is unknown; ask the administrator for a key.")
        case .keyRevoked(let id):
            APIErrorBody(
                error: "key_revoked", message: "密钥 \(id) 已被吊销，请向管理员申领新密钥",
                messageEn: "Key \(id) has been revoked; ask the administrator for a new key.")
        case .keyRetired(let key, let at):
            APIErrorBody(
                error: "key_retired", message: "密钥 \(key) 已于 \(at) 轮换停用，请改用新密钥文件",
                messageEn: "Key \(key) was rotated out at \(at); use the new key file.")
        case .keyFilerMismatch(let key, let keyFiler, let pathFiler):
            APIErrorBody(
                error: "key_filer_mismatch", message: "密钥 \(key) 属于 \(keyFiler)，不能代表 \(pathFiler) 签名",
                messageEn: "Key \(key) belongs to \(keyFiler) and cannot sign for \(pathFiler).")
        case .bodyHashMismatch:
            APIErrorBody(
                error: "body_hash_mismatch", message: "收到的内容与签名时的内容不一致（SHA-256 不符），请重新签名上传",
                messageEn: "The body received is not the body that was signed (SHA-256 differs); sign and upload again.")
        case .signatureInvalid:
            APIErrorBody(
                error: "signature_invalid", message: "签名无效：签名与请求内容或签名头不符",
                messageEn: "Invalid signature: it does not match the request and its signed headers.")
        case .signatureExpired(let signedAt, let now):
            APIErrorBody(
                error: "signature_expired",
                message: "读取请求的签名时间 \(signedAt) 与服务器时间 \(now) 相差超过 15 分钟，请重新发起（并核对本机时钟）",
                messageEn:
                    "The read was signed at \(signedAt), more than 15 minutes from the server's \(now); send it again (and check this computer's clock)."
            )
        case .tokenInvalid:
            APIErrorBody(
                error: "token_invalid", message: "审核人令牌无效或已吊销",
                messageEn: "The reviewer token is unknown or revoked.")
        case .forbidden(let message, let messageEn):
            APIErrorBody(error: "forbidden", message: message, messageEn: messageEn)
        }
    }
}
