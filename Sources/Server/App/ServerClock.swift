import Foundation

/// Where the server gets "now": every receive time and deadline status comes from it, never
/// from the client. Injected so tests (and demos) can stand on either side of a deadline.
package protocol ServerClock: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The machine's clock.
package struct SystemClock: ServerClock {
    package init() {}
    package func now() -> Date { Date() }
}

/// A clock that starts at a chosen instant and then runs forward with real time
/// (`zicha-server serve --clock-start`), for demonstrations of the 2017 deadline.
package struct ShiftedClock: ServerClock {
    private let shift: TimeInterval

    package init(startingAt start: Date, realNow: Date = Date()) {
        shift = start.timeIntervalSince(realNow)
    }

    package func now() -> Date { Date().addingTimeInterval(shift) }
}
