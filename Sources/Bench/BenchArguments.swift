/// The options the benchmarks take (`--runs 5`, `--items 2000`): whole numbers after their name.
enum BenchArguments {
    /// The number after `option` in `arguments`, or `fallback` when it is absent or not a number.
    static func integer(_ option: String, in arguments: [String], default fallback: Int) -> Int {
        guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return fallback }
        return Int(arguments[index + 1]) ?? fallback
    }
}
