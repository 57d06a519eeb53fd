import ArgumentParser
import Foundation

/// Where the server is and how hard to try reaching it (`--server` or `ZICHA_SERVER`).
struct ServerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("服务器地址 / Server URL (default: $ZICHA_SERVER).", valueName: "url"))
    var server: String?

    @Option(help: "网络错误或 5xx 时最多重试几次 / How many times to retry on network errors and 5xx.")
    var retries: Int = RetryPolicy.standard.retries

    @Option(name: .customLong("max-wait"), help: "重试总等待上限（秒）/ Upper bound of the total wait between retries, in seconds.")
    var maxWait: Double = RetryPolicy.standard.maxTotalWait

    func validate() throws {
        guard retries >= 0 else { throw ValidationError("--retries must be 0 or more.") }
        guard maxWait >= 0 else { throw ValidationError("--max-wait must be 0 or more.") }
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
            url.host != nil
        else {
            throw CLIFailure(
                .usage, "服务器地址“\(text)”不是 http(s) 网址。", "Server address “\(text)” is not an http(s) URL.")
        }
        return url
    }
}
