import Foundation

/// The server target's resource files (`Sources/Server/Resources`, copied as one folder): the
/// OpenAPI document, the page templates and stylesheet, the SQL migrations.
enum ServerResources {
    /// The resource folder's root.
    static let root: URL = {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            // Only a broken installation gets here: the binary was copied without its bundle.
            fatalError("zicha-server: resource folder missing next to the binary (zicha_Server.resources)")
        }
        return url
    }()

    /// `path` below the root, e.g. `Migrations/0001-initial.sql`.
    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
}
