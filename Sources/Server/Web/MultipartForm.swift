import Foundation
import Hummingbird

/// A `multipart/form-data` body (RFC 7578) as the pages' upload form sends it: a few parts, each
/// with a `Content-Disposition: form-data; name="…"` (and `filename="…"` for a file) and its
/// bytes. Hummingbird has none and no library on hand parses it; this reads only what a browser
/// sends for `<form enctype="multipart/form-data">`, from a body already read within a limit,
/// at most `maxParts` parts. Anything else is refused as a bad request.
package struct MultipartForm: Sendable {
    package struct Part: Sendable {
        package var name: String
        package var filename: String?
        package var data: Data
    }

    package var parts: [Part]

    /// Room for the parts' headers, the boundaries and the small fields beside a file.
    static let overhead = 64 * 1024
    package static let maxParts = 16

    /// The text of the field `name` (not a file), as sent.
    func field(_ name: String) -> String? {
        parts.first { $0.name == name && $0.filename == nil }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// The file of the field `name`; nil when none was chosen (browsers send an empty, unnamed part).
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.filename?.isEmpty == false }
    }

    /// Reads and parses the body of `request`, at most `limit` bytes (`tooLarge` beyond).
    static func read(_ request: Request, limit: Int, tooLarge: any Error) async throws -> MultipartForm {
        guard let type = request.headers[.contentType], let boundary = boundary(contentType: type) else {
            throw ReviewError.invalidRequest("上传应为 multipart/form-data / an upload is multipart/form-data")
        }
        let body: Data
        do {
            body = try await AuthMiddleware.collect(request.body, limit: limit)
        } catch FilingError.bodyTooLarge {
            throw tooLarge
        }
        guard let form = parse(body, boundary: boundary) else {
            throw ReviewError.invalidRequest("无法读取上传的表单 / the upload form cannot be read")
        }
        return form
    }

    /// The `boundary` parameter of a `multipart/form-data` content type (RFC 2046: 1 to 70 characters).
    package static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            var value = String(piece.dropFirst("boundary=".count))
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// The parts of `body`; nil when it is not a well-formed multipart body.
    package static func parse(_ body: Data, boundary: String) -> MultipartForm? {
        let delimiter = Data("\r\n--\(boundary)".utf8)
        let crlf = Data("\r\n".utf8)
        // The first delimiter has no line break before it; give it one so all look alike.
        let data = crlf + body
        guard var cursor = data.range(of: delimiter)?.upperBound else { return nil }
        var parts: [Part] = []
        while true {
            let rest = data[cursor...]
            if rest.starts(with: Data("--".utf8)) { return MultipartForm(parts: parts) }
            guard rest.starts(with: crlf), parts.count < maxParts,
                let headerEnd = data.range(of: Data("\r\n\r\n".utf8), in: cursor + 2..<data.endIndex),
                let next = data.range(of: delimiter, in: headerEnd.upperBound..<data.endIndex),
                let part = part(
                    headers: data[cursor + 2..<headerEnd.lowerBound], content: data[headerEnd.upperBound..<next.lowerBound])
            else { return nil }
            parts.append(part)
            cursor = next.upperBound
        }
    }

    /// A part from its header lines and content: its `Content-Disposition` must be `form-data` with a name.
    private static func part(headers: Data, content: Data) -> Part? {
        let lines = String(decoding: headers, as: UTF8.self).components(separatedBy: "\r\n")
        guard let disposition = lines.first(where: { $0.lowercased().hasPrefix("content-disposition:") }) else { return nil }
        let value = disposition.dropFirst("content-disposition:".count)
        let parameters = Self.parameters(String(value))
        guard value.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("form-data"), let name = parameters["name"] else {
            return nil
        }
        return Part(name: name, filename: parameters["filename"], data: Data(content))
    }

    /// `name="a"; filename="b.png"` → its parameters; a quoted value keeps `;` and takes `\"` as `"`.
    private static func parameters(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].split(separator: ";").last?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            rest = rest[rest.index(after: equals)...]
            var value = ""
            if rest.first == "\"" {
                rest = rest.dropFirst()
                var escaped = false
                while let character = rest.first {
                    rest = rest.dropFirst()
                    if escaped {
                        value.append(character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        break
                    } else {
                        value.append(character)
                    }
                }
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                value = rest[..<end].trimmingCharacters(in: .whitespaces)
                rest = rest[end...]
            }
            if result[key] == nil { result[key] = value }
        }
        return result
    }
}
