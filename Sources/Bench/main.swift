// zicha-bench: benchmarks, one per file, chosen by the first argument.
import Foundation

let benchmarks: [(name: String, summary: String, run: ([String]) -> Void)] = [
    ("validate", "validate a generated report of 1,000 service items", ValidationBenchmark.run),
    ("ingest", "signed uploads end to end with 1, 8, 64 clients; the floor; GET /healthz; peak memory", IngestBenchmark.run),
    ("stages", "one upload's server stages in process (medians of 50): where ingest's CPU goes [--runs N]", IngestBreakdown.run),
    ("queries", "roster query and national summary over 10,000 filers × 5 versions [--filers N] [--keep]", QueryBenchmark.run),
    ("pages", "the reviewer's filer page of a 2,000-item and a 16 MiB report; server memory [--runs N]", PagesBenchmark.run),
    ("attachments", "100 attachments of 1 MiB up (1 and 4 clients) and down; MiB/s [--count N]", AttachmentBenchmark.run),
    ("workbook", "export and import a workbook of 10 platforms, 2,000 items [--items N] [--runs N]", WorkbookBenchmark.run),
]

let arguments = Array(CommandLine.arguments.dropFirst())
let name = arguments.first ?? "all"
if name == "all" {
    // One run of everything, for the figures in the README.
    let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
        .first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces)
    print("zicha-bench, \(Machine.summary)\(cpu.map { ", \($0)" } ?? "")")
    for benchmark in benchmarks {
        print("== \(benchmark.name)")
        benchmark.run(Array(arguments.dropFirst()))
    }
} else if let benchmark = benchmarks.first(where: { $0.name == name }) {
    benchmark.run(Array(arguments.dropFirst()))
} else {
    print("usage: zicha-bench [BENCHMARK] [OPTIONS]\n")
    for benchmark in benchmarks { print("  \(benchmark.name)\t\(benchmark.summary)") }
    print("  all\tevery benchmark, one after the other")
    exit(name == "help" || name == "--help" ? 0 : 2)
}
