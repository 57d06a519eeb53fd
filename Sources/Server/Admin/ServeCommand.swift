import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Shared

/// `zicha-server serve`: runs the HTTP server until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "运行填报服务器 / Run the filing server (SIGTERM/SIGINT stop it gracefully).",
        discussion: """
            示例 / Examples:
              zicha-server serve --db /srv/zicha/zicha.sqlite --host 127.0.0.1 --port 8080
              zicha-server serve --port 0 --clock-start 2017-12-31T23:00:00+08:00   # 演示 / a demo clock
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "监听地址 / address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "端口，0 表示任选空闲端口 / port; 0 picks a free one (printed on start).")
    var port: Int = 8080

    @Option(name: .customLong("max-body"), help: "请求体上限（字节） / largest request body in bytes.")
    var maxBody: Int = ServerSettings.defaultMaxBodyBytes

    @Option(
        name: .customLong("max-attachment-bytes"),
        help: "每个佐证材料文件的上限（字节，不超过 --max-body）/ largest attachment in bytes (at most --max-body).")
    var maxAttachmentBytes: Int = AttachmentLimits.defaultMaxBytes

    @Option(
        name: .customLong("max-attachment-total"),
        help: "每个填报单位每轮佐证材料总量上限（字节）/ bytes of attachments a filer may store in a round.")
    var maxAttachmentTotal: Int = AttachmentLimits.defaultMaxTotalBytes

    @Option(name: .customLong("idle-timeout"), help: "空闲连接保留秒数 / seconds an idle connection is kept open.")
    var idleTimeout: Int = 60

    @Option(name: .customLong("header-timeout"), help: "请求头须在此秒数内收齐 / seconds within which a request's head must arrive.")
    var headerTimeout: Int = 10

    @Option(name: .customLong("body-timeout"), help: "请求体须在此秒数内收齐 / seconds within which a request's body must arrive.")
    var bodyTimeout: Int = 300

    @Option(name: .customLong("max-connections"), help: "同时服务的连接数上限 / connections served at once.")
    var maxConnections: Int = 1_000

    @Option(
        name: .customLong("read-burst"),
        help: "每个单位可连续读取报告、差异、归档包的次数 / a filer's burst of report, diff and archive reads.")
    var readBurst: Int = 30

    @Option(
        name: .customLong("reads-per-second"), help: "此后每秒可读取的次数 / then so many such reads a second (e.g. 0.5).")
    var readsPerSecond: Double = 1

    @Option(name: .customLong("log-level"), help: "trace|debug|info|notice|warning|error|critical")
    var logLevel: String = "info"

    @OptionGroup var mail: MailOptions

    /// Starts the server's clock at this instant (then it runs forward): demos of the 2017 deadline.
    @Option(name: .customLong("clock-start"), help: .hidden)
    var clockStart: String?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port 应在 0–65535 / must be 0–65535") }
        guard maxBody > 0 else { throw ValidationError("--max-body 应为正数 / must be positive") }
        // An attachment travels as one request body: a larger limit could never be reached.
        guard (1...maxBody).contains(maxAttachmentBytes) else {
            throw ValidationError("--max-attachment-bytes 应在 1 与 --max-body 之间 / must be 1 to --max-body")
        }
        guard maxAttachmentTotal >= maxAttachmentBytes else {
            throw ValidationError("--max-attachment-total 不得小于 --max-attachment-bytes / must be at least --max-attachment-bytes")
        }
        for (name, value) in [("idle-timeout", idleTimeout), ("header-timeout", headerTimeout), ("body-timeout", bodyTimeout)] {
            guard (1...86_400).contains(value) else { throw ValidationError("--\(name) 应在 1–86400 秒 / must be 1–86400 seconds") }
        }
        guard (1...100_000).contains(maxConnections) else {
            throw ValidationError("--max-connections 应在 1–100000 / must be 1–100000")
        }
        guard (1...100_000).contains(readBurst) else { throw ValidationError("--read-burst 应在 1–100000 / must be 1–100000") }
        guard readsPerSecond.isFinite, readsPerSecond >= 0.01, readsPerSecond <= 10_000 else {
            throw ValidationError("--reads-per-second 应在 0.01–10000 / must be 0.01–10000")
        }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("未知日志级别 / unknown --log-level \(logLevel)") }
        try mail.validate()
        if let clockStart, ChinaTime.parse(clockStart) == nil {
            throw ValidationError("--clock-start 应为 RFC 3339 时间 / must be RFC 3339, e.g. 2017-12-31T23:59:00+08:00")
        }
    }

    func run() async throws {
        var logger = Logger(label: "zicha-server")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let clock: any ServerClock = clockStart.flatMap(ChinaTime.parse).map { ShiftedClock(startingAt: $0) } ?? SystemClock()
        let store = try failingClearlySync { try database.open(clock: clock) }
        if let clockStart {
            logger.notice("server clock starts at \(clockStart)")
        }
        var settings = ServerSettings(host: host, port: port, maxBodyBytes: maxBody)
        settings.idleTimeout = .seconds(idleTimeout)
        settings.headerTimeout = .seconds(headerTimeout)
        settings.bodyTimeout = .seconds(bodyTimeout)
        settings.maxConnections = maxConnections
        settings.readBurst = readBurst
        settings.readsPerSecond = readsPerSecond
        settings.releasesHeap = true
        settings.attachments = AttachmentSettings(maxBytes: maxAttachmentBytes, maxTotalBytes: maxAttachmentTotal)
        // Clients sign reads with the real time, whatever --clock-start makes of the server's clock.
        settings.signatureClock = SystemClock()
        let notices = try failingClearlySync { try mail.settings() }
        // Said at every start, whatever the log level: the administrator must know where notices go.
        Self.report(
            notices.smtp.map { "通知经 \($0.url) 发送电子邮件，并留在收件箱 / notices are mailed through \($0.url) and kept in the inbox" }
                ?? "未设置 --smtp-url：通知只留在各单位的收件箱（zicha notices），不发电子邮件 / no --smtp-url: notices stay in the filers' inbox (zicha notices), no e-mail is sent"
        )
        let reviewers = (try? await store.reviewers().count { $0.state == .active }) ?? 0
        let app = buildApplication(store: store, clock: clock, settings: settings, logger: logger, notices: notices) {
            [host] port in
            // The first line is the one scripts and tests wait for; then where people go.
            FileHandle.standardOutput.write(Data(Self.banner(host: host, port: port, reviewers: reviewers).utf8))
        }
        do {
            try await app.runService()  // graceful shutdown on SIGTERM and SIGINT
        } catch {
            Self.report("服务器停止 / server stopped: \(error)")
            throw ExitCode.failure
        }
        logger.info("zicha-server stopped")
    }

    /// What `serve` says once it listens: the address, the pages, and a warning when nobody can
    /// sign in to them yet.
    static func banner(host: String, port: Int, reviewers: Int) -> String {
        let base = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        var lines = [
            "zicha-server listening on \(base)",
            "  审核人页面 / Reviewer pages: \(base)/web",
            "  公开结果 / Published results: \(base)/public/",
            "  接口说明 / API description: \(base)/openapi.json",
        ]
        if reviewers == 0 {
            lines.append(
                "  注意：尚无审核人，页面无人能登录。请运行 zicha-server reviewer add 姓名 / Note: no reviewer yet, so nobody can sign in; run zicha-server reviewer add NAME"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func failingClearlySync<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CommandFailure {
            Self.report(error.description)
            throw ExitCode.failure
        } catch let error as DatabaseMissing {
            Self.report(error.description)
            throw ExitCode(2)
        }
    }
}
