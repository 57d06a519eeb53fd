import Foundation

/// Runs prepared requests from `clients` threads, each on its own keep-alive connection, and
/// measures every request's latency and the wall-clock rate of the whole run.
enum LoadDriver {
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [(String, String)]
        var body: [UInt8]
    }

    struct Result {
        var requests: Int
        var seconds: Double
        var latencies: [Double]  // milliseconds, sorted
        var statuses: [Int: Int]

        var rate: Double { Double(requests) / seconds }
        func percentile(_ p: Double) -> Double {
            latencies.isEmpty ? .nan : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
        }
        var summary: String {
            String(
                format: "%7.0f req/s   p50 %7.2f ms   p99 %7.2f ms   (%d requests in %.2f s; statuses %@)", rate, percentile(0.5),
                percentile(0.99), requests, seconds,
                statuses.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " "))
        }
    }

    /// Collected from the client threads.
    private final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var latencies: [Double] = []
        private var statuses: [Int: Int] = [:]
        private var failures: [String] = []

        func add(_ samples: [Double], _ counts: [Int: Int]) {
            lock.withLock {
                latencies += samples
                statuses.merge(counts, uniquingKeysWith: +)
            }
        }
        func fail(_ text: String) { lock.withLock { failures.append(text) } }
        var snapshot: ([Double], [Int: Int], [String]) { lock.withLock { (latencies, statuses, failures) } }
    }

    /// `work[c]` is the sequence of requests client `c` sends, one after the other.
    static func run(port: Int, work: [[Request]]) throws -> Result {
        let collector = Collector()
        let group = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for requests in work {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                do {
                    let connection = try HTTPConnection(port: port)
                    var samples: [Double] = []
                    var counts: [Int: Int] = [:]
                    samples.reserveCapacity(requests.count)
                    start.wait()
                    for request in requests {
                        let begin = DispatchTime.now().uptimeNanoseconds
                        let answer = try connection.request(
                            request.method, request.path, headers: request.headers, body: request.body)
                        samples.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
                        counts[answer.status, default: 0] += 1
                    }
                    collector.add(samples, counts)
                } catch {
                    collector.fail("\(error)")
                }
            }
        }
        // Every connection is open before the clock starts.
        Thread.sleep(forTimeInterval: 0.2)
        let begin = DispatchTime.now().uptimeNanoseconds
        for _ in work { start.signal() }
        group.wait()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
        let (latencies, statuses, failures) = collector.snapshot
        if let failure = failures.first { throw HTTPConnection.Failure(description: "a client failed: \(failure)") }
        return Result(requests: latencies.count, seconds: seconds, latencies: latencies.sorted(), statuses: statuses)
    }
}
