/// The `Zicha-*` headers of a filer's request, present and well formed: read before any key is
/// looked up, from text anyone can send (the fuzz target's `text` feeds it arbitrary values).
package struct SignedHeaders: Sendable, Equatable {
    package var keyID: String
    package var filer: String
    package var round: String
    package var signedAt: String
    package var baseVersion: Int
    package var contentSHA256: String
    package var signature: String

    /// Why headers were refused: some absent (or empty), or one not in its syntax.
    package enum Problem: Error, Equatable {
        case missing([String])
        case malformed(header: String, reason: String)
    }

    /// Reads the headers through `lookup` (a header's text by name, nil when absent), checking
    /// presence, syntax and that filer and round are the path's (`pathRound` is `*` for requests
    /// not scoped to a round).
    package static func read(
        _ lookup: (String) -> String?, pathFiler: String, pathRound: String
    ) throws(Problem) -> SignedHeaders {
        typealias H = SigningScheme.Header
        var values: [String: String] = [:]
        var missing: [String] = []
        for name in H.all {
            if let text = lookup(name), !text.isEmpty { values[name] = text } else { missing.append(name) }
        }
        guard missing.isEmpty else { throw .missing(missing) }
        func value(_ name: String) -> String { values[name] ?? "" }

        guard value(H.scheme) == SigningScheme.tag else {
            throw .malformed(header: H.scheme, reason: "应为 / expected \(SigningScheme.tag)")
        }
        let keyID = value(H.keyID)
        guard Identifier.isRoundOrKeyID(keyID) else { throw .malformed(header: H.keyID, reason: "不是密钥编号 / not a key id") }
        let filer = value(H.filer)
        guard filer == pathFiler else {
            throw .malformed(header: H.filer, reason: "\(filer) 与地址中的 \(pathFiler) 不一致 / differs from \(pathFiler) in the path")
        }
        let round = value(H.round)
        guard round == pathRound else {
            throw .malformed(header: H.round, reason: "\(round) 与地址中的 \(pathRound) 不一致 / differs from \(pathRound) in the path")
        }
        let signedAt = value(H.signedAt)
        guard SigningScheme.parseTimestamp(signedAt) != nil else {
            throw .malformed(header: H.signedAt, reason: "应为 UTC 时间，如 / expected UTC time like 2017-12-20T02:00:00Z")
        }
        let baseText = value(H.baseVersion)
        guard baseText.utf8.count <= 9, baseText.utf8.allSatisfy(isDigit), let baseVersion = Int(baseText) else {
            throw .malformed(header: H.baseVersion, reason: "应为非负整数 / expected a non-negative integer")
        }
        let contentSHA256 = value(H.contentSHA256)
        guard isLowerHex64(contentSHA256) else {
            throw .malformed(header: H.contentSHA256, reason: "应为 64 位小写十六进制 / expected 64 lower-case hex digits")
        }
        let signature = value(H.signature)
        guard isLowerHex64(signature) else {
            throw .malformed(header: H.signature, reason: "应为 64 位小写十六进制 / expected 64 lower-case hex digits")
        }
        return SignedHeaders(
            keyID: keyID, filer: filer, round: round, signedAt: signedAt, baseVersion: baseVersion,
            contentSHA256: contentSHA256, signature: signature)
    }

    /// The fields the signature must cover for a request with this method and request target.
    package func fields(method: String, path: String) -> SigningScheme.Fields {
        SigningScheme.Fields(
            method: method, path: path, filer: filer, round: round, keyID: keyID, signedAt: signedAt,
            baseVersion: baseVersion, contentSHA256: contentSHA256)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isLowerHex64(_ text: String) -> Bool {
        text.utf8.count == 64
            && text.utf8.allSatisfy { isDigit($0) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f")) }
    }
}
