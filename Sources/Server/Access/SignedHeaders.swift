import HTTPTypes
import Shared

extension SignedHeaders {
    /// Reads the `Zicha-*` headers of a request (`SignedHeaders.read` in Shared holds their
    /// syntax); a problem is the API's 400/401 answer.
    package static func parse(_ headers: HTTPFields, pathFiler: String, pathRound: String) throws(AuthError) -> SignedHeaders {
        do {
            return try read({ name in HTTPField.Name(name).flatMap { headers[$0] } }, pathFiler: pathFiler, pathRound: pathRound)
        } catch {
            switch error {
            case .missing(let names): throw .signatureMissing(names)
            case .malformed(let header, let reason): throw .signatureMalformed(header: header, reason: reason)
            }
        }
    }
}
