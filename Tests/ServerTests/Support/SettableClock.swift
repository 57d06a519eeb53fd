import Foundation
import Server

/// A server clock the test sets by hand.
final class SettableClock: ServerClock, @unchecked Sendable {
    // Guarded by `lock`.
    private var current: Date
    private let lock = NSLock()

    init(_ stamp: String) {
        current = ChinaTime.parse(stamp)!
    }

    func now() -> Date { lock.withLock { current } }

    func set(_ stamp: String) {
        let date = ChinaTime.parse(stamp)!
        lock.withLock { current = date }
    }
}
