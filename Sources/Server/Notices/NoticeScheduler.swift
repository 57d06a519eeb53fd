import Foundation
import GRDB
import Logging
import ServiceLifecycle
import Shared

/// How the notice scheduler runs (`serve --smtp-url … --notice-interval …`).
package struct NoticeSettings: Sendable {
    /// Where notices are mailed; nil: they stay in the inbox only.
    package var smtp: SMTPSettings?
    /// How often the scheduler looks for due reminders and e-mails.
    package var interval: Duration = .seconds(60)
    package var backoff = DeliveryBackoff()

    package init(smtp: SMTPSettings? = nil, interval: Duration = .seconds(60), backoff: DeliveryBackoff = DeliveryBackoff()) {
        self.smtp = smtp
        self.interval = interval
        self.backoff = backoff
    }
}

/// The scheduler inside the server: every `interval` it writes the reminders due by the server's
/// clock and the working-day calendar (each under its unique key, so a restart sends nothing
/// twice), then hands the due e-mails to the relay. A service of the application's group: it
/// stops on graceful shutdown, between two e-mails.
package struct NoticeScheduler: Service {
    let store: AppDatabase
    let clock: any ServerClock
    let settings: NoticeSettings
    let logger: Logger

    package init(store: AppDatabase, clock: any ServerClock, settings: NoticeSettings, logger: Logger) {
        self.store = store
        self.clock = clock
        self.settings = settings
        self.logger = logger
    }

    package func run() async throws {
        let mailer = settings.smtp.map(SMTPMailer.init)
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            await runOnce(mailer: mailer)
            // Sleeping is cut short by a graceful shutdown; the loop then ends.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: settings.interval) }
        }
    }

    /// One pass: reminders, then e-mails. Failures are logged and tried again next pass.
    func runOnce(mailer: SMTPMailer?) async {
        do {
            let written = try await store.writeDueReminders(at: clock.now())
            if written > 0 { logger.info("notices: \(written) reminder(s) written") }
        } catch {
            logger.error("notices: reminders failed: \(error)")
        }
        guard let mailer else { return }
        do {
            // Batch after batch until none is due: each try leaves its mail sent, failed or due later.
            while !Task.isShuttingDownGracefully, case let due = try await store.dueDeliveries(at: clock.now()), !due.isEmpty {
                try await deliver(due, mailer: mailer)
            }
        } catch {
            logger.error("notices: delivery failed: \(error)")
        }
    }

    private func deliver(_ due: [PendingDelivery], mailer: SMTPMailer) async throws {
        for delivery in due {
            guard !Task.isShuttingDownGracefully else { return }
            let message = MailMessage.compose(
                from: mailer.settings.from, to: delivery.email, subject: delivery.subject, body: delivery.body,
                noticeKey: delivery.noticeKey, messageID: "zicha-notice-\(delivery.noticeID)-\(delivery.id)",
                date: clock.now())
            let result = await mailer.send(message, to: delivery.email)
            if case .sent = result {} else { logger.warning("notices: mail to \(delivery.email) not sent: \(result)") }
            try await store.recordDelivery(delivery, result: result, backoff: settings.backoff, at: clock.now())
        }
    }
}

extension AppDatabase {
    /// Writes the reminders due at `now` in one transaction; returns how many were new.
    package func writeDueReminders(at now: Date) async throws -> Int {
        try await pool.write { db in try db.insertDueReminders(at: now) }
    }
}
