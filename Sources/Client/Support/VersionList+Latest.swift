import Shared

extension VersionList {
    /// The newest version stored, if any.
    var latest: VersionInfo? { versions.max { $0.receipt.version < $1.receipt.version } }

    /// The return the newest version stands under: its last return, when it stands returned.
    var standingReturn: ReviewRecord? {
        guard let latest, latest.reviewState == .returned else { return nil }
        return latest.reviews.last { $0.decision == .return }
    }
}
