import ArgumentParser
import Foundation

/// Where the server is and how hard to try reaching it (`--server` or `ZICHA_SERVER`).
struct ServerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("服务器地址 / Server URL (default: $ZICHA_SERVER).", valueName: "url"))
    var server: String?

    @Option(
        help: """
            网络错误或 5xx 时最多重试几次（默认：上传 6 次，查询 1 次）/ How many times to retry on network errors and 5xx \
            (default: 6 for uploads, 1 for reads).
            """)
    var retries: Int?

    @Option(
        name: .customLong("max-wait"),
        help: """
            重试总时长上限（秒，从首次尝试算起；默认：上传 45，查询 3）/ Upper bound of the time spent retrying, in seconds \
            from the first attempt (default: 45 for uploads, 3 for reads).
            """)
    var maxWait: Double?

    func validate() throws {
        if let retries, retries < 0 { throw ValidationError("--retries 不能为负数 / --retries must be 0 or more.") }
        if let maxWait, maxWait < 0 { throw ValidationError("--max-wait 不能为负数 / --max-wait must be 0 or more.") }
    }

    /// The standard policy, or the clerk's: given either option, it holds for reads too.
    var retryPolicy: RetryPolicy {
        RetryPolicy(
            retries: retries ?? RetryPolicy.standard.retries, maxTotalWait: maxWait ?? RetryPolicy.standard.maxTotalWait,
            quickReads: retries == nil && maxWait == nil)
    }

    /// A client for the server these options name, retrying as they say.
    func client() throws(CLIFailure) -> APIClient {
        APIClient(baseURL: try baseURL(), retry: retryPolicy)
    }

    /// The server address given by `--server` or `ZICHA_SERVER`, if any.
    var address: String? { EnvironmentFallback.value(server, orVariable: "ZICHA_SERVER") }

    /// The server's base URL, from `--server` or `ZICHA_SERVER`.
    func baseURL() throws(CLIFailure) -> URL {
        guard let text = address else {
            throw CLIFailure(
                .usage, "未指定服务器：请用 --server URL 或设置环境变量 ZICHA_SERVER。",
                "No server given: use --server URL or set ZICHA_SERVER.")
        }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else {
            // "127.0.0.1:8080" parses with "127.0.0.1" as its scheme: name the usual slip and its fix.
            let source = server == nil ? "（来自环境变量 ZICHA_SERVER）" : ""
            let sourceEn = server == nil ? " (from ZICHA_SERVER)" : ""
            let guess = text.contains("://") ? "https://zicha.example.gov.cn" : "https://\(text)"
            throw CLIFailure(
                .usage, "服务器地址“\(text)”\(source)不是以 http:// 或 https:// 开头的完整网址，例如 \(guess)。",
                "The server address “\(text)”\(sourceEn) is not a full URL starting with http:// or https://, e.g. \(guess).")
        }
        try Self.requireNoPath(url, text: text, fromEnvironment: server == nil)
        return url
    }

    /// The server's address is scheme, host and port only: the client adds `/v1/…` itself, so
    /// an address copied from the browser (`…/web/`) would send every request to the wrong place.
    private static func requireNoPath(_ url: URL, text: String, fromEnvironment: Bool) throws(CLIFailure) {
        let bareAlready = (url.path.isEmpty || url.path == "/") && url.query == nil && url.fragment == nil && url.user == nil
        guard !bareAlready else { return }
        var bare = URLComponents()
        bare.scheme = url.scheme
        bare.host = url.host
        bare.port = url.port
        let suggestion = bare.string ?? "https://zicha.example.gov.cn"
        let source = fromEnvironment ? "（来自环境变量 ZICHA_SERVER）" : ""
        let sourceEn = fromEnvironment ? " (from ZICHA_SERVER)" : ""
        throw CLIFailure(
            .usage,
            "服务器地址“\(text)”\(source)不应含路径、查询或用户名：只写协议、主机和端口，形如 https://host[:port]，这里应为 \(suggestion)。",
            "The server address “\(text)”\(sourceEn) must not hold a path, query or user name: give scheme, host and port only, in the form https://host[:port]; here \(suggestion)."
        )
    }
}
