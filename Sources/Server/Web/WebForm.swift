import Foundation
import Hummingbird
import Shared

/// An `application/x-www-form-urlencoded` body, as the pages' forms send it.
package struct WebForm: Sendable {
    /// Forms carry a comment at most; anything bigger is refused (413).
    static let limit = 64 * 1024

    private var fields: [String: String]
    /// Field names in the order the body gave them (first occurrences).
    private var order: [String]

    init(fields: [String: String], order: [String]? = nil) {
        self.fields = fields
        self.order = order ?? fields.keys.sorted()
    }

    /// The fields whose names start with `prefix`, in the body's order, as sent (untrimmed,
    /// blank ones too), the prefix taken off their names.
    func fields(prefixed prefix: String) -> [(name: String, value: String)] {
        order.filter { $0.hasPrefix(prefix) }.map { (String($0.dropFirst(prefix.count)), fields[$0] ?? "") }
    }

    /// The field's value, trimmed; nil when absent or blank.
    package subscript(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// Parses `body`; a field given twice keeps its first value.
    package static func parse(_ body: String) -> WebForm {
        var fields: [String: String] = [:]
        var order: [String] = []
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]) else { continue }
            let value = parts.count > 1 ? decode(parts[1]) ?? "" : ""
            if fields[name] == nil {
                fields[name] = value
                order.append(name)
            }
        }
        return WebForm(fields: fields, order: order)
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// Reads the body of a request (up to `limit` bytes).
    static func read(_ request: Request, limit: Int = limit) async throws -> WebForm {
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
    /// `limit` bounds the body (the review form, with a comment box beside each problem, is larger).
    func form(_ request: Request, limit: Int = WebForm.limit) async throws -> (
        form: WebForm, reviewer: ReviewerRecord, session: WebSession
    ) {
        let (reviewer, session) = try signedIn()
        let form = try await WebForm.read(request, limit: limit)
        guard form.hasCSRFToken(session.csrfToken) else { throw WebRefusal.csrf }
        return (form, reviewer, session)
    }
}
