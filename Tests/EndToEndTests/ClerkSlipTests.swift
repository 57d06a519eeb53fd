import Foundation
import Shared
import Testing

/// The slips a clerk makes with files, keys and the server address: each gets a message in both
/// languages that says what is wrong, and the documented exit code, before anything is sent.
@Suite("A clerk's slips with files and settings", .serialized)
struct ClerkSlipTests {
    @Test func reportFilesThatCannotBeUsed() throws {
        let workspace = try Workspace()
        let clerk = Clerk(workspace: workspace)
        try FileManager.default.createDirectory(atPath: workspace.path("reports"), withIntermediateDirectories: false)

        var result = try clerk.run("validate", "reports")
        #expect(
            result.status == 2 && result.stderr.contains("是一个目录") && result.stderr.contains("is a directory"), "\(result.output)")
        result = try clerk.run("validate", "nowhere.json")
        #expect(
            result.status == 2 && result.stderr.contains("文件不存在") && result.stderr.contains("no such file"), "\(result.output)")
        try workspace.write(Data(), "empty.json")
        result = try clerk.run("validate", "empty.json")
        #expect(result.status == 2 && result.stderr.contains("文件为空") && result.stderr.contains("empty"), "\(result.output)")

        // Far larger than any report: refused by its size, before it is read (a sparse file).
        try workspace.write(Data(), "huge.json")
        let huge = try #require(FileHandle(forWritingAtPath: workspace.path("huge.json")))
        try huge.truncate(atOffset: 65 << 20)
        try huge.close()
        result = try clerk.run("validate", "huge.json")
        #expect(result.status == 2 && result.stderr.contains("64 MB") && result.stderr.contains("too large"), "\(result.output)")

        // Windows Notepad saves a byte-order mark; client and server share the decoder that accepts it.
        try workspace.copyExample("report-valid.json", as: "plain.json")
        try workspace.write(Data([0xEF, 0xBB, 0xBF]) + workspace.read("plain.json"), "bom.json")
        result = try clerk.run("validate", "bom.json")
        #expect(result.status == 0, "\(result.output)")

        result = try clerk.run("init", "--filer", "320000", "--round", "2017", "--output", "no-such-folder/report.json")
        #expect(
            result.status == 2 && result.stderr.contains("不存在") && result.stderr.contains("does not exist"), "\(result.output)")
        #expect(!workspace.exists("no-such-folder"))
    }

    @Test func keyFilesThatCannotBeUsed() throws {
        let workspace = try Workspace()
        try workspace.copyExample("report-valid.json", as: "report.json")
        try workspace.write(Data("{\"keyId\": \"320000-x\"}".utf8), "wrong.key")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: workspace.path("wrong.key"))
        try FileManager.default.createDirectory(atPath: workspace.path("keys"), withIntermediateDirectories: false)

        var result = try Clerk(workspace: workspace, key: workspace.path("wrong.key")).run("sign", "report.json", "--base", "0")
        #expect(
            result.status == 2 && result.stderr.contains("不是有效的 Zicha 密钥文件") && result.stderr.contains("zicha-server key issue"),
            "\(result.output)")
        result = try Clerk(workspace: workspace, key: workspace.path("keys")).run("sign", "report.json", "--base", "0")
        #expect(
            result.status == 2 && result.stderr.contains("不是密钥文件") && result.stderr.contains("not a key file"), "\(result.output)"
        )
        result = try Clerk(workspace: workspace, key: workspace.path("lost.key")).run("sign", "report.json", "--base", "0")
        #expect(
            result.status == 2 && result.stderr.contains("密钥文件") && result.stderr.contains("no such file"), "\(result.output)")
        #expect(!workspace.exists("report.json.sig"))
    }

    @Test func signatureServerAddressAndValidationBeforeTheNetwork() throws {
        let workspace = try Workspace()
        try workspace.copyExample("report-valid.json", as: "report.json")
        try workspace.copyExample("report-invalid.json", as: "invalid.json")
        let key = KeyFile(
            keyId: "320000-test", filer: "320000", secret: Array(repeating: 3, count: 32), issuedAt: "2017-12-01T00:00:00Z")
        try workspace.write(try ReportCoding.encode(key), "office.key")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: workspace.path("office.key"))

        // The usual slip: host and port without http://.
        let noScheme = Clerk(workspace: workspace, server: "127.0.0.1:8080", key: workspace.path("office.key"))
        var result = try noScheme.run("status")
        #expect(
            result.status == 2 && result.stderr.contains("ZICHA_SERVER") && result.stderr.contains("https://127.0.0.1:8080"),
            "\(result.output)")

        // Uploading before signing names the command that makes the signature.
        result = try noScheme.run("upload", "report.json")
        #expect(result.status == 2 && result.stderr.contains("zicha sign report.json"), "\(result.output)")

        // A report with errors is refused with its issues, without waiting for a server (none answers here).
        var invalid = String(decoding: try workspace.read("invalid.json"), as: UTF8.self)
        invalid = invalid.replacingOccurrences(of: "\"code\" : \"32000\"", with: "\"code\" : \"320000\"")
        try workspace.write(Data(invalid.utf8), "invalid.json")
        let offline = Clerk(workspace: workspace, server: "http://127.0.0.1:1", key: workspace.path("office.key"))
        result = try offline.run("sign", "invalid.json", "--retries", "0")
        #expect(
            result.status == 1 && result.stderr.contains("站内搜索 Site search") && result.stderr.contains("不能签名"), "\(result.output)"
        )
        #expect(!result.stderr.contains("无法连接"), "\(result.output)")
        #expect(!workspace.exists("invalid.json.sig"))

        // A round typed in Chinese numerals is named as a wrong round id, before any request.
        result = try offline.run("status", "--round", "二〇一七", "--retries", "0")
        #expect(result.status == 2 && result.stderr.contains("轮次编号") && result.stderr.contains("round id"), "\(result.output)")
    }
}
