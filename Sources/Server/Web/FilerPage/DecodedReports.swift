import Foundation
import Shared
import Synchronization

/// The last few reports the pages decoded, by round, filer and version. A stored version never
/// changes, and a reviewer reads one version in several requests (pages of a long report, the
/// problems-only view, the review form sent back): decoding a large report costs about a third
/// of its page, so it is done once. Bounded by count; the oldest entry goes first.
package final class DecodedReports: Sendable {
    private struct State {
        var reports: [String: SelfInspectionReport] = [:]
        var order: [String] = []
    }

    private let capacity: Int
    private let state = Mutex(State())

    package init(capacity: Int = 8) { self.capacity = capacity }

    /// The decoded report of `round`/`filer`/`version`, decoding `bytes` when it is not kept.
    func report(round: String, filer: String, version: Int, bytes: Data) throws -> SelfInspectionReport {
        let key = "\(round)/\(filer)/\(version)"
        if let kept = state.withLock({ $0.reports[key] }) { return kept }
        let decoded = try ReportDecoder.decode(bytes)
        state.withLock { state in
            if state.reports.updateValue(decoded, forKey: key) == nil { state.order.append(key) }
            while state.order.count > capacity { state.reports.removeValue(forKey: state.order.removeFirst()) }
        }
        return decoded
    }
}
