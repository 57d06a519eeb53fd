import Foundation
import GRDB
import Shared

/// The audit log's hash chain.
///
/// `hash = hex(SHA-256(canonical))` where `canonical` is UTF-8 text of these lines:
/// `zicha-audit-1`, the previous event's hash (64 zeros for the first), the sequence number, then
/// time, actor, action, subject and details, each written as `<UTF-8 byte count>:<text>` so that no
/// field boundary can be moved. Editing any field, or deleting or reordering rows, breaks the chain.
package enum AuditChain {
    package static let genesis = String(repeating: "0", count: 64)

    /// The hash of an event with these fields following `prevHash`.
    package static func hash(
        prevHash: String, seq: Int64, time: String, actor: String, action: String, subject: String, details: String
    ) -> String {
        var text = "zicha-audit-1\n\(prevHash)\n\(seq)\n"
        for field in [time, actor, action, subject, details] {
            text += "\(field.utf8.count):\(field)\n"
        }
        return Hex.encode(Crypto.sha256(Array(text.utf8)))
    }

    /// Canonical JSON of an event's details: an object of strings with sorted keys.
    package static func details(_ values: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a [String: String] cannot fail.
        return (try? String(decoding: encoder.encode(values), as: UTF8.self)) ?? "{}"
    }

    /// Where verification stopped, if the chain is broken.
    package struct Break: Sendable, Equatable, Error {
        /// The first event that does not verify (for a gap: the first sequence number after it).
        package var seq: Int64
        package var reason: String
    }

    /// The outcome of walking the whole chain.
    package struct Verification: Sendable, Equatable {
        package var events: Int
        /// The hash of the last event: record it elsewhere to detect truncation of the tail later.
        package var head: String
        package var broken: Break?
        /// Rows that no longer match the content their event recorded (`AuditContent`).
        package var content: [AuditContent.Mismatch] = []
    }

    /// Walks `events` in sequence order and reports the first that does not verify.
    package static func verify(_ events: some Sequence<AuditEvent>) -> Verification {
        var previous = genesis
        var expectedSeq: Int64 = 1
        var count = 0
        for event in events {
            count += 1
            if event.seq != expectedSeq {
                return Verification(
                    events: count, head: previous,
                    broken: Break(
                        seq: event.seq, reason: "sequence gap: expected \(expectedSeq), found \(event.seq) (rows deleted)"))
            }
            if event.prevHash != previous {
                return Verification(
                    events: count, head: previous,
                    broken: Break(seq: event.seq, reason: "prev_hash does not match the hash of event \(event.seq - 1)"))
            }
            let expected = hash(
                prevHash: previous, seq: event.seq, time: event.time, actor: event.actor, action: event.action,
                subject: event.subject, details: event.details)
            if event.hash != expected {
                return Verification(
                    events: count, head: previous,
                    broken: Break(seq: event.seq, reason: "hash does not match the event's fields (row edited)"))
            }
            previous = event.hash
            expectedSeq += 1
        }
        return Verification(events: count, head: previous, broken: nil)
    }
}

extension Database {
    /// Appends an audit event after the current last one, inside the caller's transaction.
    func appendAudit(time: String, actor: String, action: String, subject: String, details: [String: String] = [:]) throws {
        let last = try Row.fetchOne(cachedStatement(sql: "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"))
        let lastSeq: Int64 = last?["seq"] ?? 0
        let seq = lastSeq + 1
        let prevHash: String = last?["hash"] ?? AuditChain.genesis
        let detailsText = AuditChain.details(details)
        let hash = AuditChain.hash(
            prevHash: prevHash, seq: seq, time: time, actor: actor, action: action, subject: subject, details: detailsText)
        try cachedStatement(
            sql: """
                INSERT INTO audit_events (seq, time, actor, action, subject, details, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [seq, time, actor, action, subject, detailsText, prevHash, hash])
    }
}
