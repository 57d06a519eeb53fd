import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Shared
import Testing

/// Issue 7: the OpenAPI document served at `/openapi.json` names exactly the JSON API's routes.
/// (`scripts/openapi-check` validates it and runs schemathesis against a live server.)
@Suite("OpenAPI document")
struct OpenAPITests {
    struct Document: Decodable {
        var openapi: String
        var paths: [String: [String: Operation]]
        struct Operation: Decodable {
            var operationId: String?
        }
    }

    @Test("GET /openapi.json serves the document without credentials")
    func served() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let response = try await server.live { client in try await client.execute(uri: "/openapi.json", method: .get) }
        #expect(response.status == .ok)
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        let document = try response.decode(Document.self)
        #expect(document.openapi.hasPrefix("3."))
        #expect(document.paths.values.flatMap(\.values).allSatisfy { $0.operationId != nil })
    }

    @Test("the document's paths and methods are exactly the router's API routes")
    func matchesRouter() throws {
        let server = try TestServer()
        defer { server.remove() }
        let document = try JSONDecoder().decode(Document.self, from: Data(OpenAPIDocument.json.utf8))
        let documented = Set(
            document.paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        let router = buildRouter(store: server.store, clock: server.clock, maxBodyBytes: ServerSettings.defaultMaxBodyBytes)
        let routed = Set(
            router.routes.map { route in
                let path = "/" + route.path.description.split(separator: "/").map { segment in
                    segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment)
                }.joined(separator: "/")
                return "\(route.method.rawValue) \(path)"
            }
            // The reviewers' and the public HTML pages are not part of the JSON API.
            .filter { !$0.contains(" /web") && !$0.contains(" /public/rounds") })
        #expect(documented.subtracting(routed).isEmpty, "documented but not routed: \(documented.subtracting(routed).sorted())")
        #expect(routed.subtracting(documented).isEmpty, "routed but not documented: \(routed.subtracting(documented).sorted())")
    }
}
