import Foundation
import Hummingbird
import Yams

/// The OpenAPI 3 document of the JSON API (docs/API.md), served at `GET /openapi.json`.
///
/// Written as YAML in `Resources/openapi.yaml` (shared parameters, responses and schemas under
/// `components`); converted to JSON once, at first use. `scripts/openapi-check` validates it
/// (openapi-spec-validator) and runs schemathesis against a live server with it; `OpenAPITests`
/// checks that it names exactly the router's API routes and that the wire types match its schemas.
package enum OpenAPIDocument {
    /// `GET /openapi.json`.
    package static func response() -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: jsonData)))
    }

    /// The document as JSON text (sorted keys).
    package static var json: String { String(decoding: jsonData, as: UTF8.self) }

    /// The document as JSON bytes, converted from the YAML resource once.
    package static let jsonData: Data = {
        do {
            return try convert(yaml: String(contentsOf: yamlURL, encoding: .utf8))
        } catch {
            // The resource ships with the binary: a failure here is a broken build, not a request error.
            fatalError("OpenAPI 文档无法读取 / cannot load the OpenAPI document \(yamlURL.path): \(error)")
        }
    }()

    /// `openapi.yaml` in the Server target's copied `Resources` folder.
    package static var yamlURL: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)!.appendingPathComponent("openapi.yaml")
    }

    /// YAML text → JSON bytes with sorted keys. Throws when the YAML holds no JSON value
    /// (e.g. an unquoted date, which YAML reads as a timestamp, or a non-string key).
    package static func convert(yaml: String) throws -> Data {
        let value = try Yams.load(yaml: yaml) ?? [String: Any]()
        guard JSONSerialization.isValidJSONObject(value) else {
            throw ConversionError(reason: "不是 JSON 值 / not a JSON value (quote dates and numeric keys)")
        }
        return try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    /// Why the YAML could not become JSON.
    package struct ConversionError: Error, CustomStringConvertible {
        package var reason: String
        package var description: String { reason }
    }
}
