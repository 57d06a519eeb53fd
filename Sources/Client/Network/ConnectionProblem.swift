import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Why a request got no HTTP answer, in words a clerk can act on.
enum ConnectionProblem: Equatable {
    case refused
    case timedOut
    case hostNotFound
    case lost
    case offline
    /// `https://` to a server that speaks plain HTTP: the TLS handshake read an HTTP answer.
    case plainHTTP
    /// The server's certificate was not accepted (self-signed, expired, another host's…).
    case certificate(String)
    /// Any other TLS failure.
    case tls(String)
    case other(String)

    init(_ error: any Error) {
        guard let error = error as? URLError else {
            self = .other(String(describing: type(of: error)))
            return
        }
        let text = error.localizedDescription
        switch error.code {
        case .cannotConnectToHost: self = .refused
        case .timedOut: self = .timedOut
        case .cannotFindHost, .dnsLookupFailed: self = .hostNotFound
        case .networkConnectionLost: self = .lost
        case .notConnectedToInternet: self = .offline
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
            .serverCertificateNotYetValid:
            self = .certificate(text)
        case .secureConnectionFailed: self = Self.tls(text) ?? .tls(text)
        default:
            // On Linux, FoundationNetworking reports every TLS failure as code -1 with curl's
            // (OpenSSL's) text, so the text is all there is to tell them apart.
            self = Self.tls(text) ?? .other("URLError \(error.code.rawValue): \(text)")
        }
    }

    /// The TLS problem `text` describes, or `nil` when it is not about TLS.
    private static func tls(_ text: String) -> ConnectionProblem? {
        let lower = text.lowercased()
        // OpenSSL's words for a handshake that read plain HTTP instead of a TLS record.
        let plain = ["wrong version number", "packet length too long", "http request", "record layer failure"]
        if plain.contains(where: lower.contains) { return .plainHTTP }
        if lower.contains("certificate") { return .certificate(text) }
        if lower.contains("ssl") || lower.contains("tls") { return .tls(text) }
        return nil
    }

    /// Whether another attempt could go differently: a TLS failure is the same every time.
    var isWorthRetrying: Bool {
        switch self {
        case .plainHTTP, .certificate, .tls: false
        default: true
        }
    }

    /// A short bilingual name, for the retry lines and the final message.
    var summary: String {
        switch self {
        case .refused: "连接被拒绝 connection refused"
        case .timedOut: "超时 timed out"
        case .hostNotFound: "找不到主机 host not found"
        case .lost: "连接中断 connection lost"
        case .offline: "没有网络 no network"
        case .plainHTTP: "对方不使用 HTTPS the server does not speak HTTPS"
        case .certificate: "证书未通过验证 certificate not accepted"
        case .tls: "TLS 握手失败 TLS handshake failed"
        case .other(let text): text
        }
    }

    /// The message for a TLS failure with `baseURL`, or `nil` for the problems retries are about.
    func tlsFailure(baseURL: URL) -> CLIFailure? {
        let address = baseURL.absoluteString
        switch self {
        case .plainHTTP:
            var plain = URLComponents(url: baseURL, resolvingAgainstBaseURL: false)
            plain?.scheme = "http"
            let suggestion = plain?.string ?? "http://…"
            return CLIFailure(
                .unreachable,
                "服务器 \(address) 不使用 HTTPS：TLS 握手收到的是普通 HTTP 的回答。若管理员给的就是 HTTP 地址，请改用 \(suggestion)；否则请向管理员确认地址和端口。",
                "The server at \(address) does not speak HTTPS: the TLS handshake got a plain-HTTP answer. If the administrator gave an HTTP address, use \(suggestion); otherwise ask the administrator for the right address and port."
            )
        case .certificate(let detail):
            return CLIFailure(
                .unreachable,
                "服务器 \(address) 的证书未通过验证（可能是自签名、已过期或不属于该主机名）。请向管理员确认地址与证书，不要设法绕过证书检查。",
                "The certificate of the server at \(address) was not accepted (self-signed, expired or issued for another host name). Ask the administrator to check the address and the certificate; do not work around the check.",
                details: ["TLS: \(detail)"])
        case .tls(let detail):
            return CLIFailure(
                .unreachable,
                "与服务器 \(address) 建立 HTTPS 连接失败（TLS 握手失败）。请确认地址、端口和协议（http:// 或 https://）是否正确。",
                "Could not set up an HTTPS connection with the server at \(address) (TLS handshake failed). Check the address, the port and the scheme (http:// or https://).",
                details: ["TLS: \(detail)"])
        default:
            return nil
        }
    }
}
