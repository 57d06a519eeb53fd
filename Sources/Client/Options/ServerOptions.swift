import ArgumentParser
import Foundation

/// Where the server is and how hard to try reaching it (`--server` or `ZICHA_SERVER`).
struct ServerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("服务器地址 / Server URL (default: $ZICHA_SERVER).", valueName: "url"))
    var server: String?

    @Option(help: "网络错误或 5xx 时最多重试几次 / How many times to retry on network errors and 5xx.")
    var retries: Int = RetryPolicy.standard.retries

    @Option(
        name: .customLong("max-wait"),
        help: "重试总时长上限（秒，从首次尝试算起）/ Upper bound of the time spent retrying, in seconds from the first attempt.")
    var maxWait: Double = RetryPolicy.standard.maxTotalWait

    func validate() throws {
        guard retries >= 0 else { throw ValidationError("--retries 不能为负数 / --retries must be 0 or more.") }
        guard maxWait >= 0 else { throw ValidationError("--max-wait 不能为负数 / --max-wait must be 0 or more.") }
    }

    var retryPolicy: RetryPolicy { RetryPolicy(retries: retries, maxTotalWait: maxWait) }

    /// The server's base URL, from `--server` or `ZICHA_SERVER`.
    func baseURL() throws(CLIFailure) -> URL {
        let text = server ?? ProcessInfo.processInfo.environment["ZICHA_SERVER"]
        guard let text, !text.isEmpty else {
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
        return url
    }
}
