import Foundation

/// Runs blocking work (sockets, subprocesses, polling a file) on its own thread. The cooperative
/// pool has as many threads as cores — two on CI — and a test blocking them would starve the
/// live servers.
package func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}

/// A failure of the test harness itself, with a message that says what to do.
package struct HarnessError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}
