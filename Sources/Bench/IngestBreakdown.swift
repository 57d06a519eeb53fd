import Foundation
import Shared

/// Where the server's CPU goes for one upload of the typical report, stage by stage in this
/// process (medians): what the HTTP run's cost is made of, beside the floor.
enum IngestBreakdown {
    /// `zicha-bench stages`: the breakdown alone, without a server, for profiling one stage.
    static func run(_ arguments: [String]) {
        BenchArguments.measuring("stages") {
            let filer = "110000"
            let body = ReportDecoder.encode(TypicalReport.make(filer: filer, name: "北京市"))
            print("stages: typical report of \(body.count) bytes (2 platforms, 50 service items)")
            // The measured bytes, for trying another decoder or tool on the same input.
            if let index = arguments.firstIndex(of: "--write"), index + 1 < arguments.count {
                try body.write(to: URL(fileURLWithPath: arguments[index + 1]))
            }
            try printStages(body: body, filer: filer, runs: BenchArguments.integer("--runs", in: arguments, default: 50))
        }
    }

    /// Measures and prints the stages, a line each.
    static func printStages(body: Data, filer: String, runs: Int = 50) throws {
        for (stage, ms) in try measure(body: body, filer: filer, runs: runs) {
            print(String(format: "  in process, %@: median %.3f ms", stage, ms))
        }
    }

    static func measure(body: Data, filer: String, runs: Int = 50) throws -> [(stage: String, ms: Double)] {
        let clock = ContinuousClock()
        var report: SelfInspectionReport?
        func median(_ work: () throws -> Void) rethrows -> Double {
            var samples: [Duration] = []
            for _ in 0..<runs { samples.append(try clock.measure(work)) }
            return Machine.medianMilliseconds(samples)
        }
        let sha = median { _ = Crypto.sha256(body) }
        let bytes = [UInt8](body)
        let tape = median { _ = JSONTape(bytes) }
        let decode = try median { report = try ReportDecoder.decode(body) }
        let slowPath = try median { _ = try JSONDecoder().decode(SelfInspectionReport.self, from: body) }
        guard let report else { return [] }
        let context = ValidationContext(roundID: report.round, deadline: Day("2017-12-31"), roster: [filer], signingFiler: filer)
        let validation = median { _ = validate(report, context: context) }
        let counts = median { _ = ShareCounts(report: report) }
        let unknownKeys = median { _ = UnknownKeys.issues(in: body) }
        return [
            ("SHA-256 of the body", sha), ("tape (one strict pass: syntax, nesting, duplicate keys, integers)", tape),
            ("decode (UTF-8 check + tape + decoding from it)", decode),
            ("JSONDecoder alone (the slow path, for what the tape gives up on)", slowPath),
            ("validation (without unknown keys)", validation),
            ("unknown keys (one pass over the bytes, places learned once)", unknownKeys), ("share counts", counts),
        ]
    }
}
