import Foundation
import Shared
import Synchronization

/// The last few reports the pages decoded, by round, filer and version. A stored version never
/// changes, and a reviewer reads one version in several requests (pages of a long report, the
/// problems-only view, the review form sent back): decoding a large report costs about a third
/// of its page, so it is done once. Bounded by count and by the size of the reports kept (a
/// decoded report takes several times its bytes); the oldest entry goes first.
package final class DecodedReports: Sendable {
    private struct State {
        var reports: [String: (report: SelfInspectionReport, bytes: Int)] = [:]
        var order: [String] = []
        var bytes = 0
    }

    private let capacity: Int
    private let maxBytes: Int
    private let state = Mutex(State())

    /// At most `capacity` reports of at most `maxBytes` of JSON together; a larger report is
    /// decoded each time, not kept.
    package init(capacity: Int = 8, maxBytes: Int = 8 << 20) {
        self.capacity = capacity
        self.maxBytes = maxBytes
    }

    /// The decoded report of `round`/`filer`/`version`, decoding `bytes` when it is not kept.
    func report(round: String, filer: String, version: Int, bytes: Data) throws -> SelfInspectionReport {
        let key = "\(round)/\(filer)/\(version)"
        if let kept = state.withLock({ $0.reports[key]?.report }) { return kept }
        // Stored bytes passed ReportDecoder's checks (UTF-8, structure) at upload and never change:
        // only the decoder runs again.
        let decoded = try ReportCoding.decoder().decode(SelfInspectionReport.self, from: bytes)
        guard bytes.count <= maxBytes else { return decoded }
        state.withLock { state in
            guard state.reports[key] == nil else { return }
            state.reports[key] = (decoded, bytes.count)
            state.order.append(key)
            state.bytes += bytes.count
            while state.order.count > capacity || state.bytes > maxBytes {
                let oldest = state.order.removeFirst()
                state.bytes -= state.reports.removeValue(forKey: oldest)?.bytes ?? 0
            }
        }
        return decoded
    }
}
