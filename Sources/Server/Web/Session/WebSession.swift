import Foundation
import Shared

/// A reviewer's browser session. The session id itself lives only in the browser's cookie; the
/// server keys sessions by its SHA-256, so a memory dump or log never yields a usable cookie.
package struct WebSession: Sendable, Equatable {
    /// SHA-256 (hex) of the reviewer's bearer token: the session dies with the token's revocation.
    package var tokenSHA256: String
    /// Per-session CSRF token, sent in every state-changing form.
    package var csrfToken: String
    package var expiresAt: Date
}

/// The signed-in sessions, in memory: a restart signs every reviewer out, which is acceptable
/// for a handful of reviewers and keeps session ids out of the database and its backups.
package actor WebSessionStore {
    /// How long a session lasts after sign-in (a working day).
    package static let lifetime: TimeInterval = 8 * 3600

    private let clock: any ServerClock
    private var sessions: [String: WebSession] = [:]

    package init(clock: any ServerClock) {
        self.clock = clock
    }

    /// What a cookie's session id stands for.
    package enum Lookup: Sendable, Equatable {
        case active(WebSession)
        case expired
        case unknown
    }

    /// Starts a session for the holder of the token hashing to `tokenSHA256`; returns the id to
    /// put in the cookie and the session.
    package func create(tokenSHA256: String) -> (id: String, session: WebSession) {
        pruneExpired()
        let id = Hex.encode(Crypto.randomBytes(32))
        let session = WebSession(
            tokenSHA256: tokenSHA256, csrfToken: Hex.encode(Crypto.randomBytes(32)),
            expiresAt: clock.now().addingTimeInterval(Self.lifetime))
        sessions[Self.key(id)] = session
        return (id, session)
    }

    /// The session of cookie value `id`; an expired one is forgotten.
    package func lookup(_ id: String) -> Lookup {
        let key = Self.key(id)
        guard let session = sessions[key] else { return .unknown }
        guard clock.now() < session.expiresAt else {
            sessions[key] = nil
            return .expired
        }
        return .active(session)
    }

    /// Ends the session of cookie value `id`.
    package func remove(_ id: String) {
        sessions[Self.key(id)] = nil
    }

    /// Sessions currently held (for tests).
    package var count: Int { sessions.count }

    private func pruneExpired() {
        let now = clock.now()
        sessions = sessions.filter { now < $0.value.expiresAt }
    }

    private static func key(_ id: String) -> String { Hex.encode(Crypto.sha256(Array(id.utf8))) }
}
