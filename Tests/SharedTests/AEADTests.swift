import Shared
import Testing

/// AES-256-GCM through OpenSSL: what seals filers' secrets at rest.
@Suite("AES-256-GCM")
struct AEADTests {
    let key = Crypto.randomBytes(32)
    let secret = Crypto.randomBytes(32)

    @Test("a sealed secret opens with its key and associated data, and with nothing else")
    func sealAndOpen() {
        let sealed = Crypto.seal(secret, key: key, associated: Array("110000-a".utf8))
        #expect(sealed.ciphertext.count == 32 && sealed.nonce.count == 12 && sealed.tag.count == 16)
        #expect(sealed.ciphertext != secret)
        #expect(Crypto.open(sealed, key: key, associated: Array("110000-a".utf8)) == secret)
        #expect(Crypto.open(sealed, key: Crypto.randomBytes(32), associated: Array("110000-a".utf8)) == nil)
        #expect(Crypto.open(sealed, key: key, associated: Array("110000-b".utf8)) == nil)
        for field in 0..<3 {
            var tampered = sealed
            switch field {
            case 0: tampered.ciphertext[5] ^= 1
            case 1: tampered.nonce[0] ^= 1
            default: tampered.tag[15] ^= 1
            }
            #expect(Crypto.open(tampered, key: key, associated: Array("110000-a".utf8)) == nil, "field \(field)")
        }
        // A fresh nonce each time: the same secret never seals to the same bytes.
        #expect(
            Crypto.seal(secret, key: key, associated: []).ciphertext != Crypto.seal(secret, key: key, associated: []).ciphertext)
    }
}
