/// Bounded exponential backoff for network errors and 5xx answers.
struct RetryPolicy: Sendable {
    /// Retries after the first attempt.
    var retries: Int
    /// Upper bound of the sum of all waits, in seconds.
    var maxTotalWait: Double

    /// 0.5 + 1 + 2 + 4 + 8 + 16 s: about half a minute of waiting, well under a minute in all.
    static let standard = RetryPolicy(retries: 6, maxTotalWait: 45)

    /// The wait before retry number `retry` (1-based) after `waited` seconds already spent
    /// waiting, or `nil` when no retry is left.
    func delay(beforeRetry retry: Int, waited: Double) -> Double? {
        guard retry <= retries else { return nil }
        let remaining = maxTotalWait - waited
        guard remaining > 0 || maxTotalWait == 0 else { return nil }
        let wanted = min(0.5 * Double(1 << min(retry - 1, 10)), 16)
        return max(0, min(wanted, remaining))
    }
}
