import Foundation

/// The options the benchmarks take (`--runs 5`, `--items 2000`): whole numbers after their name.
enum BenchArguments {
    /// The number after `option` in `arguments`, or `fallback` when it is absent or not a number.
    static func integer(_ option: String, in arguments: [String], default fallback: Int) -> Int {
        guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return fallback }
        return Int(arguments[index + 1]) ?? fallback
    }

    /// Runs a benchmark's `measure`; a failure is printed after the benchmark's `name` and ends the
    /// process with status 1, so that a script running the benchmarks sees which one failed.
    static func measuring(_ name: String, _ measure: () throws -> Void) {
        do {
            try measure()
        } catch {
            print("\(name): failed: \(error)")
            exit(1)
        }
    }
}
