import Foundation
import GRDB
import Server
import Shared
import Testing

/// `zicha-server filer contact add|remove|list` through the real binary: every change audited
/// with the row's content, every bad input refused with its message and nothing stored; and the
/// `serve` options of the SMTP relay checked before anything starts.
@Suite("Filer contacts and relay options")
struct ContactCommandTests {
    static func contacts(_ db: String) async throws -> [String] {
        try await AppDatabase(path: db).pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT filer_code || '|' || email || '|' || COALESCE(removed_at, '') FROM filer_contacts ORDER BY id")
        }
    }

    @Test("add, list and remove a contact: audited with the row's content, and audit verify passes")
    func addListRemove() async throws {
        let workspace = try Workspace(prefix: "zicha-contacts")
        defer { workspace.remove() }
        let db = ["--db", workspace.path("zicha.sqlite")]
        try await ServerBinary.initialise(workspace.path("zicha.sqlite"))
        var result = try await ServerBinary.run(
            [
                "filer", "contact", "add", "320000", "--name", "王明", "--role", "办公厅信息处", "--email", "wangming@js.gov.cn",
                "--phone", "025-8888 0000",
            ] + db)
        #expect(result.status == 0 && result.stdout.contains("wangming@js.gov.cn"), "\(result.output)")
        result = try await ServerBinary.run(["filer", "contact", "list", "320000", "--format", "json"] + db)
        let listed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: String]]
        #expect(
            listed == [
                ["filer": "320000", "name": "王明", "role": "办公厅信息处", "email": "wangming@js.gov.cn", "phone": "025-8888 0000"]
            ],
            "\(result.output)")
        result = try await ServerBinary.run(["filer", "contact", "list", "320000"] + db)
        #expect(result.stdout.hasPrefix("单位 filer") && result.stdout.contains("wangming@js.gov.cn"), "\(result.output)")
        result = try await ServerBinary.run(["filer", "contact", "remove", "320000", "wangming@js.gov.cn"] + db)
        #expect(result.status == 0, "\(result.output)")
        result = try await ServerBinary.run(["filer", "contact", "list", "--format", "json"] + db)
        #expect(result.status == 0 && result.stdout == "[]\n", "\(result.output)")
        let store = try AppDatabase(path: workspace.path("zicha.sqlite"))
        let events = try await store.pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT action || ' ' || subject || ' ' || details FROM audit_events WHERE action LIKE 'filer.contact.%'"
            )
        }
        #expect(events.count == 2)
        #expect(events.first?.contains("filer.contact.add 320000") == true && events.first?.contains("contentSHA256") == true)
        #expect(events.last?.hasPrefix("filer.contact.remove 320000") == true)
        result = try await ServerBinary.run(["audit", "verify"] + db)
        #expect(result.status == 0, "\(result.output)")
        // Editing the stored contact afterwards is named by audit verify.
        try await store.pool.write { db in try db.execute(sql: "UPDATE filer_contacts SET email = 'x@evil.cn'") }
        result = try await ServerBinary.run(["audit", "verify"] + db)
        #expect(result.status == 2 && result.output.contains("filer_contacts/1"), "\(result.output)")
    }

    @Test(
        "bad input is refused with its message and stores nothing",
        arguments: [
            (["add", "320000", "--name", "王明", "--email", "wangming"], 2, "电子邮箱地址无效"),
            (["add", "320000", "--name", "王明", "--email", "a@b"], 2, "电子邮箱地址无效"),
            (["add", "320000", "--name", "王明", "--email", "a@b.cn\r\nBcc: x@y.cn"], 2, "电子邮箱地址无效"),
            (["add", "320000", "--name", "王明", "--email", "<a@b.cn>"], 2, "电子邮箱地址无效"),
            (["add", "320000", "--name", "  ", "--email", "a@b.cn"], 2, "姓名应为1–100个字符"),
            (["add", "320000", "--name", "王明", "--email", "a@b.cn", "--phone", "call me"], 2, "电话号码无效"),
            (["add", "32000", "--name", "王明", "--email", "a@b.cn"], 2, "代码应为6位数字"),
            (["add", "999999", "--name", "王明", "--email", "a@b.cn"], 1, "没有填报单位 999999"),
            (["add", "320000", "--name", "王明"], 2, "--email"),
            (["remove", "320000", "nobody@js.gov.cn"], 1, "320000 没有联系人 nobody@js.gov.cn"),
            (["remove", "999999", "nobody@js.gov.cn"], 1, "没有填报单位 999999"),
            (["list", "999999"], 1, "没有填报单位 999999"),
        ])
    func refused(arguments: [String], status: Int32, message: String) async throws {
        let workspace = try Workspace(prefix: "zicha-contacts")
        defer { workspace.remove() }
        let db = ["--db", workspace.path("zicha.sqlite")]
        try await ServerBinary.initialise(workspace.path("zicha.sqlite"))
        let result = try await ServerBinary.run(["filer", "contact"] + arguments + db)
        #expect(result.status == status, "\(result.output)")
        #expect(result.stderr.contains(message), "\(result.output)")
        #expect(try await Self.contacts(workspace.path("zicha.sqlite")).isEmpty)
    }

    @Test("the same address twice for one filer is refused; the first contact stays alone")
    func duplicate() async throws {
        let workspace = try Workspace(prefix: "zicha-contacts")
        defer { workspace.remove() }
        let db = ["--db", workspace.path("zicha.sqlite")]
        try await ServerBinary.initialise(workspace.path("zicha.sqlite"))
        let add = ["filer", "contact", "add", "320000", "--name", "王明", "--email", "wm@js.gov.cn"]
        #expect(try await ServerBinary.run(add + db).status == 0)
        let result = try await ServerBinary.run(add + db)
        #expect(result.status == 1 && result.stderr.contains("320000 已有联系人使用 wm@js.gov.cn"), "\(result.output)")
        #expect(try await Self.contacts(workspace.path("zicha.sqlite")) == ["320000|wm@js.gov.cn|"])
    }

    @Test(
        "serve refuses a bad relay configuration before it starts",
        arguments: [
            (["--smtp-url", "http://127.0.0.1:25", "--smtp-from", "z@gov.cn"], 2, "--smtp-url 应为 smtp://"),
            (["--smtp-url", "smtp://127.0.0.1:25"], 2, "--smtp-from"),
            (["--smtp-from", "z@gov.cn"], 2, "需要 --smtp-url"),
            (["--smtp-url", "smtp://127.0.0.1:25", "--smtp-from", "not-an-address"], 2, "--smtp-from 不是有效的电子邮箱地址"),
            (["--notice-interval", "0"], 2, "--notice-interval"),
        ])
    func badRelay(arguments: [String], status: Int32, message: String) async throws {
        let workspace = try Workspace(prefix: "zicha-relay")
        defer { workspace.remove() }
        try await ServerBinary.initialise(workspace.path("zicha.sqlite"))
        let result = try await ServerBinary.run(["serve", "--db", workspace.path("zicha.sqlite"), "--port", "0"] + arguments)
        #expect(result.status == status, "\(result.output)")
        #expect(result.stderr.contains(message), "\(result.output)")
    }

    @Test("serve refuses an SMTP credentials file that others can read, or that lacks the password")
    func credentialsFile() async throws {
        let workspace = try Workspace(prefix: "zicha-relay")
        defer { workspace.remove() }
        let file = workspace.path("smtp.credentials")
        try Data("zicha\nsecret\n".utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        try await ServerBinary.initialise(workspace.path("zicha.sqlite"))
        let serve = [
            "serve", "--db", workspace.path("zicha.sqlite"), "--port", "0", "--smtp-url", "smtp://127.0.0.1:25", "--smtp-from",
            "z@gov.cn", "--smtp-credentials", file,
        ]
        var result = try await ServerBinary.run(serve)
        #expect(result.status == 1 && result.stderr.contains("chmod 600"), "\(result.output)")
        try Data("zicha\n".utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        result = try await ServerBinary.run(serve)
        #expect(result.status == 1 && result.stderr.contains("应有两行"), "\(result.output)")
    }
}
