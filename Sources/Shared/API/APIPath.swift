/// The API's paths, shared so client and server cannot disagree: the client builds request paths
/// (and the string it signs) from these, the server registers its routes from the same functions
/// with route parameters (`:round`) in place of values, and refuses any path not in canonical form.
package enum APIPath {
    /// The version prefix of every API path.
    package static let prefix = "/v1"

    package static func versions(round: String, filer: String) -> String {
        "\(prefix)/rounds/\(round)/filers/\(filer)/versions"
    }
    package static func version(round: String, filer: String, version: String) -> String {
        "\(versions(round: round, filer: filer))/\(version)"
    }
    package static func version(round: String, filer: String, version: Int) -> String {
        self.version(round: round, filer: filer, version: String(version))
    }
    package static func report(round: String, filer: String, version: Int) -> String {
        "\(self.version(round: round, filer: filer, version: version))/report"
    }
    /// A version's archive: report, signature, attachments and a manifest of hashes.
    package static func bundle(round: String, filer: String, version: Int) -> String {
        "\(self.version(round: round, filer: filer, version: version))/bundle.zip"
    }
    /// The attachments a filer stored in a round.
    package static func attachments(round: String, filer: String) -> String {
        "\(prefix)/rounds/\(round)/filers/\(filer)/attachments"
    }
    /// One attachment, addressed by the SHA-256 of its bytes.
    package static func attachment(round: String, filer: String, sha256: String) -> String {
        "\(attachments(round: round, filer: filer))/\(sha256)"
    }
    package static func filerRounds(filer: String) -> String {
        "\(prefix)/filers/\(filer)/rounds"
    }
    /// A filer's inbox of notices (`?unread=true`: only unread ones; `?markRead=true`: the ones
    /// answered are marked read).
    package static func notices(filer: String) -> String {
        "\(prefix)/filers/\(filer)/notices"
    }
    package static func roster(round: String) -> String {
        "\(prefix)/rounds/\(round)/filers"
    }
    package static func spotChecks(round: String) -> String {
        "\(prefix)/rounds/\(round)/spot-checks"
    }
    package static func round(_ round: String) -> String {
        "\(prefix)/rounds/\(round)"
    }

    /// Whether `path` is in the one form a signature may cover: `/` then non-empty segments of
    /// `A–Z a–z 0–9 . _ -` joined by single slashes, none of them `.` or `..`, no trailing slash,
    /// no percent escapes. `//v1/…`, `…/versions/` and `…//versions` are not.
    package static func isCanonical(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        guard bytes.count >= 2, bytes.count <= 512, bytes.first == UInt8(ascii: "/") else { return false }
        for segment in bytes.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            guard !segment.isEmpty, segment.allSatisfy(Identifier.isSegmentByte),
                !segment.allSatisfy({ $0 == UInt8(ascii: ".") })
            else { return false }
        }
        return true
    }
}
