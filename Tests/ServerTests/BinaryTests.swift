import Foundation
import HTTPTypes
import Server
import Shared
import Testing

/// The real `zicha-server serve` binary: it starts, answers, honours --clock-start and stops on SIGTERM.
@Suite("zicha-server binary")
struct BinaryTests {
    @Test("serve answers /healthz and signed uploads on a free port and exits cleanly on SIGTERM")
    func serveAndStop() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zicha-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("serve.sqlite").path
        let keyPath = directory.appendingPathComponent("key.json").path
        #expect(try await ServerBinary.run(["key", "issue", "110000", "--out", keyPath, "--db", db]).status == 0)
        let keyFile = try JSONDecoder().decode(KeyFile.self, from: Data(contentsOf: URL(fileURLWithPath: keyPath)))

        let binary = try #require(ServerBinary.url)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--db", db, "--port", "0", "--clock-start", "2017-12-31T23:00:00+08:00", "--log-level", "warning"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // The server prints one line with its address once it listens.
        let reader = out.fileHandleForReading
        let output = try await onOwnThread {
            var output = ""
            while !output.contains("\n") {
                let chunk = reader.availableData
                guard !chunk.isEmpty else { break }
                output += String(decoding: chunk, as: UTF8.self)
            }
            return output
        }
        let port = try #require(output.split(separator: ":").last.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) })

        let health = try await RawHTTP.exchange(port: port, send: "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        #expect(health.hasPrefix("HTTP/1.1 200"))
        #expect(health.hasSuffix("ok"))

        let body = TestReports.bytes(TestReports.valid(filer: "110000"))
        let key = TestKey(id: keyFile.keyId, filer: "110000", secret: try #require(keyFile.secretBytes))
        let path = APIPath.versions(round: "2017", filer: "110000")
        var request = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: \(body.count)\r\n"
        for field in key.headers(method: "POST", path: path, round: "2017", baseVersion: 0, body: body) {
            request += "\(field.name.rawName): \(field.value)\r\n"
        }
        let upload = try await RawHTTP.exchange(port: port, send: request + "\r\n" + String(decoding: body, as: UTF8.self))
        #expect(upload.hasPrefix("HTTP/1.1 201"))
        // The server's clock started an hour before the deadline.
        #expect(upload.contains("\"receivedAt\" : \"2017-12-31T23:"))
        #expect(upload.contains("\"deadlineStatus\" : \"onTime\""))

        process.terminate()  // SIGTERM
        // Bounded wait so a hung server fails the test instead of hanging it.
        for _ in 0..<600 where process.isRunning {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(!process.isRunning)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(try await AppDatabase(path: db).versions(round: "2017", filer: "110000").count == 1)
    }
}
