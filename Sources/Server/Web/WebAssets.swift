import Foundation
import Mustache

/// The page templates and the stylesheet, loaded once from the target's resources
/// (`Resources/templates/*.mustache`, `Resources/static/zicha.css`).
package struct WebAssets: Sendable {
    /// Every template by file name (without `.mustache`); partials are resolved in it.
    let library: MustacheLibrary
    let stylesheet: WebStylesheet

    /// The Server target's resource folder.
    package static var resources: URL { Bundle.module.url(forResource: "Resources", withExtension: nil)! }
    /// The folder of the `.mustache` files.
    package static var templates: URL { resources.appending(path: "templates", directoryHint: .isDirectory) }

    /// Loads the templates and the stylesheet below `resources`; throws when a template does not
    /// parse, a `WebTemplate` has no file, or the stylesheet cannot be read.
    package static func load(from resources: URL = resources) async throws -> WebAssets {
        let folder = resources.appending(path: "templates", directoryHint: .isDirectory)
        let library = try await MustacheLibrary(directory: folder.path)
        let missing = WebTemplate.allCases.filter { library.getTemplate(named: $0.rawValue) == nil }
        guard missing.isEmpty else { throw MissingTemplates(names: missing.map(\.rawValue), folder: folder.path) }
        let stylesheet = try WebStylesheet(contentsOf: resources.appending(path: "static/zicha.css"))
        return WebAssets(library: library, stylesheet: stylesheet)
    }

    /// Whether a template or partial of this name was loaded.
    package func hasTemplate(named name: String) -> Bool {
        library.getTemplate(named: name) != nil
    }

    /// The HTML of `template` for `model`.
    func render(_ template: WebTemplate, _ model: Any) -> String {
        // `load` checked that every template exists.
        library.render(model, withTemplate: template.rawValue) ?? ""
    }

    struct MissingTemplates: Error, CustomStringConvertible {
        var names: [String]
        var folder: String
        var description: String { "no template \(names.joined(separator: ", ")) in \(folder)" }
    }
}
