import Foundation

/// What the numbers were measured on, printed with every benchmark.
enum Machine {
    /// `uname -m`, e.g. `x86_64` or `aarch64`.
    static var architecture: String {
        var info = utsname()
        guard uname(&info) == 0 else { return "unknown" }
        return withUnsafeBytes(of: &info.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    static var summary: String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        #if DEBUG
            let build = "debug build (use -c release for real numbers)"
        #else
            let build = "release build"
        #endif
        return "machine: \(architecture), \(cores) cores, \(build)"
    }

    /// Median of `samples` in milliseconds.
    static func medianMilliseconds(_ samples: [Duration]) -> Double {
        let sorted = samples.sorted()
        let middle = sorted[sorted.count / 2]
        return Double(middle.components.seconds) * 1e3 + Double(middle.components.attoseconds) / 1e15
    }
}
