import Foundation
import Hummingbird

/// Brings the dashboard's filters back when a reviewer returns to it by a plain link (the
/// navigation's "看板", the filer page's round link): the dashboard keeps the last filters of
/// each round in a cookie scoped to that round's pages, and the bare address answers with a
/// redirect to the address carrying them. An address with any query is taken as it is, so
/// "清除" (`?clear=1`) shows the plain roster and forgets the filters.
enum RosterMemory {
    static let cookie = "zicha_roster"

    /// The dashboard address with the remembered filters, when the request names none and some
    /// were remembered (validated again: a tampered cookie gives nothing, never an error).
    static func remembered(_ request: Request, round: String) -> String? {
        guard request.uri.query?.isEmpty ?? true,
            let value = request.cookies[cookie]?.value, let query = decode(value),
            let filters = try? RosterFilters(value: { query[$0] }), !filters.isDefault
        else { return nil }
        return WebPaths.with(WebPaths.dashboard(round), filters.query)
    }

    /// The cookie that remembers `filters` (or forgets them when they are the plain roster).
    static func cookie(for filters: RosterFilters, round: String) -> Cookie {
        let path = WebPaths.dashboard(round)
        guard !filters.isDefault else {
            return Cookie(name: cookie, value: "", maxAge: 0, path: path, httpOnly: true, sameSite: .strict)
        }
        let query = WebPaths.with("", filters.query).dropFirst()  // without the "?"
        return Cookie(
            name: cookie, value: encode(String(query)), maxAge: Int(WebSessionStore.lifetime), path: path, httpOnly: true,
            sameSite: .strict)
    }

    /// Base64url, so that no character of the query can end the cookie value.
    private static func encode(_ text: String) -> String {
        Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    private static func decode(_ value: String) -> [String: String]? {
        guard value.utf8.count <= 1024 else { return nil }
        var base64 = value.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.utf8.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else { return nil }
        var query: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let name = parts[0].removingPercentEncoding,
                let value = parts[1].removingPercentEncoding
            else { continue }
            query[name] = value
        }
        return query
    }
}
