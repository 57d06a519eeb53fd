import Foundation
import Testing

/// Connections cannot be held for ever: the real server closes an idle connection, a request
/// head dripped one byte at a time (slowloris) and a body that never completes, each at its
/// deadline, and serves at most `--max-connections` connections at once.
@Suite("Slow and idle clients")
struct SlowClientTests {
    /// Deadlines short enough for a test, the idle timeout long enough not to decide the drip tests.
    static let timeouts = ["--idle-timeout", "20", "--header-timeout", "2", "--body-timeout", "3"]

    /// Sends `bytes` one at a time, half a second apart, until the server closes the connection;
    /// returns the seconds it took, or nil if it never closed while bytes remained.
    static func drip(_ socket: LoopbackSocket, _ bytes: [UInt8]) -> Double? {
        let start = Date()
        for byte in bytes {
            if !socket.send([byte]) || socket.closes(within: 0.5) { return Date().timeIntervalSince(start) }
        }
        return nil
    }

    @Test("an idle connection, a head sent at 2 bytes a second and a body that never completes are each closed at their deadline")
    func deadlines() async throws {
        let workspace = try Workspace(prefix: "zicha-slow")
        defer { workspace.remove() }
        try await ServerBinary.initialise(workspace.path("zicha.sqlite"))
        let added = try await ServerBinary.run(["reviewer", "add", "审核人", "--db", workspace.path("zicha.sqlite")])
        let token = try #require(added.stdout.firstMatch(of: /zr_[A-Za-z0-9_-]+/).map { String($0.output) })
        let server = try await ServerProcess.start(db: workspace.path("zicha.sqlite"), arguments: Self.timeouts)
        defer { server.killNow() }
        let port = server.port
        let (idle, head, body, answered) = try await onOwnThread {
            // Nothing sent: the head deadline closes it too.
            let idle = try LoopbackSocket(port: port)
            let idleStart = Date()
            let idleClosed = idle.closes(within: 6) ? Date().timeIntervalSince(idleStart) : nil
            // 200 bytes of a head that would take 100 s at this pace.
            let slowHead = try LoopbackSocket(port: port)
            let head = Self.drip(
                slowHead, Array(("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + String(repeating: "a", count: 160)).utf8)
            )
            let slowBody = try LoopbackSocket(port: port)
            // A reviewer's decision reads its whole body before answering.
            slowBody.send(
                "POST /v1/rounds/2017/filers/110000/versions/1/review HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer \(token)\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
            let body = Self.drip(slowBody, [UInt8](repeating: UInt8(ascii: " "), count: 1_000))
            // A prompt client is still served.
            let prompt = try LoopbackSocket(port: port)
            prompt.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            return (idleClosed, head, body, try prompt.readResponse().status)
        }
        #expect(idle.map { $0 >= 1.5 && $0 < 4 } == true, "idle closed after \(String(describing: idle)) s")
        #expect(head.map { $0 >= 1.5 && $0 < 4 } == true, "slow head closed after \(String(describing: head)) s")
        #expect(body.map { $0 >= 2.5 && $0 < 5 } == true, "slow body closed after \(String(describing: body)) s")
        #expect(answered == 200)
    }

    @Test("a kept-alive connection left idle after its answer is closed at --idle-timeout")
    func idleAfterAnswer() async throws {
        let workspace = try Workspace(prefix: "zicha-slow")
        defer { workspace.remove() }
        let server = try await ServerProcess.start(
            db: workspace.path("zicha.sqlite"), arguments: ["--idle-timeout", "2", "--header-timeout", "30"])
        defer { server.killNow() }
        let port = server.port
        let (status, closedAfter) = try await onOwnThread {
            let socket = try LoopbackSocket(port: port)
            socket.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let status = try socket.readResponse().status
            let start = Date()
            return (status, socket.closes(within: 6) ? Date().timeIntervalSince(start) : nil)
        }
        #expect(status == 200)
        #expect(closedAfter.map { $0 >= 1.5 && $0 < 4 } == true, "closed after \(String(describing: closedAfter)) s")
    }

    @Test("past --max-connections a new connection waits unanswered until one is freed")
    func connectionCap() async throws {
        let workspace = try Workspace(prefix: "zicha-slow")
        defer { workspace.remove() }
        let server = try await ServerProcess.start(
            db: workspace.path("zicha.sqlite"), arguments: ["--max-connections", "2", "--idle-timeout", "30"])
        defer { server.killNow() }
        let port = server.port
        let (waited, served) = try await onOwnThread {
            var held = [try LoopbackSocket(port: port), try LoopbackSocket(port: port)]
            // Both held connections are accepted before the third arrives.
            Thread.sleep(forTimeInterval: 0.5)
            let third = try LoopbackSocket(port: port)
            third.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            Thread.sleep(forTimeInterval: 1.5)
            let waited = !third.hasData
            held.removeAll()  // closes both
            return (waited, try third.readResponse().status)
        }
        #expect(waited, "the third connection was answered while two were held")
        #expect(served == 200)
    }
}
