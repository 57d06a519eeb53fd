/// Bounded exponential backoff for network errors and 5xx answers.
struct RetryPolicy: Sendable {
    /// Retries after the first attempt.
    var retries: Int
    /// Upper bound, in seconds, of the time from the first attempt to the last retry: waits and
    /// attempts together, so that a server that accepts and never answers is given up on about
    /// as soon as one that refuses connections.
    var maxTotalWait: Double

    /// Longest wait for an answer in one attempt.
    static let attemptTimeout = 30.0
    /// A retry is still given this long, however little budget is left, so that a slow link
    /// can answer at all.
    static let minimumRetryTimeout = 5.0

    /// 0.5 + 1 + 2 + 4 + 8 + 16 s: about half a minute of waiting; when attempts time out, no
    /// retry starts after 45 s and none runs past 50 s, so under a minute in all.
    static let standard = RetryPolicy(retries: 6, maxTotalWait: 45)

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
