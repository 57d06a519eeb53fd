import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Shared

/// A minimal browser over the test client: keeps cookies, reads CSRF tokens from forms, posts
/// URL-encoded forms. It follows no redirects, so tests see every 303.
struct WebBrowser {
    let client: any TestClientProtocol
    /// Cookie name → value, as the server set them.
    var cookies: [String: String] = [:]
    /// The `Set-Cookie` lines of the last response.
    var lastSetCookies: [String] = []

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    mutating func get(_ uri: String) async throws -> TestResponse {
        try await send(uri, method: .get, body: nil)
    }

    /// Posts `fields` as `application/x-www-form-urlencoded`.
    mutating func post(_ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(
            uri, method: .post, body: ByteBuffer(string: body), contentType: "application/x-www-form-urlencoded")
    }

    /// Posts `fields` and one file as `multipart/form-data`, as a browser sends an upload form.
    mutating func upload(
        _ uri: String, _ fields: [(String, String)], file: (field: String, name: String, data: Data)
    ) async throws -> TestResponse {
        let boundary = "----zichaBoundary\(UUID().uuidString.prefix(8))"
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: image/png\r\n\r\n"
                .utf8)
        body += file.data + Data("\r\n--\(boundary)--\r\n".utf8)
        return try await send(
            uri, method: .post, body: ByteBuffer(bytes: body), contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Signs in with `token` through the sign-in form; returns the answer to the POST.
    mutating func signIn(_ token: String, next: String? = nil) async throws -> TestResponse {
        let form = try await get("/web/sign-in")
        let csrf = try Self.csrf(in: form)
        var fields = [("csrf", csrf), ("token", token)]
        if let next { fields.append(("next", next)) }
        return try await post("/web/sign-in", fields)
    }

    /// The CSRF token of the first form of a page.
    static func csrf(in response: TestResponse) throws -> String {
        let html = response.html
        guard let range = html.range(of: #"name="csrf" value="([0-9a-f]+)""#, options: .regularExpression) else {
            throw APIErrorBody(error: "no csrf field", message: "", messageEn: String(html.prefix(300)))
        }
        return String(html[range].dropFirst(#"name="csrf" value=""#.count).dropLast())
    }

    private mutating func send(
        _ uri: String, method: HTTPRequest.Method, body: ByteBuffer?, contentType: String? = nil
    ) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        if let contentType { headers[.contentType] = contentType }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        lastSetCookies = response.headers[values: .setCookie]
        for line in lastSetCookies {
            let pair = line.split(separator: ";", maxSplits: 1)[0].split(
                separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]).trimmingCharacters(in: .whitespaces)
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || line.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        return response
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

extension TestResponse {
    /// The body as text.
    var html: String { String(decoding: body.readableBytesView, as: UTF8.self) }

    /// The `Location` of a redirect.
    var redirectLocation: String? { headers[.location] }
}
