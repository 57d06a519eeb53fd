import Foundation
import HTTPTypes
import Shared
import Testing

/// Nothing secret reaches the server's log, even at `--log-level trace`: not a key's secret,
/// not a reviewer's bearer token (sent as a header and typed into the sign-in form), not a signature.
@Suite("zicha-server logs no secrets")
struct LogSecrecyTests {
    @Test("at trace level, an upload, a reviewer read and a web sign-in leave no secret in the log")
    func traceLogHoldsNoSecret() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zicha-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("log.sqlite").path
        let keyPath = directory.appendingPathComponent("key.json").path
        let logPath = directory.appendingPathComponent("server.log")
        #expect(try await ServerBinary.run(["key", "issue", "110000", "--out", keyPath, "--db", db]).status == 0)
        let token = try await ServerBinary.run(["reviewer", "add", "日志检查", "--db", db]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.count >= 32)
        let keyFile = try JSONDecoder().decode(KeyFile.self, from: Data(contentsOf: URL(fileURLWithPath: keyPath)))
        let key = TestKey(id: keyFile.keyId, filer: "110000", secret: try #require(keyFile.secretBytes))

        try Data().write(to: logPath)
        let log = try FileHandle(forWritingTo: logPath)
        let binary = try #require(ServerBinary.url)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--db", db, "--port", "0", "--clock-start", "2017-12-20T10:00:00+08:00", "--log-level", "trace"]
        process.standardOutput = log
        process.standardError = log
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var port: Int?
        for _ in 0..<300 where port == nil {
            let text = (try? String(contentsOf: logPath, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.contains("listening on") }) {
                port = line.split(separator: ":").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            }
            if port == nil { try await Task.sleep(for: .milliseconds(50)) }
        }
        let serverPort = try #require(port, "the server never said where it listens")

        let body = TestReports.bytes(TestReports.valid(filer: "110000"))
        let path = APIPath.versions(round: "2017", filer: "110000")
        let fields = key.headers(method: "POST", path: path, round: "2017", baseVersion: 0, body: body)
        var upload = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: \(body.count)\r\n"
        for field in fields { upload += "\(field.name.rawName): \(field.value)\r\n" }
        let uploaded = try await RawHTTP.exchange(port: serverPort, send: upload + "\r\n" + String(decoding: body, as: UTF8.self))
        #expect(uploaded.hasPrefix("HTTP/1.1 201"))
        let signature = try #require(fields.first { $0.name.rawName == SigningScheme.Header.signature }?.value)

        let read = try await RawHTTP.exchange(
            port: serverPort,
            send: "GET /v1/rounds/2017/filers HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer \(token)\r\n\r\n")
        #expect(read.hasPrefix("HTTP/1.1 200"))
        let form = "token=\(token)"
        _ = try await RawHTTP.exchange(
            port: serverPort,
            send: "POST /web/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n\r\n\(form)")

        process.terminate()
        for _ in 0..<600 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        try log.close()
        let text = try String(contentsOf: logPath, encoding: .utf8)
        // The log is not empty: trace level records the requests themselves.
        #expect(text.contains("/v1/rounds/2017/filers"))
        #expect(!text.contains(keyFile.secret), "the key's secret is in the log")
        #expect(!text.contains(token), "the reviewer's token is in the log")
        #expect(!text.contains(signature), "an upload's signature is in the log")
    }
}
