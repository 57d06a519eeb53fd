import Foundation
import GRDB

/// The schema migrations: frozen SQL files in `Resources/Migrations`, applied in order, each
/// under the identifier it was released with. A released file is never edited (SchemaTests pins
/// their hashes) and none calls application code; a change to the schema is a new file here, the
/// same change in the top-level `schema.sql`, and a new line below.
package enum Migrations {
    /// Identifier and file of every migration, oldest first.
    package static let all: [(identifier: String, file: String)] = [
        ("v1", "0001-initial.sql"),
        ("filings", "0002-filings.sql"),
        ("version-share-counts", "0003-version-share-counts.sql"),
        ("share-tallies-by-name", "0004-share-tallies-by-name.sql"),
        ("review-comments", "0005-review-comments.sql"),
        ("reviewer-views", "0006-reviewer-views.sql"),
        ("sealed-key-secrets", "0007-sealed-key-secrets.sql"),
        ("notices", "0008-notices.sql"),
        ("attachments", "0009-attachments.sql"),
        ("round-archive", "0010-round-archive.sql"),
        ("deadline-extensions", "0011-deadline-extensions.sql"),
        ("finding-attachments", "0012-finding-attachments.sql"),
        ("version-lookups", "0013-version-lookups.sql"),
    ]

    /// The folder holding the SQL files.
    package static var directory: URL { ServerResources.url("Migrations") }

    /// A migrator registering every file of `all`, read now.
    package static func migrator() throws -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in all {
            let sql = try String(contentsOf: directory.appendingPathComponent(migration.file), encoding: .utf8)
            migrator.registerMigration(migration.identifier) { db in try db.execute(sql: sql) }
        }
        return migrator
    }
}
