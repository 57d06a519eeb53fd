import Foundation
import Shared
import Testing

/// Nothing secret reaches the server's log, even at `--log-level trace`: not a key's secret,
/// not a reviewer's bearer token (sent as a header and typed into the sign-in form), not a signature.
@Suite("zicha-server logs no secrets")
struct LogSecrecyTests {
    @Test("at trace level, an upload, a reviewer read and a web sign-in leave no secret in the log")
    func traceLogHoldsNoSecret() async throws {
        let workspace = try Workspace(prefix: "zicha-log")
        defer { workspace.remove() }
        let db = workspace.path("log.sqlite")
        let logPath = workspace.file("server.log")
        let key = try await TestKey.issuedByBinary("110000", db: db, keyFile: workspace.path("key.json"))
        let token = try await ServerBinary.run(["reviewer", "add", "日志检查", "--db", db]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.count >= 32)

        // Standard output and standard error both go to the log file.
        let server = try await ServerProcess.start(
            db: db, clockStart: "2017-12-20T10:00:00+08:00", logLevel: "trace", log: logPath)
        defer { if server.process.isRunning { server.process.terminate() } }
        let serverPort = server.port

        let body = TestReports.bytes(TestReports.valid(filer: "110000"))
        let (uploaded, signature) = try await RawHTTP.upload(body, key: key, port: serverPort)
        #expect(uploaded.hasPrefix("HTTP/1.1 201"))
        #expect(!signature.isEmpty)

        let read = try await RawHTTP.exchange(
            port: serverPort,
            send:
                "GET /v1/rounds/2017/filers HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer \(token)\r\n\r\n"
        )
        #expect(read.hasPrefix("HTTP/1.1 200"))
        let form = "token=\(token)"
        _ = try await RawHTTP.exchange(
            port: serverPort,
            send:
                "POST /web/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n\r\n\(form)"
        )

        await server.stop(grace: .seconds(60))
        let text = try String(contentsOf: logPath, encoding: .utf8)
        // The log is not empty: trace level records the requests themselves.
        #expect(text.contains("/v1/rounds/2017/filers"))
        #expect(!text.contains(Hex.encode(key.secret)), "the key's secret is in the log")
        #expect(!text.contains(token), "the reviewer's token is in the log")
        #expect(!text.contains(signature), "an upload's signature is in the log")
    }
}
