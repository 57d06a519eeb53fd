import Foundation
import Shared

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Talks to the Zicha server: signs requests with the filer's key and retries what can be retried.
struct APIClient: Sendable {
    struct Response: Sendable {
        var status: Int
        var body: Data
    }

    var baseURL: URL
    var retry: RetryPolicy

    init(baseURL: URL, retry: RetryPolicy) {
        self.baseURL = baseURL
        self.retry = retry
    }

    /// Sends the upload exactly as signed: the same bytes and headers on every attempt, so that a
    /// retry of a request the server already stored is a replay and creates nothing. Uploads get
    /// the long retry: a filing in flight is worth waiting for.
    func upload(_ bytes: Data, signature: DetachedSignature) async throws(CLIFailure) -> Response {
        let fields = signature.uploadFields
        return try await send(
            method: "POST", path: fields.path, headers: fields.headers(signature: signature.signature), body: bytes,
            retry: retry)
    }

    /// A GET signed with `key` over an empty body, base version 0; `round` is `*` when the path
    /// is not scoped to a round. Reads retry once, quickly (`RetryPolicy.forReads`): the clerk is
    /// waiting, and running the command again is free.
    func get(_ path: String, round: String, key: FilerKey) async throws(CLIFailure) -> Response {
        let fields = SigningScheme.Fields(
            method: "GET", path: path, filer: key.filer, round: round, keyID: key.keyID,
            signedAt: SigningScheme.timestamp(Date()), baseVersion: 0, contentSHA256: Hex.encode(Crypto.sha256(Data())))
        return try await send(
            method: "GET", path: path, headers: fields.headers(signature: key.sign(fields)), body: nil, retry: retry.forReads)
    }

    /// A signed GET whose 2xx body decodes as `T`; any other answer becomes a refusal.
    func getJSON<T: Decodable>(_ type: T.Type, _ path: String, round: String, key: FilerKey) async throws(CLIFailure) -> T {
        let response = try await get(path, round: round, key: key)
        guard (200..<300).contains(response.status) else {
            throw Refusal.failure(for: response, context: Refusal.Context(key: key, filer: key.filer, round: round))
        }
        do {
            return try ReportCoding.decoder().decode(T.self, from: response.body)
        } catch {
            throw CLIFailure(
                .refused, "服务器的回答无法解读（\(path)）。", "The server's answer to \(path) could not be understood.")
        }
    }

    /// Sends one request, retrying network errors and 5xx within `retry` (`APIClient+Attachments` too).
    func send(
        method: String, path: String, headers: [(name: String, value: String)], body: Data?, retry: RetryPolicy,
        contentType: String = "application/json"
    ) async throws(CLIFailure) -> Response {
        var request = URLRequest(url: url(for: path))
        request.httpMethod = method
        for header in headers { request.setValue(header.value, forHTTPHeaderField: header.name) }
        if let body {
            request.httpBody = body
            request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        }
        var attempt = 0
        // Attempts that time out spend the retry budget as waits do.
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double {
            let duration = clock.now - start
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        while true {
            request.timeoutInterval = retry.timeout(attempt: attempt + 1, elapsed: elapsed())
            let outcome: Result<Response, any Error>
            do {
                let (data, response) = try await URLSession.shared.data(for: request)
                outcome = .success(Response(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: data))
            } catch {
                outcome = .failure(error)
            }
            if case .success(let response) = outcome, response.status < 500 {
                return response
            }
            if case .failure(let error) = outcome, let failure = ConnectionProblem(error).tlsFailure(baseURL: baseURL) {
                throw failure
            }
            attempt += 1
            guard let delay = retry.delay(beforeRetry: attempt, waited: elapsed()) else {
                throw unreachable(outcome, attempts: attempt)
            }
            Console.error(
                "服务器暂时不可用（\(describe(outcome))），\(format(delay)) 秒后第 \(attempt) 次重试…"
                    + " / Server unavailable (\(describe(outcome))), retry \(attempt) in \(format(delay)) s…")
            try? await Task.sleep(for: .milliseconds(Int(delay * 1000)))
        }
    }

    private func url(for path: String) -> URL {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return URL(string: base + path)!
    }

    private func describe(_ outcome: Result<Response, any Error>) -> String {
        switch outcome {
        case .success(let response): "HTTP \(response.status)"
        case .failure(let error): ConnectionProblem(error).summary
        }
    }

    private func format(_ seconds: Double) -> String {
        String(format: "%.1f", seconds)
    }

    private func unreachable(_ outcome: Result<Response, any Error>, attempts: Int) -> CLIFailure {
        var failure = CLIFailure(
            .unreachable,
            "尝试 \(attempts) 次后仍无法连接服务器 \(baseURL.absoluteString)（\(describe(outcome))）。请核对服务器地址和端口、检查网络，或稍后再试；重试不会产生重复版本。",
            "Could not reach the server \(baseURL.absoluteString) after \(attempts) attempts (\(describe(outcome))). Check the address and port and the network, or try again later; retrying never creates a duplicate version."
        )
        if case .success(let response) = outcome,
            let body = try? ReportCoding.decoder().decode(APIErrorBody.self, from: response.body)
        {
            failure.details = ["服务器：\(body.message)", "Server: \(body.messageEn)"]
        }
        return failure
    }
}
