import Foundation
import Testing

/// The server dies (SIGKILL) while a clerk uploads; the client keeps retrying the identical
/// signed request, the server comes back, and exactly one new version exists.
@Suite("Server killed mid-upload", .serialized)
struct ServerCrashTests {
    @Test func retryAcrossRestartCreatesExactlyOneVersion() throws {
        let workspace = try Workspace()
        let server = TestServer(workspace: workspace)
        try server.start()
        let clerk = Clerk(workspace: workspace, server: server.url, key: try server.issueKey(filer: "320000"))
        try workspace.copyExample("report-valid.json", as: "report.json")
        var result = try clerk.run("submit", "report.json")
        #expect(result.status == 0, "\(result.output)")

        let text = String(decoding: try workspace.read("report.json"), as: UTF8.self)
        try workspace.write(
            Data(text.replacingOccurrences(of: "\"summary\" : \"", with: "\"summary\" : \"（修订）").utf8), "report.json")
        result = try clerk.run("sign", "report.json")
        #expect(result.status == 0, "\(result.output)")

        server.killHard()
        let (upload, out, err) = try CommandRunner.start(
            try Binaries.zicha(), ["upload", "report.json", "--retries", "40", "--max-wait", "300"], in: workspace.url,
            env: clerk.environment)
        try CommandRunner.waitUntil("the client to start retrying") {
            ((try? String(contentsOf: err, encoding: .utf8)) ?? "").contains("重试")
        }
        try server.start()
        upload.waitUntilExit()
        result = CommandRunner.collect(upload, stdout: out, stderr: err)
        #expect(result.status == 0 && result.stdout.contains("第 2 版"), "\(result.output)")

        // The clerk, unsure, uploads again after another crash: a replay, no new version.
        server.killHard()
        try server.start()
        result = try clerk.run("upload", "report.json")
        #expect(result.status == 0 && result.stdout.contains("未产生新版本") && result.stdout.contains("第 2 版"), "\(result.output)")
        #expect(try clerk.storedVersions() == [1, 2])
    }
}
