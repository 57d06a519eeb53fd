import Foundation

/// Zicha's request-signing scheme, version 1 (HMAC-SHA256 through OpenSSL).
///
/// The string to sign is these lines joined by `\n`, with no trailing newline:
///
///     ZICHA-HMAC-SHA256-1
///     <HTTP method, upper case>
///     <request target as sent: the path, and `?` and the query string when there is one,
///      e.g. /v1/rounds/2017/filers/110000/versions or /v1/filers/110000/rounds?x=1>
///     <filer code>
///     <round id>
///     <key id>
///     <signing time, RFC 3339 UTC, e.g. 2017-12-20T02:00:00Z>
///     <version this upload amends, 0 for the first>
///     <lower-case hex SHA-256 of the exact body bytes>
///
/// The signature is the lower-case hex HMAC-SHA256 of that string under the key's 32-byte secret.
/// An upload may be signed offline, long before it is sent; any other request (a read) is
/// refused unless its signing time is within `readWindow` of the server's clock, so that a
/// captured read cannot be replayed later.
package enum SigningScheme {
    package static let tag = "ZICHA-HMAC-SHA256-1"

    /// How far a read's signing time may be from the server's clock, either way.
    package static let readWindow: TimeInterval = 15 * 60

    /// Request headers that carry the signed fields.
    package enum Header {
        package static let scheme = "Zicha-Scheme"
        package static let keyID = "Zicha-Key-Id"
        package static let filer = "Zicha-Filer"
        package static let round = "Zicha-Round"
        package static let signedAt = "Zicha-Signed-At"
        package static let baseVersion = "Zicha-Base-Version"
        package static let contentSHA256 = "Zicha-Content-SHA256"
        package static let signature = "Zicha-Signature"
        package static let all = [scheme, keyID, filer, round, signedAt, baseVersion, contentSHA256, signature]
    }

    /// Everything the signature binds.
    package struct Fields: Sendable, Equatable {
        package var method: String
        package var path: String
        package var filer: String
        package var round: String
        package var keyID: String
        package var signedAt: String
        package var baseVersion: Int
        package var contentSHA256: String

        package init(
            method: String, path: String, filer: String, round: String, keyID: String, signedAt: String,
            baseVersion: Int, contentSHA256: String
        ) {
            self.method = method
            self.path = path
            self.filer = filer
            self.round = round
            self.keyID = keyID
            self.signedAt = signedAt
            self.baseVersion = baseVersion
            self.contentSHA256 = contentSHA256
        }

        /// The exact text that is MACed.
        package var stringToSign: String {
            [
                SigningScheme.tag, method.uppercased(), path, filer, round, keyID, signedAt,
                String(baseVersion), contentSHA256,
            ].joined(separator: "\n")
        }

        /// The header values that carry these fields and `signature`.
        package func headers(signature: String) -> [(name: String, value: String)] {
            [
                (Header.scheme, SigningScheme.tag), (Header.keyID, keyID), (Header.filer, filer),
                (Header.round, round), (Header.signedAt, signedAt), (Header.baseVersion, String(baseVersion)),
                (Header.contentSHA256, contentSHA256), (Header.signature, signature),
            ]
        }
    }

    /// Lower-case hex HMAC-SHA256 of `fields.stringToSign` under `secret`.
    package static func signature(for fields: Fields, secret: [UInt8]) -> String {
        Hex.encode(Crypto.hmacSHA256(key: secret, message: Array(fields.stringToSign.utf8)))
    }

    /// Whether `signatureHex` is the MAC of `fields` under `secret`, compared in constant time.
    package static func isValid(signatureHex: String, for fields: Fields, secret: [UInt8]) -> Bool {
        guard signatureHex.utf8.count == 64, let given = Hex.decode(signatureHex) else { return false }
        let expected = Crypto.hmacSHA256(key: secret, message: Array(fields.stringToSign.utf8))
        return Crypto.constantTimeEqual(given, expected)
    }

    /// Formats `date` as the scheme's signing time: RFC 3339, UTC, whole seconds.
    package static func timestamp(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(.colon)
                .timeZone(separator: .omitted))
    }

    /// Parses a signing time written as `timestamp(_:)` writes it; `nil` otherwise or outside 2000–2100.
    package static func parseTimestamp(_ text: String) -> Date? {
        guard text.utf8.count == 20, text.hasSuffix("Z"),
            let date = try? Date.ISO8601FormatStyle().parse(text)
        else { return nil }
        let seconds = date.timeIntervalSince1970
        // The parser rolls 2017-02-30 over to March and 24:00 to the next day: only a time that
        // formats back to the same text is a real one.
        guard seconds >= 946_684_800, seconds < 4_102_444_800, timestamp(date) == text else { return nil }
        return date
    }
}

/// The key file that `zicha-server key issue` writes and the client reads (mode 0600).
package struct KeyFile: Codable, Sendable, Equatable {
    package var scheme: String
    package var keyId: String
    package var filer: String
    /// 32 random bytes, lower-case hex.
    package var secret: String
    package var issuedAt: String

    package init(keyId: String, filer: String, secret: [UInt8], issuedAt: String) {
        self.scheme = SigningScheme.tag
        self.keyId = keyId
        self.filer = filer
        self.secret = Hex.encode(secret)
        self.issuedAt = issuedAt
    }

    /// The decoded secret, or `nil` when it is not 32 bytes of hex.
    package var secretBytes: [UInt8]? {
        guard let bytes = Hex.decode(secret), bytes.count == 32 else { return nil }
        return bytes
    }
}

/// A detached signature of a report file (`zicha sign` writes it, `zicha verify`/`upload` read it).
package struct DetachedSignature: Codable, Sendable, Equatable {
    package var scheme: String
    package var keyId: String
    package var filer: String
    package var round: String
    package var signedAt: String
    package var baseVersion: Int
    package var sha256: String
    package var signature: String

    package init(fields: SigningScheme.Fields, signature: String) {
        self.scheme = SigningScheme.tag
        self.keyId = fields.keyID
        self.filer = fields.filer
        self.round = fields.round
        self.signedAt = fields.signedAt
        self.baseVersion = fields.baseVersion
        self.sha256 = fields.contentSHA256
        self.signature = signature
    }

    /// The signed fields of an upload of this signature's report.
    package var uploadFields: SigningScheme.Fields {
        SigningScheme.Fields(
            method: "POST", path: APIPath.versions(round: round, filer: filer), filer: filer, round: round,
            keyID: keyId, signedAt: signedAt, baseVersion: baseVersion, contentSHA256: sha256)
    }
}
