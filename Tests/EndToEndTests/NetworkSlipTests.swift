import Foundation
import Shared
import Testing

/// A wrong port, https against a plain server, a certificate nobody vouches for and an address
/// copied with its path: each said clearly and quickly, with the documented exit code.
@Suite("Network slips", .serialized)
struct NetworkSlipTests {
    @Test func refusedConnectionFailsFastForReads() throws {
        let workspace = try Workspace()
        let clerk = Clerk(
            workspace: workspace, server: "http://127.0.0.1:\(try LoopbackPort.closed())", key: try Self.writeKey(workspace))
        for command in [["status"], ["versions"], ["diff", "--from", "1", "--to", "2"]] {
            let start = Date()
            let result = try clerk.run(command)
            let seconds = Date().timeIntervalSince(start)
            #expect(result.status == 3, "\(command): \(result.output)")
            #expect(seconds < 5, "\(command) gave up after \(seconds) s")
            #expect(
                result.stderr.contains("连接被拒绝") && result.stderr.contains("after 2 attempts"), "\(command): \(result.output)")
        }
    }

    @Test func httpsAgainstThePlainServerAndAnAddressWithAPath() throws {
        let workspace = try Workspace()
        let server = TestServer(workspace: workspace)
        try server.start()
        let key = try server.issueKey(filer: "320000")

        let https = "https://127.0.0.1:\(server.port)"
        var result = try Clerk(workspace: workspace, server: https, key: key).run("status")
        #expect(result.status == 3, "\(result.output)")
        #expect(
            result.stderr.contains("不使用 HTTPS") && result.stderr.contains("does not speak HTTPS")
                && result.stderr.contains("http://127.0.0.1:\(server.port)"),
            "\(result.output)")
        #expect(!result.stderr.contains("URLError") && !result.stderr.contains("重试"), "no retries: \(result.output)")

        for address in ["\(server.url)/web/", "\(server.url)/v1", "\(server.url)/?round=2017"] {
            result = try Clerk(workspace: workspace, server: address, key: key).run("status")
            #expect(result.status == 2, "\(address): \(result.output)")
            #expect(
                result.stderr.contains("https://host[:port]") && result.stderr.contains("应为 \(server.url)"),
                "\(address): \(result.output)")
        }
        // A trailing slash is still just the server.
        result = try Clerk(workspace: workspace, server: server.url + "/", key: key).run("status")
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func untrustedCertificate() throws {
        let workspace = try Workspace()
        let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let binary = URL(fileURLWithPath: try #require(openssl, "the openssl command line is needed"))
        let made = try CommandRunner.run(
            binary,
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "tls.key", "-out", "tls.crt", "-days", "1",
                "-subj", "/CN=127.0.0.1",
            ], in: workspace.url)
        try #require(made.status == 0, "\(made.output)")
        let port = try LoopbackPort.closed()
        let (tls, out, err) = try CommandRunner.start(
            binary, ["s_server", "-accept", String(port), "-cert", "tls.crt", "-key", "tls.key", "-www", "-quiet"],
            in: workspace.url)
        defer {
            tls.terminate()
            tls.waitUntilExit()
            _ = CommandRunner.collect(tls, stdout: out, stderr: err)
        }
        try CommandRunner.waitUntil("openssl s_server to listen", limit: 30) { LoopbackPort.isListening(port) }

        let clerk = Clerk(workspace: workspace, server: "https://127.0.0.1:\(port)", key: try Self.writeKey(workspace))
        let result = try clerk.run("status")
        #expect(result.status == 3, "\(result.output)")
        #expect(
            result.stderr.contains("证书未通过验证") && result.stderr.contains("certificate") && !result.stderr.contains("重试"),
            "\(result.output)")
    }

    /// A key file no server knows (mode 0600): enough to get as far as the network.
    private static func writeKey(_ workspace: Workspace) throws -> String {
        let key = KeyFile(
            keyId: "320000-test", filer: "320000", secret: Array(repeating: 5, count: 32), issuedAt: "2017-12-01T00:00:00Z")
        try workspace.write(try ReportCoding.encode(key), "office.key")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: workspace.path("office.key"))
        return workspace.path("office.key")
    }
}
