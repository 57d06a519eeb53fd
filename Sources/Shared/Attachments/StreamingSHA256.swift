import COpenSSL
import Foundation

/// SHA-256 over bytes given piece by piece (OpenSSL EVP), so that a file is hashed while it is
/// read or written, never held whole in memory.
package final class StreamingSHA256 {
    private let context: OpaquePointer

    package init() {
        guard let context = EVP_MD_CTX_new(), EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else {
            preconditionFailure("OpenSSL SHA-256 init failed")
        }
        self.context = context
    }

    deinit { EVP_MD_CTX_free(context) }

    /// Adds `bytes`.
    package func update(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count > 0 else { return }
        precondition(EVP_DigestUpdate(context, bytes.baseAddress, bytes.count) == 1, "OpenSSL SHA-256 update failed")
    }

    package func update<Bytes: ContiguousBytes>(_ bytes: Bytes) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The digest as lower-case hex; the hasher is spent afterwards.
    package func finishHex() -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        precondition(EVP_DigestFinal_ex(context, &digest, &length) == 1 && length == 32, "OpenSSL SHA-256 failed")
        return Hex.encode(digest)
    }

    /// SHA-256 (hex) and size of the file at `path`, read in pieces of 1 MiB; nil when unreadable.
    package static func file(atPath path: String) -> (sha256: String, bytes: Int, prefix: [UInt8])? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let hasher = StreamingSHA256()
        var total = 0
        var prefix: [UInt8] = []
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                if prefix.count < AttachmentType.signatureLength {
                    prefix += chunk.prefix(AttachmentType.signatureLength - prefix.count)
                }
                hasher.update(chunk)
                total += chunk.count
            }
        } catch {
            return nil
        }
        return (hasher.finishHex(), total, prefix)
    }
}
