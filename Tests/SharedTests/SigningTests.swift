import Foundation
import Shared
import Testing

@Suite struct SigningTests {
    @Test func sha256KnownAnswer() {
        // FIPS 180-2, appendix B.1.
        #expect(
            Hex.encode(Crypto.sha256(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func hmacSHA256KnownAnswer() {
        // RFC 4231, test case 2.
        let mac = Crypto.hmacSHA256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(Hex.encode(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func hexRoundTrip() {
        let bytes: [UInt8] = [0x00, 0x01, 0x7f, 0x80, 0xab, 0xff]
        #expect(Hex.encode(bytes) == "00017f80abff")
        #expect(Hex.decode("00017F80ABff") == bytes)
        #expect(Hex.decode("abc") == nil)
        #expect(Hex.decode("zz") == nil)
        #expect(Hex.decode("") == [])
    }

    func fields(signedAt: String = "2017-12-20T02:00:00Z") -> SigningScheme.Fields {
        SigningScheme.Fields(
            method: "post", path: APIPath.versions(round: "2017", filer: "320000"), filer: "320000", round: "2017",
            keyID: "k1", signedAt: signedAt, baseVersion: 0, contentSHA256: Hex.encode(Crypto.sha256(Array("{}".utf8))))
    }

    @Test func signaturesVerifyAndBindEveryField() {
        let secret = [UInt8](repeating: 7, count: 32)
        let signature = SigningScheme.signature(for: fields(), secret: secret)
        #expect(signature.count == 64)
        #expect(SigningScheme.isValid(signatureHex: signature, for: fields(), secret: secret))
        #expect(SigningScheme.isValid(signatureHex: signature.uppercased(), for: fields(), secret: secret))
        #expect(!SigningScheme.isValid(signatureHex: signature, for: fields(signedAt: "2017-12-20T02:00:01Z"), secret: secret))
        #expect(!SigningScheme.isValid(signatureHex: signature, for: fields(), secret: [UInt8](repeating: 8, count: 32)))
        #expect(!SigningScheme.isValid(signatureHex: String(signature.dropLast()), for: fields(), secret: secret))
        #expect(fields().stringToSign.hasPrefix("ZICHA-HMAC-SHA256-1\nPOST\n/v1/rounds/2017/filers/320000/versions\n"))
    }

    @Test func timestampRoundTrip() throws {
        let date = Date(timeIntervalSince1970: 1_513_735_200)  // 2017-12-20T02:00:00Z
        let text = SigningScheme.timestamp(date)
        #expect(text == "2017-12-20T02:00:00Z")
        #expect(SigningScheme.parseTimestamp(text) == date)
    }

    @Test(arguments: [
        "1999-12-31T23:59:59Z", "2100-01-01T00:00:00Z", "2017-12-20T02:00:00+08:00", "2017-12-20 02:00:00Z", "yesterday", "",
    ])
    func absurdOrMalformedTimesAreRejected(text: String) {
        #expect(SigningScheme.parseTimestamp(text) == nil)
    }
}
