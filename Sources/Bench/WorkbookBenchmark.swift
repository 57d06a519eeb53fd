import Foundation
import Shared
import Workbook

/// Exports and imports the workbook of a province filing 10 platforms and 2,000 service items
/// (the goals: each under 2 s in release, peak memory under 300 MB).
enum WorkbookBenchmark {
    static func run(_ arguments: [String]) {
        let items = BenchArguments.integer("--items", in: arguments, default: 2_000)
        let runs = BenchArguments.integer("--runs", in: arguments, default: 5)
        let report = ValidationBenchmark.generateReport(items: items)
        let json = ReportDecoder.encode(report)
        print("workbook: \(report.platforms.count) platforms, \(items) service items, report JSON \(json.count / 1024) KiB")

        resetPeak()
        var data = Data()
        let export = measure(runs) { data = try Workbook.export(report) }
        let exportPeak = peakMegabytes()
        resetPeak()
        var imported: Workbook.Imported?
        let importing = measure(runs) { imported = try Workbook.import(data) }
        let importPeak = peakMegabytes()

        let identical = imported.map { ReportDecoder.encode($0.report) == json } ?? false
        print(
            String(
                format: "export: median %.0f ms over %d runs (min %.0f, max %.0f), workbook %d KiB", export.median, runs,
                export.min, export.max, data.count / 1024))
        print(
            String(
                format: "import: median %.0f ms over %d runs (min %.0f, max %.0f)", importing.median, runs, importing.min,
                importing.max))
        print(
            "peak memory (VmHWM): export \(exportPeak), import \(importPeak); round trip byte-identical: \(identical ? "yes" : "NO")"
        )
        print(Machine.summary)
        if !identical { exit(1) }
    }

    /// Median, minimum and maximum milliseconds of `runs` runs of `work`.
    private static func measure(_ runs: Int, _ work: () throws -> Void) -> (median: Double, min: Double, max: Double) {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for _ in 0..<max(1, runs) {
            let start = clock.now
            do {
                try work()
            } catch {
                print("failed: \(error)")
                exit(1)
            }
            samples.append(clock.now - start)
        }
        return (
            Machine.medianMilliseconds(samples), Machine.medianMilliseconds([samples.min()!]),
            Machine.medianMilliseconds([samples.max()!])
        )
    }

    /// Linux resets the peak resident set size (VmHWM) when "5" is written to clear_refs.
    private static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// The process's peak resident set size since the last reset, e.g. `84 MB`.
    private static func peakMegabytes() -> String {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        else {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return "\(usage.ru_maxrss / 1024) MB (whole run)"
        }
        return "\(kilobytes / 1024) MB"
    }

}
