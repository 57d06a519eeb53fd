import Foundation
import Hummingbird
import Shared

/// An `application/x-www-form-urlencoded` body, as the pages' forms send it.
struct WebForm: Sendable {
    /// Forms carry a comment at most; anything bigger is refused (413).
    static let limit = 64 * 1024

    private var fields: [String: String]

    init(fields: [String: String]) {
        self.fields = fields
    }

    /// The field's value, trimmed; nil when absent or blank.
    subscript(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// Parses `body`; a field given twice keeps its first value.
    static func parse(_ body: String) -> WebForm {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]) else { continue }
            let value = parts.count > 1 ? decode(parts[1]) ?? "" : ""
            if fields[name] == nil { fields[name] = value }
        }
        return WebForm(fields: fields)
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// Reads the body of a request (up to `limit`).
    static func read(_ request: Request) async throws -> WebForm {
        let data = try await AuthMiddleware.collect(request.body, limit: limit)
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Whether the form's `csrf` field equals `expected`, compared in constant time.
    func hasCSRFToken(_ expected: String) -> Bool {
        guard let sent = self["csrf"] else { return false }
        return Crypto.constantTimeEqual(Array(sent.utf8), Array(expected.utf8))
    }
}

extension WebRequestContext {
    /// The submitted form of a signed-in reviewer, after checking its CSRF token (403 otherwise).
    func form(_ request: Request) async throws -> (form: WebForm, reviewer: ReviewerRecord, session: WebSession) {
        let (reviewer, session) = try signedIn()
        let form = try await WebForm.read(request)
        guard form.hasCSRFToken(session.csrfToken) else { throw WebRefusal.csrf }
        return (form, reviewer, session)
    }
}
