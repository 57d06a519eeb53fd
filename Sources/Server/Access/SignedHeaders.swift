import HTTPTypes
import Shared

/// The `Zicha-*` headers of a filer's request, present and well formed.
package struct SignedHeaders: Sendable, Equatable {
    package var keyID: String
    package var filer: String
    package var round: String
    package var signedAt: String
    package var baseVersion: Int
    package var contentSHA256: String
    package var signature: String

    /// Reads the headers, checking presence, syntax and that filer and round are the path's
    /// (`pathRound` is `*` for requests not scoped to a round).
    package static func parse(_ headers: HTTPFields, pathFiler: String, pathRound: String) throws(AuthError) -> SignedHeaders {
        typealias H = SigningScheme.Header
        var values: [String: String] = [:]
        var missing: [String] = []
        for name in H.all {
            if let field = HTTPField.Name(name), let value = headers[field], !value.isEmpty {
                values[name] = value
            } else {
                missing.append(name)
            }
        }
        guard missing.isEmpty else { throw .signatureMissing(missing) }
        func value(_ name: String) -> String { values[name] ?? "" }

        guard value(H.scheme) == SigningScheme.tag else {
            throw .signatureMalformed(header: H.scheme, reason: "应为 / expected \(SigningScheme.tag)")
        }
        let keyID = value(H.keyID)
        guard keyID.utf8.count <= 64, keyID.utf8.allSatisfy(isTokenCharacter) else {
            throw .signatureMalformed(header: H.keyID, reason: "不是密钥编号 / not a key id")
        }
        let filer = value(H.filer)
        guard filer == pathFiler else {
            throw .signatureMalformed(
                header: H.filer, reason: "\(filer) 与地址中的 \(pathFiler) 不一致 / differs from \(pathFiler) in the path")
        }
        let round = value(H.round)
        guard round == pathRound else {
            throw .signatureMalformed(
                header: H.round, reason: "\(round) 与地址中的 \(pathRound) 不一致 / differs from \(pathRound) in the path")
        }
        let signedAt = value(H.signedAt)
        guard SigningScheme.parseTimestamp(signedAt) != nil else {
            throw .signatureMalformed(
                header: H.signedAt, reason: "应为 UTC 时间，如 / expected UTC time like 2017-12-20T02:00:00Z")
        }
        let baseText = value(H.baseVersion)
        guard baseText.utf8.count <= 9, baseText.utf8.allSatisfy(isDigit), let baseVersion = Int(baseText) else {
            throw .signatureMalformed(header: H.baseVersion, reason: "应为非负整数 / expected a non-negative integer")
        }
        let contentSHA256 = value(H.contentSHA256)
        guard isLowerHex64(contentSHA256) else {
            throw .signatureMalformed(header: H.contentSHA256, reason: "应为 64 位小写十六进制 / expected 64 lower-case hex digits")
        }
        let signature = value(H.signature)
        guard isLowerHex64(signature) else {
            throw .signatureMalformed(header: H.signature, reason: "应为 64 位小写十六进制 / expected 64 lower-case hex digits")
        }
        return SignedHeaders(
            keyID: keyID, filer: filer, round: round, signedAt: signedAt, baseVersion: baseVersion,
            contentSHA256: contentSHA256, signature: signature)
    }

    /// The fields the signature must cover for a request with this method and path.
    package func fields(method: String, path: String) -> SigningScheme.Fields {
        SigningScheme.Fields(
            method: method, path: path, filer: filer, round: round, keyID: keyID, signedAt: signedAt,
            baseVersion: baseVersion, contentSHA256: contentSHA256)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    private static func isLowerHex64(_ text: String) -> Bool {
        text.utf8.count == 64
            && text.utf8.allSatisfy { isDigit($0) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f")) }
    }
}
