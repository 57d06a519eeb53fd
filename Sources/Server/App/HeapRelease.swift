import ServiceLifecycle
import Synchronization

/// glibc's `malloc_trim` (malloc.h, which the Glibc module leaves out): gives the free memory at
/// the top of each arena back to the system; returns 1 when some was released.
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32

/// Gives freed heap back to the system after a request worked on a large report.
///
/// Decoding a 16 MiB report, checking its keys and rendering its page take a few hundred MB for
/// a moment; glibc keeps freed memory in its arenas, so without this the server would stay at
/// its peak. `note` marks such work; the service trims the heap (`malloc_trim`) at most every
/// `interval`, off the request's path.
package struct HeapRelease: Service {
    /// Work on this many bytes of report or more is large.
    package static let threshold = 1 << 20
    private static let pending = Atomic<Bool>(false)

    let interval: Duration

    package init(interval: Duration = .seconds(1)) { self.interval = interval }

    /// Marks that a request worked on a report of `bytes`.
    package static func note(_ bytes: Int) {
        if bytes >= threshold { pending.store(true, ordering: .relaxed) }
    }

    /// Trims the heap when large work was noted since the last call.
    package static func releaseIfNoted() {
        if pending.exchange(false, ordering: .relaxed) { _ = mallocTrim(0) }
    }

    package func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            Self.releaseIfNoted()
        }
    }
}
