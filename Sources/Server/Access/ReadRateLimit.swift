import Foundation
import HTTPTypes
import Hummingbird
import Shared

/// The reads that cost the server most per request: a version's bytes, a diff of two versions,
/// a version's archive. A filer (signed) may make `burst` of them at once, then one every
/// `1 / perSecond` seconds; beyond that 429 `rate_limited` with `Retry-After`, so that one
/// office's script cannot keep the server busy. Reviewers are not limited here.
package actor ReadRateLimit {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    private let burst: Double
    private let perSecond: Double
    private var buckets: [String: Bucket] = [:]

    package init(burst: Int = 30, perSecond: Double = 1) {
        self.burst = Double(burst)
        self.perSecond = perSecond
    }

    /// Takes one read from `filer`'s budget: nil when allowed, else the whole seconds to wait.
    package func take(_ filer: String, now: ContinuousClock.Instant = .now) -> Int? {
        var bucket = buckets[filer] ?? Bucket(tokens: burst, updated: now)
        let elapsed =
            Double((now - bucket.updated).components.seconds) + Double((now - bucket.updated).components.attoseconds) / 1e18
        bucket.tokens = min(burst, bucket.tokens + elapsed * perSecond)
        bucket.updated = now
        defer { buckets[filer] = bucket }
        guard bucket.tokens >= 1 else { return max(1, Int(((1 - bucket.tokens) / perSecond).rounded(.up))) }
        bucket.tokens -= 1
        return nil
    }

    /// Whether a GET of `path` is one of the expensive reads.
    package static func isExpensive(_ path: String) -> Bool {
        path.hasSuffix("/report") || path.hasSuffix("/diff") || path.hasSuffix("/bundle.zip")
    }
}

/// Applies `ReadRateLimit` to filers' expensive reads, after `AuthMiddleware` named the filer.
struct ReadRateLimitMiddleware: RouterMiddleware {
    typealias Context = ZichaRequestContext
    let limit: ReadRateLimit

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method == .get, ReadRateLimit.isExpensive(request.uri.path), case .filer(let signed)? = context.principal
        else { return try await next(request, context) }
        if let wait = await limit.take(signed.filer) { throw RateLimited(retryAfter: wait) }
        return try await next(request, context)
    }
}

/// 429 with the seconds to wait in `Retry-After` and in the message.
struct RateLimited: APIError {
    var retryAfter: Int
    var status: HTTPResponse.Status { .tooManyRequests }
    var body: APIErrorBody {
        APIErrorBody(
            error: "rate_limited", message: "读取过于频繁，请 \(retryAfter) 秒后再试",
            messageEn: "Too many reads of reports and diffs; retry in \(retryAfter) s.")
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = JSONResponse.make(body, status: status)
        response.headers[.retryAfter] = String(retryAfter)
        return response
    }
}
