import Foundation
import Shared

/// A platform chosen by a draw.
package struct DrawnPlatform: Sendable, Equatable {
    package var versionID: Int64
    package var platformID: String
    package var level: PlatformLevel

    package init(versionID: Int64, platformID: String, level: PlatformLevel) {
        self.versionID = versionID
        self.platformID = platformID
        self.level = level
    }
}

/// What became of a finding or its resolution.
package enum FindingOutcome: Sendable, Equatable {
    case recorded(SpotCheckFinding)
    /// No such item in that draw of that round (or no such finding to resolve).
    case unknown
    /// A finding on that indicator of that platform exists already.
    case exists
    /// Only a discrepancy has a follow-up to resolve.
    case notDiscrepancy
    case alreadyResolved
}
