import COpenSSL

/// AES-256-GCM through OpenSSL's EVP interface: the server seals filers' signing secrets at rest
/// with it, under a master key kept outside the database.
extension Crypto {
    /// A sealed value: a fresh 12-byte nonce, the ciphertext (as long as the plaintext) and the
    /// 16-byte authentication tag.
    package struct Sealed: Sendable, Equatable {
        package var nonce: [UInt8]
        package var ciphertext: [UInt8]
        package var tag: [UInt8]

        package init(nonce: [UInt8], ciphertext: [UInt8], tag: [UInt8]) {
            self.nonce = nonce
            self.ciphertext = ciphertext
            self.tag = tag
        }
    }

    /// Seals `plaintext` under the 32-byte `key`, binding `associated` (e.g. the key id, so that
    /// a sealed secret cannot be moved to another row).
    package static func seal(_ plaintext: [UInt8], key: [UInt8], associated: [UInt8]) -> Sealed {
        precondition(key.count == 32, "AES-256-GCM needs a 32-byte key")
        let nonce = randomBytes(12)
        var ciphertext = [UInt8](repeating: 0, count: plaintext.count)
        var tag = [UInt8](repeating: 0, count: 16)
        let context = EVP_CIPHER_CTX_new()
        defer { EVP_CIPHER_CTX_free(context) }
        var length: Int32 = 0
        var ok = EVP_EncryptInit_ex(context, EVP_aes_256_gcm(), nil, key, nonce) == 1
        ok = ok && EVP_EncryptUpdate(context, nil, &length, associated, Int32(associated.count)) == 1
        ok = ok && EVP_EncryptUpdate(context, &ciphertext, &length, plaintext, Int32(plaintext.count)) == 1
        ok = ok && ciphertext.withUnsafeMutableBufferPointer { EVP_EncryptFinal_ex(context, $0.baseAddress, &length) } == 1
        ok = ok && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_GET_TAG, 16, &tag) == 1
        precondition(ok, "OpenSSL AES-256-GCM sealing failed")
        return Sealed(nonce: nonce, ciphertext: ciphertext, tag: tag)
    }

    /// The plaintext of `sealed`, or nil when the key, the associated data or any byte is wrong.
    package static func open(_ sealed: Sealed, key: [UInt8], associated: [UInt8]) -> [UInt8]? {
        guard key.count == 32, sealed.nonce.count == 12, sealed.tag.count == 16 else { return nil }
        var plaintext = [UInt8](repeating: 0, count: sealed.ciphertext.count)
        var tag = sealed.tag
        let context = EVP_CIPHER_CTX_new()
        defer { EVP_CIPHER_CTX_free(context) }
        var length: Int32 = 0
        var ok = EVP_DecryptInit_ex(context, EVP_aes_256_gcm(), nil, key, sealed.nonce) == 1
        ok = ok && EVP_DecryptUpdate(context, nil, &length, associated, Int32(associated.count)) == 1
        ok = ok && EVP_DecryptUpdate(context, &plaintext, &length, sealed.ciphertext, Int32(sealed.ciphertext.count)) == 1
        ok = ok && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_AEAD_SET_TAG, 16, &tag) == 1
        // The tag is checked here: a wrong key or a changed byte fails.
        ok = ok && plaintext.withUnsafeMutableBufferPointer { EVP_DecryptFinal_ex(context, $0.baseAddress, &length) } == 1
        return ok ? plaintext : nil
    }
}
