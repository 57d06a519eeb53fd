import Foundation
import Shared

/// What became of a review decision.
package enum ReviewOutcome: Sendable, Equatable {
    case recorded(ReviewRecord)
    /// No such version.
    case unknownVersion
    /// Only the latest version can be decided.
    case notLatest(currentVersion: Int)
}

/// One version's stored bytes.
package struct StoredReport: Sendable {
    package var filer: String
    package var name: String
    package var versionID: Int64
    package var version: Int
    package var bytes: Data
}
