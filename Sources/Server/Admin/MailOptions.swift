import ArgumentParser
import Foundation

/// `serve`'s options for the notices: the SMTP relay, and how often the scheduler runs.
struct MailOptions: ParsableArguments {
    @Option(
        name: .customLong("smtp-url"),
        help:
            "发送通知邮件的 SMTP 中继，smtp://主机:端口（支持 STARTTLS 时使用）或 smtps:// / the SMTP relay for notice e-mails, smtp://host:port (STARTTLS when offered) or smtps://."
    )
    var smtpURL: String?

    @Option(name: .customLong("smtp-from"), help: "发件地址 / the sender address.")
    var smtpFrom: String?

    @Option(
        name: .customLong("smtp-credentials"),
        help:
            "中继的用户名和密码文件：第一行用户名，第二行密码，仅本人可读（0600） / a file with the relay's user name (first line) and password (second line), mode 0600."
    )
    var smtpCredentials: String?

    @Option(
        name: .customLong("smtp-ca"),
        help:
            "校验中继证书所用的 CA 证书文件（PEM，默认用系统的） / CA certificates (PEM) the relay's certificate must chain to (default: the system's)."
    )
    var smtpCA: String?

    @Flag(name: .customLong("smtp-require-tls"), help: "中继不支持 STARTTLS 时不发送 / send nothing unless the relay offers STARTTLS.")
    var smtpRequireTLS = false

    @Option(name: .customLong("notice-interval"), help: "每隔多少秒检查到期的提醒和待发邮件 / seconds between looks for due reminders and mails.")
    var noticeInterval: Int = 60

    @Option(
        name: .customLong("smtp-retry"),
        help: "首次发送失败后等待的秒数（此后每次加倍，最多1小时） / seconds before the first retry of a mail (doubled after each, at most an hour).")
    var smtpRetry: Int = 60

    func validate() throws {
        if let smtpURL, !SMTPSettings.isRelayURL(smtpURL) {
            throw ValidationError("--smtp-url 应为 smtp://主机:端口 或 smtps://主机:端口 / must be smtp://host:port or smtps://host:port")
        }
        if smtpURL != nil, smtpFrom == nil {
            throw ValidationError("给了 --smtp-url 就要给 --smtp-from / --smtp-url needs --smtp-from")
        }
        if smtpURL == nil, smtpFrom != nil || smtpCredentials != nil || smtpCA != nil || smtpRequireTLS {
            throw ValidationError(
                "--smtp-from、--smtp-credentials、--smtp-ca、--smtp-require-tls 需要 --smtp-url / need --smtp-url")
        }
        if let smtpFrom, !ContactInput.isMailbox(smtpFrom) {
            throw ValidationError("--smtp-from 不是有效的电子邮箱地址 / is not a valid e-mail address")
        }
        guard (1...86_400).contains(noticeInterval) else {
            throw ValidationError("--notice-interval 应在 1–86400 秒 / must be 1–86400 seconds")
        }
        guard (1...86_400).contains(smtpRetry) else {
            throw ValidationError("--smtp-retry 应在 1–86400 秒 / must be 1–86400 seconds")
        }
    }

    /// The scheduler's settings, with the credentials read from their file.
    func settings() throws -> NoticeSettings {
        var smtp: SMTPSettings?
        if let smtpURL, let smtpFrom {
            var relay = SMTPSettings(url: smtpURL, from: smtpFrom)
            relay.requireTLS = smtpRequireTLS
            if let smtpCA {
                guard FileManager.default.isReadableFile(atPath: smtpCA) else {
                    throw CommandFailure("无法读取 CA 证书文件 \(smtpCA) / cannot read the CA file \(smtpCA)")
                }
                relay.caFile = smtpCA
            }
            if let smtpCredentials { (relay.username, relay.password) = try Self.credentials(smtpCredentials) }
            smtp = relay
        }
        return NoticeSettings(
            smtp: smtp, interval: .seconds(noticeInterval),
            backoff: DeliveryBackoff(first: .seconds(smtpRetry), longest: .seconds(max(3600, smtpRetry))))
    }

    /// User name and password from `path`, which others must not be able to read.
    static func credentials(_ path: String) throws -> (String, String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let data = FileManager.default.contents(atPath: path)
        else { throw CommandFailure("无法读取 SMTP 凭据文件 \(path) / cannot read the SMTP credentials file \(path)") }
        if let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 {
            throw CommandFailure(
                "SMTP 凭据文件 \(path) 其他人可读，请 chmod 600 / the SMTP credentials file \(path) is readable by others: chmod 600 it")
        }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
        guard lines.count >= 2, !lines[0].isEmpty, !lines[1].isEmpty else {
            throw CommandFailure(
                "SMTP 凭据文件 \(path) 应有两行：用户名、密码 / the SMTP credentials file \(path) must hold two lines: user name, password")
        }
        return (lines[0], lines[1])
    }
}
