// zicha-bench: benchmarks, one per file, chosen by the first argument.
import Foundation

let benchmarks: [(name: String, summary: String, run: ([String]) -> Void)] = [
    ("validate", "validate a generated report of 1,000 service items", ValidationBenchmark.run),
]

let arguments = Array(CommandLine.arguments.dropFirst())
let name = arguments.first ?? "validate"
if let benchmark = benchmarks.first(where: { $0.name == name }) {
    benchmark.run(Array(arguments.dropFirst()))
} else {
    print("usage: zicha-bench [BENCHMARK] [OPTIONS]\n")
    for benchmark in benchmarks { print("  \(benchmark.name)\t\(benchmark.summary)") }
    exit(name == "help" || name == "--help" ? 0 : 2)
}
