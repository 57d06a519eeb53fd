import Foundation
import Shared

/// Where the server's CPU goes for one upload of the typical report, stage by stage in this
/// process (medians): what the HTTP run's cost is made of, beside the floor.
enum IngestBreakdown {
    static func measure(body: Data, filer: String, runs: Int = 50) throws -> [(stage: String, ms: Double)] {
        let clock = ContinuousClock()
        var report: SelfInspectionReport?
        func median(_ work: () throws -> Void) rethrows -> Double {
            var samples: [Duration] = []
            for _ in 0..<runs { samples.append(try clock.measure(work)) }
            return Machine.medianMilliseconds(samples)
        }
        let sha = median { _ = Crypto.sha256(body) }
        let guardScan = median { _ = JSONStructureGuard.firstViolation(in: body) }
        let decode = try median { report = try ReportDecoder.decode(body) }
        guard let report else { return [] }
        let context = ValidationContext(roundID: report.round, deadline: Day("2017-12-31"), roster: [filer], signingFiler: filer)
        let validation = median { _ = validate(report, context: context) }
        let counts = median { _ = ShareCounts(report: report) }
        let unknownKeys = median { _ = UnknownKeys.issues(in: body) }
        return [
            ("SHA-256 of the body", sha), ("structure scan (nesting, duplicate keys, integers)", guardScan),
            ("decode (UTF-8 check + scan + JSONDecoder)", decode), ("validation (without unknown keys)", validation),
            ("unknown keys (one pass over the bytes, places learned once)", unknownKeys), ("share counts", counts),
        ]
    }
}
