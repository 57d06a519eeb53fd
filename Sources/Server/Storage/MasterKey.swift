// `stat` is declared by whichever module first includes <sys/stat.h>: in a release (whole-module)
// build that loads ZIPFoundation through Workbook, it is CoreFoundation's.
import Foundation
import Shared

#if canImport(Glibc)
    import Glibc
#endif

/// The server's master key: 32 random bytes in a file of their own (mode 0600, beside the
/// database by default, never inside it), under which filers' signing secrets are sealed at
/// rest with AES-256-GCM. A copy of the database without this file reveals no secret.
package struct MasterKey: Sendable {
    private let bytes: [UInt8]

    private static let header = "zicha-master-key-1"

    /// A fresh key (tests, `init`).
    package static func generate() -> MasterKey { MasterKey(bytes: Crypto.randomBytes(32)) }

    /// The key in `path`, narrowing the file to 0600 if others could read it.
    package static func load(path: String) throws -> MasterKey {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw StoreError.masterKeyUnreadable(path)
        }
        let lines = text.split(whereSeparator: \.isNewline)
        guard lines.count == 2, lines[0] == header, let bytes = Hex.decode(String(lines[1])), bytes.count == 32 else {
            throw StoreError.masterKeyUnreadable(path)
        }
        AppDatabase.narrowToOwner(path)
        return MasterKey(bytes: bytes)
    }

    /// Writes a fresh key to `path` (created 0600; an existing file is never overwritten).
    package static func create(path: String) throws -> MasterKey {
        let key = generate()
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw StoreError.masterKeyUnwritable(path) }
        defer { close(fd) }
        let text = Array("\(header)\n\(Hex.encode(key.bytes))\n".utf8)
        guard write(fd, text, text.count) == text.count, fsync(fd) == 0 else { throw StoreError.masterKeyUnwritable(path) }
        return key
    }

    /// `secret` sealed for the key `keyID`.
    func seal(_ secret: [UInt8], keyID: String) -> Crypto.Sealed {
        Crypto.seal(secret, key: bytes, associated: Array(keyID.utf8))
    }

    /// The secret of the key `keyID`, or nil when this is not the key it was sealed under.
    func open(_ sealed: Crypto.Sealed, keyID: String) -> [UInt8]? {
        Crypto.open(sealed, key: bytes, associated: Array(keyID.utf8))
    }
}
