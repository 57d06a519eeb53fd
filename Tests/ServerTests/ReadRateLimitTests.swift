import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// A filer's expensive reads (report bytes, diffs, archives) are bounded: a burst, then a rate;
/// beyond it 429 `rate_limited` with Retry-After, for that filer only. Reviewers are not limited.
/// The diff lists at most 2,000 changes and counts them all in `Zicha-Changes-Total`.
@Suite("Bounded reads")
struct ReadRateLimitTests {
    @Test("a filer's burst of report reads, then 429 with Retry-After; another filer and a reviewer still read")
    func burstThenRefused() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let beijing = try await server.issueKey("110000")
        let tianjin = try await server.issueKey("120000")
        for key in [beijing, tianjin] {
            try await server.storeUnchecked(TestReports.bytes(TestReports.valid(filer: key.filer)), key: key)
        }
        let token = try await server.addReviewer()
        let path = APIPath.report(round: "2017", filer: "110000", version: 1)
        // One read per 100 s after the burst: a slow run cannot earn a read back in the meantime.
        try await server.live(readBurst: 5, readsPerSecond: 0.01) { client in
            for _ in 0..<5 { #expect(try await client.signedGet(path, key: beijing).status == .ok) }
            let refused = try await client.signedGet(path, key: beijing)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.error?.error == "rate_limited" && refused.error?.messageEn.contains("retry in") == true)
            let wait = try #require(refused.headers[.retryAfter].flatMap { Int($0) })
            #expect((1...100).contains(wait))
            // The diff and the archive draw on the same budget.
            let diff = try await client.signedGet(
                APIPath.version(round: "2017", filer: "110000", version: 1) + "/diff?from=1", key: beijing)
            #expect(diff.status == .tooManyRequests)
            // Cheap reads and other filers are not touched; reviewers are not limited.
            #expect(try await client.signedGet(APIPath.versions(round: "2017", filer: "110000"), key: beijing).status == .ok)
            let other = APIPath.report(round: "2017", filer: "120000", version: 1)
            #expect(try await client.signedGet(other, key: tianjin).status == .ok)
            for _ in 0..<8 { #expect(try await client.asReviewer(.get, path, token: token).status == .ok) }
        }
    }

    @Test("the budget refills: after Retry-After seconds the filer reads again")
    func refills() async throws {
        let limit = ReadRateLimit(burst: 2, perSecond: 1)
        let start = ContinuousClock.now
        #expect(await limit.take("110000", now: start) == nil)
        #expect(await limit.take("110000", now: start) == nil)
        #expect(await limit.take("110000", now: start) == 1)
        #expect(await limit.take("110000", now: start + .milliseconds(1_100)) == nil)
        #expect(await limit.take("110000", now: start + .milliseconds(1_200)) == 1)
        #expect(await limit.take("120000", now: start) == nil)
    }

    @Test("the diff lists at most 2,000 changes and counts all of them")
    func diffCapped() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let key = try await server.issueKey("110000")
        var first = TestReports.valid(filer: "110000")
        // 700 items, three changed fields each: 2,100 changes from a report small enough to diff
        // quickly in a debug build under a loaded test run.
        first.platforms[0].serviceItems = (0..<700).map { index in
            var item = first.platforms[0].serviceItems[0]
            item.name = "事项\(index)"
            return item
        }
        var second = first
        for index in second.platforms[0].serviceItems.indices {
            second.platforms[0].serviceItems[index].name += "（改）"
            second.platforms[0].serviceItems[index].department += "（改）"
            second.platforms[0].serviceItems[index].code = "改\(index)"
        }
        try await server.storeUnchecked(TestReports.bytes(first), key: key)
        try await server.storeUnchecked(TestReports.bytes(second), key: key, base: 1)
        let token = try await server.addReviewer()
        let response = try await server.live { client in
            try await client.asReviewer(.get, APIPath.version(round: "2017", filer: "110000", version: 2) + "/diff", token: token)
        }
        #expect(response.status == .ok)
        let listed = try response.decode([FieldChange].self)
        #expect(listed.count == 2_000)
        #expect(response.headers[HTTPField.Name("Zicha-Changes-Total")!] == "2100")
    }
}
