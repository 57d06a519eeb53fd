import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Testing

/// The page templates and the stylesheet as files in the Server target's resources: every
/// template a page renders exists, every file is used, none carries script or inline style, and
/// the stylesheet is served once per content hash with a long cache.
@Suite("Web templates")
struct WebTemplateTests {
    /// The names `text` uses as `{{> name}}` (partial) or `{{< name}}` (inherited layout).
    static func references(in text: String) -> [String] {
        text.matches(of: #/\{\{\s*[<>]\s*([A-Za-z0-9_./-]+)\s*\}\}/#).map { String($0.output.1) }
    }

    /// Every `.mustache` file below the templates folder: name (path without extension) → text.
    static func templateFiles() throws -> [String: String] {
        let folder = WebAssets.templates
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        var files: [String: String] = [:]
        for path in paths where path.hasSuffix(".mustache") {
            files[String(path.dropLast(".mustache".count))] = try String(
                contentsOf: folder.appending(path: path), encoding: .utf8)
        }
        return files
    }

    @Test("every WebTemplate loads from the resources; every file is a page or a partial some template uses")
    func templatesAndPartials() async throws {
        let assets = try await WebAssets.load()
        let files = try Self.templateFiles()
        #expect(!files.isEmpty)
        for template in WebTemplate.allCases {
            #expect(files[template.rawValue] != nil, "no file \(template.rawValue).mustache")
            #expect(assets.hasTemplate(named: template.rawValue), "\(template.rawValue) not in the library")
        }
        let used = Set(files.values.flatMap(Self.references))
        for name in files.keys.sorted() {
            #expect(
                WebTemplate(rawValue: name) != nil || used.contains(name), "\(name).mustache is neither a page nor a used partial"
            )
        }
        for name in used.sorted() {
            #expect(assets.hasTemplate(named: name), "a template uses {{> \(name)}}, which does not exist")
        }
        // Every page sits in the frame.
        for template in WebTemplate.allCases {
            #expect(files[template.rawValue]?.contains("{{<layout}}") == true, "\(template.rawValue) does not inherit layout")
        }
    }

    @Test("templates carry no script, no inline style and no unescaped value")
    func noScriptNoInlineStyle() throws {
        for (name, text) in try Self.templateFiles() {
            for forbidden in ["<script", "<style", "style=", "{{{", "{{&", "javascript:"] {
                #expect(!text.contains(forbidden), "\(name).mustache contains \(forbidden)")
            }
        }
    }

    @Test("the stylesheet: linked by every page, served by content hash with a year's cache; CSP allows no inline style")
    func stylesheet() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let css = try Data(contentsOf: WebAssets.resources.appending(path: "static/zicha.css"))
        try await server.live { client in
            var browser = WebBrowser(client)
            let signIn = try await browser.get("/web/sign-in")
            let policy = try #require(signIn.headers[.contentSecurityPolicy])
            #expect(policy.contains("style-src 'self'") && !policy.contains("unsafe-inline") && !policy.contains("script-src"))
            let link = try #require(
                signIn.html.firstMatch(of: #/<link rel="stylesheet" href="(/web/static/zicha-[0-9a-f]{16}\.css)">/#))
            let href = String(link.output.1)
            // The public pages (here the not-yet-published 404) use the same frame.
            let publicPage = try await browser.get("/public/rounds/2017")
            #expect(publicPage.html.contains(#"<link rel="stylesheet" href="\#(href)">"#))

            let sheet = try await browser.get(href)
            #expect(sheet.status == .ok)
            #expect(sheet.headers[.contentType] == "text/css; charset=utf-8")
            #expect(sheet.headers[.cacheControl] == "public, max-age=31536000, immutable")
            #expect(Data(sheet.body.readableBytesView) == css)
            #expect(try await browser.get("/web/static/zicha.css").status == .notFound)
            #expect(try await browser.get("/web/static/zicha-0000000000000000.css").status == .notFound)
        }
    }
}
