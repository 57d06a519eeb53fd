import Server
import Testing

/// Large work shares a byte budget: what does not fit waits, in arrival order, and nothing is
/// admitted past the budget; small work never waits.
@Suite("Large work within a byte budget")
struct LargeWorkTests {
    @Test("a share that does not fit waits for a release; waiting work is admitted in order, never over the budget")
    func budget() async throws {
        let budget = ByteBudget(10)
        let first = await budget.acquire(6)
        let admitted = Admitted()
        let second = Task {
            let share = await budget.acquire(6)
            await admitted.append("second")
            return share
        }
        // Give the second time to queue; it cannot be admitted while 6 of 10 are taken.
        try await Task.sleep(for: .milliseconds(200))
        let third = Task {
            let share = await budget.acquire(3)
            await admitted.append("third")
            return share
        }
        try await Task.sleep(for: .milliseconds(200))
        #expect(await admitted.names.isEmpty, "the third fits, but waits behind the second: first come, first served")
        await budget.release(first)
        let shares = await (second.value, third.value)
        #expect(shares == (6, 3))
        #expect(await admitted.names.count == 2)
        // A share larger than the whole budget takes the whole budget, so it can run alone.
        await budget.release(6)
        await budget.release(3)
        #expect(await budget.acquire(100) == 10)
    }

    @Test("small work runs at once even while the budget is taken; large work's errors give its share back")
    func smallAndFailing() async throws {
        struct Refused: Error {}
        await #expect(throws: Refused.self) {
            try await LargeWork.admitted(LargeWorkTests.huge) { () async throws -> Int in throw Refused() }
        }
        // Had the failure kept its share, this would wait forever.
        let value = try await LargeWork.admitted(LargeWorkTests.huge) { 42 }
        #expect(value == 42)
        #expect(try await LargeWork.admitted(100) { "small" } == "small")
    }

    static let huge = 64 << 20

    /// The tasks admitted so far, by name.
    actor Admitted {
        var names: [String] = []
        func append(_ name: String) { names.append(name) }
    }
}
