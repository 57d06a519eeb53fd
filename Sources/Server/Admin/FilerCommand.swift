import ArgumentParser
import Foundation
import Shared

/// `zicha-server filer add|list|contact`.
struct FilerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filer", abstract: "填报单位 / Filers.", subcommands: [Add.self, List.self, ContactCommand.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "添加填报单位 / Add a filer.",
            discussion: """
                示例 / Example:
                  zicha-server filer add bm43 --name "国家某局" --name-en "A State Bureau"
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "代码（行政区划代码、660000 或 bmNN） / code (region code, 660000 or bmNN).")
        var code: String

        @Option(help: "名称 / name (zh-Hans).")
        var name: String

        @Option(name: .customLong("name-en"), help: "英文名称 / English name.")
        var nameEn: String?

        @Option(help: "region | corps | department（默认按代码推断 / default: implied by the code）")
        var kind: String?

        func validate() throws {
            guard Identifier.isFilerCode(code) else {
                throw ValidationError("代码应为6位数字或 bm 加2位数字 / code: six digits or bm and two digits")
            }
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--name 不能为空 / must not be empty")
            }
            if let kind, FilerKind(rawValue: kind) == nil {
                throw ValidationError("--kind 应为 region、corps 或 department / must be region, corps or department")
            }
        }

        func run() async throws {
            try await failingClearly {
                let kind = kind.flatMap(FilerKind.init(rawValue:)) ?? FilerKind.implied(byCode: code)
                try await database.open().addFiler(
                    code: code, name: name, nameEn: nameEn, kind: kind, actor: AdminActor.current, at: Date())
                print("已添加填报单位 / filer added: \(code) \(name) (\(kind.rawValue))")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "列出填报单位 / List filers.",
            discussion: """
                示例 / Examples:
                  zicha-server filer list
                  zicha-server filer list --format json
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: ListFormatOptions

        func run() async throws {
            try await failingClearly {
                var list = ListOutput([("代码 code", "code"), ("类别 kind", "kind"), ("名称 name", "name"), ("英文名 English", "nameEn")])
                for filer in try await database.open().filers() {
                    list.append([filer.code, filer.kind.rawValue, filer.name, filer.nameEn])
                }
                list.print(output)
            }
        }
    }
}
