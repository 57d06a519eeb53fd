import CCurl
import Foundation

/// Where and as whom notices are mailed (`serve --smtp-url --smtp-from --smtp-credentials`).
package struct SMTPSettings: Sendable, Equatable {
    /// `smtp://host:port` (STARTTLS when offered) or `smtps://host:port` (TLS from the start).
    package var url: String
    /// The envelope and `From:` address.
    package var from: String
    package var username: String?
    package var password: String?
    /// Refuse to send unless the connection is encrypted (STARTTLS required).
    package var requireTLS = false
    /// Certificates (PEM) the relay's certificate must chain to, instead of the system's.
    package var caFile: String?
    /// Seconds a connection and one transaction may take.
    package var timeoutSeconds = 30

    package init(url: String, from: String, username: String? = nil, password: String? = nil) {
        self.url = url
        self.from = from
        self.username = username
        self.password = password
    }

    /// Whether `text` names a relay: `smtp://` or `smtps://`, a host, an optional port, nothing else.
    package static func isRelayURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme, ["smtp", "smtps"].contains(scheme),
            let host = url.host, !host.isEmpty, url.query == nil, url.user == nil, url.path.isEmpty || url.path == "/"
        else { return false }
        return url.port.map { (1...65_535).contains($0) } ?? true
    }
}

/// The outcome of handing one message to the relay.
package enum MailResult: Sendable, Equatable {
    case sent
    /// Worth trying again later (relay unreachable, 4xx, timeout), with libcurl's words.
    case transient(String)
    /// The relay refused it for good (5xx: unknown mailbox, policy), with its reason.
    case permanent(String)
}

/// Sends mails through libcurl's SMTP client, one transaction per message, off the async
/// threads (libcurl blocks while it talks to the relay).
package struct SMTPMailer: Sendable {
    package let settings: SMTPSettings

    private static let initialised: Bool = zicha_curl_global_init() == 0

    package init(settings: SMTPSettings) {
        self.settings = settings
        _ = Self.initialised
    }

    /// Hands `message` (CRLF line ends) for `recipient` to the relay.
    package func send(_ message: [UInt8], to recipient: String) async -> MailResult {
        let settings = settings
        return await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .utility).async {
                continuation.resume(returning: Self.sendNow(message, to: recipient, settings: settings))
            }
        }
    }

    private static func sendNow(_ message: [UInt8], to recipient: String, settings: SMTPSettings) -> MailResult {
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        var responseCode = 0
        let code = message.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { text in
                zicha_smtp_send(
                    settings.url, settings.from, "<\(recipient)>", text.baseAddress, text.count, settings.username,
                    settings.password, settings.caFile, settings.timeoutSeconds, settings.requireTLS ? 1 : 0, &errorBuffer,
                    &responseCode)
            }
        }
        guard code != Int32(CURLE_OK.rawValue) else { return .sent }
        let words = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let curlText = String(cString: curl_easy_strerror(CURLcode(rawValue: UInt32(code))))
        let reason = "\(words.isEmpty ? curlText : words)\(responseCode > 0 ? " (SMTP \(responseCode))" : "")"
        return (500..<600).contains(responseCode) ? .permanent(reason) : .transient(reason)
    }
}
