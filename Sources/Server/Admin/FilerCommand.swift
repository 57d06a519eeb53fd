import ArgumentParser
import Foundation
import Shared

/// `zicha-server filer add|list|contact`.
struct FilerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filer", abstract: "填报单位 / Filers.", subcommands: [Add.self, List.self, ContactCommand.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "添加填报单位 / Add a filer.")

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
        static let configuration = CommandConfiguration(abstract: "列出填报单位 / List filers.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await failingClearly {
                for filer in try await database.open().filers() {
                    print("\(filer.code)\t\(filer.kind.rawValue)\t\(filer.name)\t\(filer.nameEn ?? "")")
                }
            }
        }
    }
}
