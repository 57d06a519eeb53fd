import Foundation

/// Runs blocking work (sockets, subprocesses) on its own thread. The cooperative pool has as
/// many threads as cores — two on CI — and a test blocking them would starve the live servers.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}
