import Foundation
import Hummingbird

/// The cookies of the reviewer pages: HttpOnly, SameSite=Strict, Path=/. No `Secure` flag, since
/// the server speaks plain HTTP on its own (put it behind a TLS proxy that adds it when exposed).
enum WebCookies {
    /// The session id.
    static let session = "zicha_session"
    /// The sign-in form's CSRF token (double submit: this cookie and the form field must match).
    static let signIn = "zicha_signin"

    static func session(_ id: String) -> Cookie {
        Cookie(name: session, value: id, maxAge: Int(WebSessionStore.lifetime), path: "/", httpOnly: true, sameSite: .strict)
    }

    static func signIn(_ token: String) -> Cookie {
        Cookie(name: signIn, value: token, maxAge: 3600, path: "/", httpOnly: true, sameSite: .strict)
    }

    /// A cookie that makes the browser forget `name`.
    static func cleared(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict)
    }
}
