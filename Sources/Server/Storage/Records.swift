import Foundation
import Shared

/// Whether a key or reviewer token still works.
package enum CredentialState: String, Sendable, Codable {
    case active, revoked
}

/// A filing round.
package struct RoundRecord: Sendable, Equatable {
    package var id: String
    package var title: String
    /// Filings are on time until the end of this day, CST.
    package var deadline: Day
    package var createdAt: String
    package var closedAt: String?
    /// Set when archived: closed, and left out of what is offered by default.
    package var archivedAt: String? = nil

    package var isClosed: Bool { closedAt != nil }
}

/// A filing office on the roster.
package struct FilerRecord: Sendable, Equatable {
    package var code: String
    package var name: String
    package var nameEn: String?
    package var kind: FilerKind
    package var createdAt: String
}

/// A filer's signing key. Its description never shows the secret.
package struct KeyRecord: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    package var id: String
    package var filer: String
    package var secret: [UInt8]
    package var state: CredentialState
    package var createdAt: String
    package var revokedAt: String?
    /// After a rotation: the instant (CST) from which this key signs nothing.
    package var retiresAt: String? = nil

    package var description: String { "key \(id) of \(filer) (\(state.rawValue))" }
    package var debugDescription: String { description }
}

/// A reviewer of the General Office (the token itself is never stored).
package struct ReviewerRecord: Sendable, Equatable {
    package var id: Int64
    package var name: String
    package var state: CredentialState
    package var createdAt: String
    package var revokedAt: String?
}

/// An upload that passed signature and validation, about to become a version.
package struct NewVersion: Sendable {
    package var round: String
    package var filer: String
    package var bytes: Data
    package var sha256: String
    package var signature: String
    package var keyID: String
    package var signedAt: String
    package var baseVersion: Int
    /// The validator's result; never contains errors.
    package var validation: ValidationResult
    /// The summary's counts of the decoded report, stored with the version; `nil` stores none
    /// (the summary then counts from the bytes).
    package var shareCounts: ShareCounts?

    package init(
        round: String, filer: String, bytes: Data, sha256: String, signature: String, keyID: String,
        signedAt: String, baseVersion: Int, validation: ValidationResult, shareCounts: ShareCounts? = nil
    ) {
        self.round = round
        self.filer = filer
        self.bytes = bytes
        self.sha256 = sha256
        self.signature = signature
        self.keyID = keyID
        self.signedAt = signedAt
        self.baseVersion = baseVersion
        self.validation = validation
        self.shareCounts = shareCounts
    }
}

/// A stored version's metadata (without its bytes).
package struct VersionRecord: Sendable, Equatable {
    package var id: Int64
    package var round: String
    package var filer: String
    package var version: Int
    package var sha256: String
    package var signature: String
    package var keyID: String
    package var signedAt: String
    package var baseVersion: Int
    package var receivedAt: String
    package var validation: ValidationResult

    /// The receipt of this version, given the filer's deadline and its first receive time; the
    /// receipt names the deadline this filer is held to (its own, when extended).
    package func receipt(deadline: FilerDeadline, firstReceivedAt: String) -> Receipt {
        Receipt(
            filer: filer, round: round, version: version, sha256: sha256, receivedAt: receivedAt,
            deadline: deadline.effective.description,
            deadlineStatus: DeadlineRule.status(deadline: deadline, firstReceivedAt: firstReceivedAt),
            errors: validation.errors, warnings: validation.warnings)
    }

    /// The signed fields of the upload that created this version.
    package var signedFields: SigningScheme.Fields {
        SigningScheme.Fields(
            method: "POST", path: APIPath.versions(round: round, filer: filer), filer: filer, round: round,
            keyID: keyID, signedAt: signedAt, baseVersion: baseVersion, contentSHA256: sha256)
    }
}

/// What became of an upload at the storage layer.
package enum AppendOutcome: Sendable, Equatable {
    /// A new version; its receipt.
    case created(Receipt)
    /// The same signature was stored before: the original receipt, nothing new.
    case replayed(Receipt)
    /// The upload amends a version that is no longer the latest.
    case stale(currentVersion: Int)
    /// The bytes equal the latest version's: not a new version.
    case unchanged(version: Int)
}

/// One row of the audit log.
package struct AuditEvent: Sendable, Equatable {
    package var seq: Int64
    package var time: String
    package var actor: String
    package var action: String
    package var subject: String
    /// Canonical JSON object (sorted keys) of string values.
    package var details: String
    package var prevHash: String
    package var hash: String
}
