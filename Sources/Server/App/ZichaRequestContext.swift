import Foundation
import Hummingbird
import Shared

/// Who is asking, once `AuthMiddleware` has checked the credentials.
package enum Principal: Sendable, Equatable {
    /// A filer's request signed with one of its active keys.
    case filer(SignedRequest)
    /// A reviewer of the General Office (bearer token).
    case reviewer(ReviewerRecord)

    /// Whether this principal may read `filer`'s versions: filers their own, reviewers all.
    package func mayRead(filer: String) -> Bool {
        switch self {
        case .filer(let signed): signed.filer == filer
        case .reviewer: true
        }
    }
}

/// A filer's request whose signature verified: the fields it bound and the exact body.
package struct SignedRequest: Sendable, Equatable {
    package var filer: String
    package var keyID: String
    package var fields: SigningScheme.Fields
    package var signature: String
    package var body: Data
}

/// The request context of every route.
package struct ZichaRequestContext: RequestContext {
    package var coreContext: CoreRequestContextStorage
    /// Set by `AuthMiddleware` on the authenticated routes.
    package var principal: Principal?

    package init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
