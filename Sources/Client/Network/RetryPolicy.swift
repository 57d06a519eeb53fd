/// Bounded exponential backoff for network errors and 5xx answers: long for uploads, short for
/// reads (`forReads`).
struct RetryPolicy: Sendable {
    /// Retries after the first attempt.
    var retries: Int
    /// Upper bound, in seconds, of the time from the first attempt to the last retry: waits and
    /// attempts together, so that a server that accepts and never answers is given up on about
    /// as soon as one that refuses connections.
    var maxTotalWait: Double
    /// Whether reads use `quickRead` rather than this policy: true unless the clerk chose the
    /// retries (`--retries`, `--max-wait`), which then hold for every request.
    var quickReads = true

    /// Longest wait for an answer in one attempt.
    static let attemptTimeout = 30.0
    /// A retry is still given this long, however little budget is left, so that a slow link
    /// can answer at all.
    static let minimumRetryTimeout = 5.0

    /// 0.5 + 1 + 2 + 4 + 8 + 16 s: about half a minute of waiting; when attempts time out, no
    /// retry starts after 45 s and none runs past 50 s, so under a minute in all.
    static let standard = RetryPolicy(retries: 6, maxTotalWait: 45)

    /// For reads (status, versions, diff, sign's base lookup): one retry after 0.5 s, none
    /// begun after 3 s. A wrong port or a stopped server is said within a second, not after
    /// half a minute; the clerk waits at the terminal and can simply run the command again.
    static let quickRead = RetryPolicy(retries: 1, maxTotalWait: 3, quickReads: false)

    /// The policy for a read under this one.
    var forReads: RetryPolicy { quickReads ? .quickRead : self }

    /// The timeout of attempt number `attempt` (1-based) begun `elapsed` seconds after the
    /// first began: the full timeout for the first, then no more than the budget left.
    func timeout(attempt: Int, elapsed: Double) -> Double {
        guard attempt > 1 else { return Self.attemptTimeout }
        return min(Self.attemptTimeout, max(Self.minimumRetryTimeout, maxTotalWait - elapsed))
    }

    /// The wait before retry number `retry` (1-based) when `waited` seconds have passed since
    /// the first attempt began, or `nil` when no retry is left.
    func delay(beforeRetry retry: Int, waited: Double) -> Double? {
        guard retry <= retries else { return nil }
        let remaining = maxTotalWait - waited
        guard remaining > 0 || maxTotalWait == 0 else { return nil }
        let wanted = min(0.5 * Double(1 << min(retry - 1, 10)), 16)
        return max(0, min(wanted, remaining))
    }
}
