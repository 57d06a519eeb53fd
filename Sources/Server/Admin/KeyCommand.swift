import ArgumentParser
import Foundation
import Shared

/// `zicha-server key issue|revoke|list`.
struct KeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", abstract: "填报单位签名密钥 / Filers' signing keys.",
        subcommands: [Issue.self, Rotate.self, Revoke.self, List.self])

    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "签发密钥并写入密钥文件（0600），密钥只出现在该文件中 / Issue a key into a key file (mode 0600); the secret appears nowhere else.",
            discussion: """
                示例 / Example:
                  zicha-server key issue 320000 --out 320000.key.json
                """)

        @OptionGroup var filer: FilerTarget

        @Option(help: "密钥文件路径（不得已存在） / key file to write (must not exist).")
        var out: String

        func run() async throws {
            try await failingClearly {
                let store = try filer.database.open()
                let file = try KeyFileWriter(path: out)
                let secret = Crypto.randomBytes(32)
                let id = "\(filer.code)-\(Hex.encode(Crypto.randomBytes(6)))"
                let now = Date()
                let key: KeyRecord
                do {
                    key = try await store.issueKey(id: id, filer: filer.code, secret: secret, actor: AdminActor.current, at: now)
                } catch {
                    file.discard()
                    throw error
                }
                let keyFile = KeyFile(keyId: key.id, filer: key.filer, secret: secret, issuedAt: ChinaTime.format(now))
                do {
                    try file.write(ReportCoding.encode(keyFile))
                } catch {
                    throw CommandFailure(
                        "密钥 \(key.id) 已签发但写文件失败，请吊销它 / key \(key.id) was issued but the file could not be written; revoke it: \(error)"
                    )
                }
                print("已签发密钥 / key issued: \(key.id) for \(key.filer) → \(out)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "吊销密钥 / Revoke a key.",
            discussion: """
                示例 / Examples:
                  zicha-server key list 320000
                  zicha-server key revoke 320000-1a2b3c4d5e6f
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "密钥编号 / key id.")
        var keyID: String

        func run() async throws {
            try await failingClearly {
                try await database.open().revokeKey(id: keyID, actor: AdminActor.current, at: Date())
                print("已吊销密钥 / key revoked: \(keyID)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "列出某单位的密钥（仅编号与状态） / List a filer's keys (ids and states only).",
            discussion: """
                示例 / Examples:
                  zicha-server key list 320000
                  zicha-server key list 320000 --format json
                """)

        @OptionGroup var filer: FilerTarget

        @OptionGroup var output: ListFormatOptions

        func run() async throws {
            try await failingClearly {
                var list = ListOutput([
                    ("密钥 key", "id"), ("状态 state", "state"), ("签发于 issued", "createdAt"), ("吊销于 revoked", "revokedAt"),
                ])
                for key in try await filer.database.open().keys(filer: filer.code) {
                    list.append([
                        key.id, key.state.rawValue, ReadableTime.of(key.createdAt) as String,
                        ReadableTime.of(key.revokedAt) as String?,
                    ])
                }
                list.print(output)
            }
        }
    }
}

/// Creates the key file with mode 0600 from the start (never a wider mode, not even briefly),
/// refusing to overwrite an existing file.
struct KeyFileWriter {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw CommandFailure("无法新建密钥文件 / cannot create the key file \(path): \(String(cString: strerror(errno)))")
        }
    }

    func write(_ data: Data) throws {
        defer { close(descriptor) }
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                guard written > 0 else { throw CommandFailure(String(cString: strerror(errno))) }
                offset += written
            }
        }
        guard fsync(descriptor) == 0 else { throw CommandFailure(String(cString: strerror(errno))) }
    }

    func discard() {
        close(descriptor)
        unlink(path)
    }
}
