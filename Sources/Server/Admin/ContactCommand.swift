import ArgumentParser
import Foundation
import Shared

/// `zicha-server filer contact add|remove|list`: the people notices are mailed to.
struct ContactCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact", abstract: "填报单位联系人 / A filer's contacts (notices are mailed to them).",
        subcommands: [Add.self, Remove.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "添加联系人 / Add a contact.",
            discussion: """
                示例 / Example:
                  zicha-server filer contact add 320000 --name 王明 --role 办公厅信息处 --email wangming@js.gov.cn --phone 025-8888 0000
                """)

        @OptionGroup var filer: FilerTarget

        @Option(help: "姓名 / name.")
        var name: String

        @Option(help: "职务（可选） / role (optional).")
        var role: String?

        @Option(help: "电子邮箱 / e-mail address.")
        var email: String

        @Option(help: "电话（可选） / phone (optional).")
        var phone: String?

        func validate() throws {
            try requireFilerCode(filer.code)
            do {
                _ = try ContactInput(name: name, role: role, email: email, phone: phone)
            } catch {
                throw ValidationError(error.description)
            }
        }

        func run() async throws {
            try await failingClearly {
                let input = try ContactInput(name: name, role: role, email: email, phone: phone)
                let contact = try await filer.database.open().addContact(
                    filer: filer.code, input, actor: AdminActor.current, at: Date())
                print("已添加联系人 / contact added: \(filer.code) \(contact.name) <\(contact.email)>")
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "删除联系人 / Remove a contact.",
            discussion: "示例 / Example:\n  zicha-server filer contact remove 320000 wangming@js.gov.cn")

        @OptionGroup var filer: FilerTarget

        @Argument(help: "联系人的电子邮箱 / the contact's e-mail address.")
        var email: String

        func validate() throws { try requireFilerCode(filer.code) }

        func run() async throws {
            try await failingClearly {
                try await filer.database.open().removeContact(
                    filer: filer.code, email: email, actor: AdminActor.current, at: Date())
                print("已删除联系人 / contact removed: \(filer.code) \(email)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "列出联系人（不给代码则列出全部） / List contacts (every filer's without a code).",
            discussion: """
                示例 / Examples:
                  zicha-server filer contact list 320000
                  zicha-server filer contact list --format json
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: ListFormatOptions

        @Argument(help: "填报单位代码（可选） / filer code (optional).")
        var code: String?

        func validate() throws { try code.map(requireFilerCode) }

        func run() async throws {
            try await failingClearly {
                let store = try database.open()
                if let code, try await store.filer(code: code) == nil { throw ContactError.unknownFiler(code) }
                let contacts = try await store.contacts(filers: code.map { [$0] })
                var list = ListOutput([
                    ("单位 filer", "filer"), ("姓名 name", "name"), ("职务 role", "role"), ("电子邮箱 e-mail", "email"),
                    ("电话 phone", "phone"),
                ])
                for contact in contacts.keys.sorted().flatMap({ contacts[$0] ?? [] }) {
                    list.append([contact.filer, contact.name, contact.role, contact.email, contact.phone])
                }
                list.print(output)
            }
        }
    }
}

/// Refuses a code that cannot be a filer's before the database is opened.
private func requireFilerCode(_ code: String) throws {
    guard Identifier.isFilerCode(code) else {
        throw ValidationError("代码应为6位数字或 bm 加2位数字 / code: six digits or bm and two digits")
    }
}
