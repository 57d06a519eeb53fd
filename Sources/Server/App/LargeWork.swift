/// Work on a large report (decoding and checking an upload of a megabyte or more, decoding one
/// for a page) is admitted while the bytes in such work stay within a budget, so that parallel
/// large requests cannot add up: each costs many times its size for a moment, and eight 15 MB
/// uploads at once took 412 MB. With the default 32 MiB two reports at the upload limit are
/// worked on at a time and the rest wait their turn, first come first served. Smaller work never
/// waits, and it marks the work for `HeapRelease`.
package enum LargeWork {
    /// The bytes of large work under way at once.
    package static let gate = ByteBudget(32 << 20)

    /// Runs `work` on a report of `bytes` once admitted.
    package static func admitted<T: Sendable>(_ bytes: Int, _ work: () async throws -> T) async throws -> T {
        HeapRelease.note(bytes)
        guard bytes >= HeapRelease.threshold else { return try await work() }
        let share = await gate.acquire(bytes)
        do {
            let result = try await work()
            await gate.release(share)
            return result
        } catch {
            await gate.release(share)
            throw error
        }
    }
}

/// A budget of bytes shared by waiting tasks in arrival order.
package actor ByteBudget {
    private let budget: Int
    private var inUse = 0
    private var waiting: [(bytes: Int, continuation: CheckedContinuation<Void, Never>)] = []

    package init(_ budget: Int) { self.budget = budget }

    /// Waits until `bytes` (at most the whole budget) fit; returns the share taken.
    package func acquire(_ bytes: Int) async -> Int {
        let share = min(bytes, budget)
        if waiting.isEmpty, inUse + share <= budget {
            inUse += share
            return share
        }
        await withCheckedContinuation { waiting.append((share, $0)) }
        return share
    }

    /// Gives back a share and admits the waiting work that now fits, in order.
    package func release(_ share: Int) {
        inUse -= share
        while let first = waiting.first, inUse + first.bytes <= budget {
            waiting.removeFirst()
            inUse += first.bytes
            first.continuation.resume()
        }
    }
}
