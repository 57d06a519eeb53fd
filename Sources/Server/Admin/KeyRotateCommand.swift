import ArgumentParser
import Foundation
import Shared

extension KeyCommand {
    /// `zicha-server key rotate CODE --out FILE [--grace-days N]`.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "轮换密钥：签发新密钥，旧密钥在宽限期后停用 / Rotate: issue a new key; the filer's other keys stop signing after a grace period.",
            discussion: """
                示例 / Example:
                  zicha-server key rotate 320000 --out 320000-2018.key.json --grace-days 7
                新密钥写入 --out（0600）；旧密钥在宽限期内仍可签名，之后的请求被拒绝（401 key_retired）。
                The new key goes to --out (mode 0600); the old ones sign until the grace period ends, then get 401 key_retired.
                """)

        @OptionGroup var filer: FilerTarget

        @Option(help: "新密钥文件路径（不得已存在） / the new key file to write (must not exist).")
        var out: String

        @Option(name: .customLong("grace-days"), help: "旧密钥继续有效的天数（0–90） / days the old keys keep signing (0–90).")
        var graceDays: Int = 7

        func validate() throws {
            guard (0...90).contains(graceDays) else { throw ValidationError("--grace-days 应在 0–90 / must be 0–90") }
        }

        func run() async throws {
            try await failingClearly {
                let store = try filer.database.open()
                let file = try KeyFileWriter(path: out)
                let secret = Crypto.randomBytes(32)
                let now = Date()
                let rotated: (key: KeyRecord, retired: [String])
                do {
                    rotated = try await store.rotateKey(
                        filer: filer.code, newID: "\(filer.code)-\(Hex.encode(Crypto.randomBytes(6)))", secret: secret,
                        retiresAt: now.addingTimeInterval(Double(graceDays) * 86_400), actor: AdminActor.current, at: now)
                } catch {
                    file.discard()
                    throw error
                }
                let key = rotated.key
                try file.write(
                    ReportCoding.encode(KeyFile(keyId: key.id, filer: key.filer, secret: secret, issuedAt: ChinaTime.format(now)))
                )
                print("已签发新密钥 / new key issued: \(key.id) for \(key.filer) → \(out)")
                let until = ChinaTime.format(now.addingTimeInterval(Double(graceDays) * 86_400))
                for id in rotated.retired { print("旧密钥 \(id) 于 \(until) 停用 / old key \(id) retires at \(until)") }
            }
        }
    }
}
