import Foundation
import Shared

/// A loaded filer key: its id, its filer and its 32-byte secret.
struct FilerKey: Sendable {
    var path: String
    var keyID: String
    var filer: String
    var secret: [UInt8]

    /// Signs `fields` with this key.
    func sign(_ fields: SigningScheme.Fields) -> String {
        SigningScheme.signature(for: fields, secret: secret)
    }
}

/// Loads key files and refuses those that other users could read.
enum KeyStore {
    static func load(path: String) throws(CLIFailure) -> FilerKey {
        // Status first: a directory or a missing file is named as such before the mode is judged.
        let info = try FileAccess.status(path, kind: FileAccess.key, limit: 64 << 10)
        // A key readable by the group or by others can sign on the office's behalf.
        if info.permissions & 0o077 != 0 {
            let mode = String(info.permissions & 0o777, radix: 8)
            throw CLIFailure(
                .refused,
                "密钥文件 \(path) 的权限为 \(mode)，其他用户可以读取。请运行 `chmod 600 \(path)` 后重试。",
                "Key file \(path) has mode \(mode): other users can read it. Run `chmod 600 \(path)` and try again.")
        }
        let data = try FileAccess.read(path, kind: FileAccess.key, limit: 64 << 10)
        guard let file = try? ReportCoding.decoder().decode(KeyFile.self, from: data), file.scheme == SigningScheme.tag,
            let secret = file.secretBytes, !file.keyId.isEmpty, !file.filer.isEmpty
        else {
            throw CLIFailure(
                .usage, "\(path) 不是有效的 Zicha 密钥文件（应由 zicha-server key issue 生成）。",
                "\(path) is not a valid Zicha key file (it should come from `zicha-server key issue`).")
        }
        return FilerKey(path: path, keyID: file.keyId, filer: file.filer, secret: secret)
    }
}
