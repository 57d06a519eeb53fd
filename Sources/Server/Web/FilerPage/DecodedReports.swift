import Foundation
import Shared
import Synchronization

/// The outlines of the last reports the pages read, by round, filer and version. A stored
/// version never changes, and a reviewer reads one version in several requests (pages of a
/// long report, the problems-only view, the review form sent back): reading a report's outline
/// costs a decoding of all of it, so it is done once, and each later page decodes only its own
/// items. Bounded by count and by the size of the reports kept (an outline holds a fraction of
/// its report: the header, the platforms and each item's name); the oldest entry goes first.
package final class DecodedReports: Sendable {
    private struct State {
        var outlines: [String: ReportOutline] = [:]
        var order: [String] = []
        var bytes = 0
    }

    private let capacity: Int
    private let maxBytes: Int
    private let state = Mutex(State())

    /// At most `capacity` outlines of reports of at most `maxBytes` of JSON together.
    package init(capacity: Int = 8, maxBytes: Int = 64 << 20) {
        self.capacity = capacity
        self.maxBytes = maxBytes
    }

    /// The outline of `round`/`filer`/`version` when it is kept.
    func kept(round: String, filer: String, version: Int) -> ReportOutline? {
        state.withLock { $0.outlines[Self.key(round, filer, version)] }
    }

    /// Keeps `outline` of `round`/`filer`/`version`, unless its report is larger than all kept
    /// reports may be together.
    func keep(_ outline: ReportOutline, round: String, filer: String, version: Int) {
        let key = Self.key(round, filer, version)
        guard outline.size <= maxBytes else { return }
        state.withLock { state in
            guard state.outlines[key] == nil else { return }
            state.outlines[key] = outline
            state.order.append(key)
            state.bytes += outline.size
            while state.order.count > capacity || state.bytes > maxBytes {
                let oldest = state.order.removeFirst()
                state.bytes -= state.outlines.removeValue(forKey: oldest)?.size ?? 0
            }
        }
    }

    private static func key(_ round: String, _ filer: String, _ version: Int) -> String { "\(round)/\(filer)/\(version)" }
}
