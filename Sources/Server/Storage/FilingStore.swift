import Foundation
import Shared

/// Everything the server stores. Every write appends its audit event in the same transaction.
/// Implemented by `AppDatabase` (SQLite); `actor` names who acts (`admin:root`, `filer:110000`…).
/// The reviewers' part is `ReviewStore`.
package protocol FilingStore: ReviewStore {
    // MARK: - Writes

    /// Creates a round with its roster (codes that must already be filers).
    func createRound(id: String, title: String, deadline: Day, roster: [String], actor: String, at: Date) async throws
    /// Closes a round: later uploads are refused.
    func closeRound(id: String, actor: String, at: Date) async throws
    /// Adds a filer (not to any roster).
    func addFiler(code: String, name: String, nameEn: String?, kind: FilerKind, actor: String, at: Date) async throws
    /// Stores a new active key for `filer` and returns it.
    func issueKey(id: String, filer: String, secret: [UInt8], actor: String, at: Date) async throws -> KeyRecord
    /// Revokes a key; it signs nothing afterwards.
    func revokeKey(id: String, actor: String, at: Date) async throws
    /// Adds a reviewer identified by the SHA-256 (hex) of their bearer token.
    func addReviewer(name: String, tokenSHA256: String, actor: String, at: Date) async throws -> ReviewerRecord
    /// Revokes every active token of the reviewer `name`; returns how many.
    func revokeReviewer(name: String, actor: String, at: Date) async throws -> Int
    /// Stores `version` as the next version (or answers a replay or a stale base) in one transaction.
    func appendVersion(_ version: NewVersion, receivedAt: Date) async throws -> AppendOutcome

    // MARK: - Reads

    /// The round `id`, if it exists.
    func round(id: String) async throws -> RoundRecord?
    /// Every round, newest first.
    func rounds() async throws -> [RoundRecord]
    /// The rounds whose roster holds `filer`, newest first.
    func rounds(forFiler filer: String) async throws -> [RoundRecord]
    /// The filer `code`, if it exists.
    func filer(code: String) async throws -> FilerRecord?
    /// Every filer, by code.
    func filers() async throws -> [FilerRecord]
    /// The filer codes on a round's roster.
    func roster(round: String) async throws -> Set<String>
    /// Whether `filer` is on the round's roster (one primary-key lookup).
    func isOnRoster(round: String, filer: String) async throws -> Bool
    /// The key `id`, with its secret (for verification only).
    func key(id: String) async throws -> KeyRecord?
    /// A filer's keys, oldest first.
    func keys(filer: String) async throws -> [KeyRecord]
    /// The reviewer whose token hashes to `tokenSHA256`.
    func reviewer(tokenSHA256: String) async throws -> ReviewerRecord?
    /// Every reviewer token record, oldest first.
    func reviewers() async throws -> [ReviewerRecord]
    /// The number of the latest version (0 for none).
    func latestVersion(round: String, filer: String) async throws -> Int
    /// The receipt of the version stored with this signature, if any.
    func receipt(signature: String) async throws -> Receipt?
    /// A filer's versions in a round, oldest first, with the receive time of the first.
    func versions(round: String, filer: String) async throws -> [VersionRecord]
    /// One version's metadata.
    func version(round: String, filer: String, number: Int) async throws -> VersionRecord?
    /// One version's exact stored bytes.
    func reportBytes(round: String, filer: String, number: Int) async throws -> Data?
    /// Review decisions of the given versions, oldest first, keyed by version row id.
    func reviews(versionIDs: [Int64]) async throws -> [Int64: [ReviewRecord]]
    /// Walks the audit chain.
    func verifyAudit() async throws -> AuditChain.Verification
}
