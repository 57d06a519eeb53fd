import Foundation
import Server
import Shared
import Testing

/// The real `zicha-server serve` binary: it starts, answers, honours --clock-start and stops on SIGTERM.
@Suite("zicha-server binary")
struct BinaryTests {
    @Test("serve answers /healthz and signed uploads on a free port and exits cleanly on SIGTERM")
    func serveAndStop() async throws {
        let workspace = try Workspace(prefix: "zicha-serve")
        defer { workspace.remove() }
        let db = workspace.path("serve.sqlite")
        let key = try await TestKey.issuedByBinary("110000", db: db, keyFile: workspace.path("key.json"))

        // Returns once the server has printed the line with its address.
        let server = try await ServerProcess.start(db: db, clockStart: "2017-12-31T23:00:00+08:00", logLevel: "warning")
        let process = server.process
        defer { if process.isRunning { process.terminate() } }
        let port = server.port

        let health = try await RawHTTP.exchange(
            port: port, send: "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        #expect(health.hasPrefix("HTTP/1.1 200"))
        #expect(health.hasSuffix("ok"))

        let upload = try await RawHTTP.upload(TestReports.bytes(TestReports.valid(filer: "110000")), key: key, port: port).answer
        #expect(upload.hasPrefix("HTTP/1.1 201"))
        // The server's clock started an hour before the deadline.
        #expect(upload.contains("\"receivedAt\" : \"2017-12-31T23:"))
        #expect(upload.contains("\"deadlineStatus\" : \"onTime\""))

        // SIGTERM; the wait is bounded so that a hung server fails the test instead of hanging it.
        await server.stop(grace: .seconds(60))
        #expect(!process.isRunning)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(try await AppDatabase(path: db).versions(round: "2017", filer: "110000").count == 1)
    }
}
