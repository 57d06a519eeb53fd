import Foundation
import HTTPTypes
import Hummingbird
import Shared

/// Authenticates every request of the API routes it guards, before any handler parses a body.
///
/// Reviewers send `Authorization: Bearer <token>`. Filers sign; their checks run in API.md's
/// order: declared size (413), headers present and well formed, key known, active and the path's
/// filer's, then the body (read up to the limit), its SHA-256, and the HMAC in constant time.
package struct AuthMiddleware: RouterMiddleware {
    package typealias Context = ZichaRequestContext

    let store: AppDatabase
    let maxBodyBytes: Int
    /// The largest attachment: a `PUT` (only attachments are put) is refused over it, by its
    /// declared length before any of it is read, or as soon as a chunked body passes it.
    var maxAttachmentBytes = AttachmentLimits.defaultMaxBytes
    /// The clock a read's signing time is judged by: the real one, even when the server's clock
    /// is shifted for a demonstration (`serve --clock-start`), since clients sign with theirs.
    let signatureClock: any ServerClock

    package func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        // A signature covers the path as sent: only the one canonical spelling of each address is
        // served, so that every stored signature verifies against the documented path.
        guard APIPath.isCanonical(request.uri.path) else { throw FilingError.nonCanonicalPath(request.uri.path) }
        // Refuse an oversized body before reading any of it.
        if let declared = request.headers[.contentLength], let length = Int(declared), length > maxBodyBytes {
            throw FilingError.bodyTooLarge(limit: maxBodyBytes)
        }
        if request.method == .put, let declared = request.headers[.contentLength], let length = Int(declared),
            length > maxAttachmentBytes
        {
            throw AttachmentError.tooLarge(limit: maxAttachmentBytes)
        }
        var context = context
        if let authorization = request.headers[.authorization] {
            context.principal = .reviewer(try await reviewer(authorization: authorization))
            return try await next(request, context)
        }
        let signed = try await verifySignature(of: request, context: context)
        context.principal = .filer(signed)
        var request = request
        request.body = RequestBody(buffer: ByteBuffer(bytes: signed.body))
        return try await next(request, context)
    }

    private func reviewer(authorization: String) async throws -> ReviewerRecord {
        let prefix = "Bearer "
        guard authorization.hasPrefix(prefix) else { throw AuthError.tokenInvalid }
        let token = authorization.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty,
            let reviewer = try await store.reviewer(tokenSHA256: ReviewerToken.hash(token)),
            reviewer.state == .active
        else { throw AuthError.tokenInvalid }
        return reviewer
    }

    private func verifySignature(of request: Request, context: Context) async throws -> SignedRequest {
        // Reviewers' routes name no filer: a filer's request there is checked against the filer
        // its headers name, so a valid signature is recognised (and then refused with 403).
        let pathFiler =
            context.parameters.get(PathParameter.filer.rawValue).map { String($0) }
            ?? HTTPField.Name(SigningScheme.Header.filer).flatMap { request.headers[$0] } ?? ""
        let pathRound = context.parameters.get(PathParameter.round.rawValue).map { String($0) } ?? "*"
        let headers = try SignedHeaders.parse(request.headers, pathFiler: pathFiler, pathRound: pathRound)
        guard let key = try await store.key(id: headers.keyID) else { throw AuthError.unknownKey(headers.keyID) }
        guard key.state == .active else { throw AuthError.keyRevoked(key.id) }
        if let retiresAt = key.retiresAt, let until = ChinaTime.parse(retiresAt), signatureClock.now() >= until {
            throw AuthError.keyRetired(key: key.id, at: retiresAt)
        }
        guard key.filer == pathFiler else {
            if try await store.filer(code: pathFiler) == nil { throw FilingError.unknownFiler(pathFiler) }
            throw AuthError.keyFilerMismatch(key: key.id, keyFiler: key.filer, pathFiler: pathFiler)
        }
        let body: Data
        if request.method == .put {
            let limit = min(maxBodyBytes, maxAttachmentBytes)
            do {
                body = try await Self.collect(request.body, limit: limit)
            } catch FilingError.bodyTooLarge {
                throw AttachmentError.tooLarge(limit: limit)
            }
        } else {
            body = try await Self.collect(request.body, limit: maxBodyBytes)
        }
        guard Hex.encode(Crypto.sha256(body)) == headers.contentSHA256 else { throw AuthError.bodyHashMismatch }
        // The query string is signed too: a read's parameters cannot be changed in transit.
        let target = request.uri.path + (request.uri.query.map { $0.isEmpty ? "" : "?" + $0 } ?? "")
        let fields = headers.fields(method: request.method.rawValue, path: target)
        guard SigningScheme.isValid(signatureHex: headers.signature, for: fields, secret: key.secret) else {
            throw AuthError.signatureInvalid
        }
        // Uploads (a version, an attachment) may be signed offline; a read is fresh or refused, so
        // it cannot be replayed later. An attachment PUT replayed stores nothing new.
        if request.method != .post && request.method != .put, let signedAt = SigningScheme.parseTimestamp(headers.signedAt) {
            let now = signatureClock.now()
            guard abs(signedAt.timeIntervalSince(now)) <= SigningScheme.readWindow else {
                throw AuthError.signatureExpired(signedAt: headers.signedAt, now: SigningScheme.timestamp(now))
            }
        }
        return SignedRequest(filer: key.filer, keyID: key.id, fields: fields, signature: headers.signature, body: body)
    }

    /// Reads the body, stopping as soon as it exceeds `limit` (a chunked body declares no size).
    static func collect(_ body: RequestBody, limit: Int) async throws -> Data {
        var data = Data()
        for try await chunk in body {
            guard data.count + chunk.readableBytes <= limit else { throw FilingError.bodyTooLarge(limit: limit) }
            data.append(contentsOf: chunk.readableBytesView)
        }
        return data
    }
}
