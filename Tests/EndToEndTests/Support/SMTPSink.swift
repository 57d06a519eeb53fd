import Foundation
import TestSupport

/// A real SMTP server on loopback (`scripts/smtp-sink.py`, Python's aiosmtpd): each message it
/// receives becomes a JSON file in its folder, read back here as `Mail`.
final class SMTPSink {
    /// One message as the relay received it, headers decoded.
    struct Mail: Decodable, Equatable {
        var mailFrom: String
        var rcptTos: [String]
        var from: String
        var to: String
        var subject: String
        var date: String
        var messageId: String
        var notice: String
        var contentType: String
        var charset: String?
        var body: String
        /// Whether the message came after STARTTLS.
        var tls: Bool
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    let port: Int
    let folder: URL
    private var process: Process?
    private let log: URL

    /// A sink on `port` (a free one when nil) writing into a new folder of `workspace`; not started.
    init(workspace: Workspace, port: Int? = nil) throws {
        self.port = try port ?? LoopbackPort.closed()
        folder = workspace.file("mail-\(UUID().uuidString.prefix(8))")
        log = workspace.file("smtp-sink-\(UUID().uuidString.prefix(8)).log")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { stop() }

    var url: String { "smtp://127.0.0.1:\(port)" }

    /// Starts the relay (refusing RCPT TO the `rejecting` addresses with 550; with `tls`, a
    /// certificate and key in PEM, offering and requiring STARTTLS) and waits until it listens.
    func start(rejecting: [String] = [], tls: (certificate: String, key: String)? = nil) throws {
        let venv = Self.root.appendingPathComponent(".build-venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: venv.path) else {
            throw HarnessError("aiosmtpd missing: run scripts/install-deps (it installs into .build-venv)")
        }
        let script = Self.root.appendingPathComponent("scripts/smtp-sink.py").path
        let process = try CommandRunner.launch(
            venv,
            [script, String(port), folder.path] + rejecting.flatMap { ["--reject", $0] }
                + (tls.map { ["--tls", $0.certificate, $0.key] } ?? []), in: folder, stdout: log,
            stderr: log)
        self.process = process
        try CommandRunner.waitUntil("the SMTP sink to listen", limit: 30) {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            return text.contains("smtp-sink listening") || !process.isRunning
        }
        guard process.isRunning else {
            throw HarnessError("smtp-sink did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        }
    }

    /// Stops the relay (SIGKILL: it keeps nothing unwritten) and waits for it.
    func stop() {
        guard let process, process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// Every mail received so far, in arrival order.
    func mails() throws -> [Mail] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { try JSONDecoder().decode(Mail.self, from: Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    /// Waits until `condition` holds for the mails received (a hang guard, not a timing assertion).
    @discardableResult
    func waitFor(_ what: String, limit: TimeInterval = 30, _ condition: ([Mail]) -> Bool) throws -> [Mail] {
        var mails: [Mail] = []
        try CommandRunner.waitUntil(what, limit: limit) {
            mails = (try? self.mails()) ?? []
            return condition(mails)
        }
        return mails
    }
}
