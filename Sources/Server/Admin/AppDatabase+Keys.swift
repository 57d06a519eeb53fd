import Foundation
import GRDB
import Shared

/// Filers' signing keys. With a master key (always, from the `zicha-server` commands) a secret is
/// stored sealed with AES-256-GCM; without one (some tests) it is stored as is.
extension AppDatabase {
    /// Stores a new active key for `filer` and returns it.
    package func issueKey(id: String, filer: String, secret: [UInt8], actor: String, at: Date) async throws -> KeyRecord {
        let now = ChinaTime.format(at)
        return try await pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM filers WHERE code = ?", arguments: [filer]) != nil else {
                throw StoreError.unknownFilers([filer])
            }
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM keys WHERE id = ?", arguments: [id]) == nil else {
                throw StoreError.keyExists(id)
            }
            let sealed = masterKey?.seal(secret, keyID: id)
            try db.execute(
                sql: """
                    INSERT INTO keys (id, filer_code, secret, secret_nonce, secret_tag, state, created_at)
                    VALUES (?, ?, ?, ?, ?, 'active', ?)
                    """,
                arguments: [
                    id, filer, Data(sealed?.ciphertext ?? secret), sealed.map { Data($0.nonce) }, sealed.map { Data($0.tag) },
                    now,
                ])
            // The secret never enters the audit log.
            try db.appendAudit(time: now, actor: actor, action: "key.issue", subject: id, details: ["filer": filer])
            return KeyRecord(id: id, filer: filer, secret: secret, state: .active, createdAt: now, revokedAt: nil)
        }
    }

    /// Revokes a key; it signs nothing afterwards.
    package func revokeKey(id: String, actor: String, at: Date) async throws {
        let now = ChinaTime.format(at)
        try await pool.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT state, filer_code FROM keys WHERE id = ?", arguments: [id]) else {
                throw StoreError.unknownKey(id)
            }
            guard row["state"] as String == CredentialState.active.rawValue else { throw StoreError.keyAlreadyRevoked(id) }
            try db.execute(sql: "UPDATE keys SET state = 'revoked', revoked_at = ? WHERE id = ?", arguments: [now, id])
            try db.appendAudit(
                time: now, actor: actor, action: "key.revoke", subject: id, details: ["filer": row["filer_code"] as String])
        }
    }

    /// Issues a new key for `filer` and retires every other active key of it at `retiresAt`, so
    /// that uploads signed with the old key in the meantime still count. One transaction.
    package func rotateKey(
        filer: String, newID: String, secret: [UInt8], retiresAt: Date, actor: String, at: Date
    ) async throws -> (key: KeyRecord, retired: [String]) {
        let key = try await issueKey(id: newID, filer: filer, secret: secret, actor: actor, at: at)
        let now = ChinaTime.format(at)
        let until = ChinaTime.format(retiresAt)
        let retired = try await pool.write { db in
            let ids = try String.fetchAll(
                db, sql: "SELECT id FROM keys WHERE filer_code = ? AND state = 'active' AND id != ? AND retires_at IS NULL",
                arguments: [filer, newID])
            for id in ids {
                try db.execute(sql: "UPDATE keys SET retires_at = ? WHERE id = ?", arguments: [until, id])
                try db.appendAudit(
                    time: now, actor: actor, action: "key.retire", subject: id,
                    details: ["filer": filer, "retiresAt": until, "newKey": newID])
            }
            return ids
        }
        return (key, retired)
    }

    /// The key `id`, with its secret (for verification only).
    package func key(id: String) async throws -> KeyRecord? {
        try await pool.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM keys WHERE id = ?"), arguments: [id]).map(keyRecord)
        }
    }

    /// A filer's keys, oldest first.
    package func keys(filer: String) async throws -> [KeyRecord] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM keys WHERE filer_code = ? ORDER BY created_at, id", arguments: [filer])
                .map(keyRecord)
        }
    }

    /// Whether any stored secret is sealed (so that opening it needs the master key).
    package func hasSealedSecrets() async throws -> Bool {
        try await pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM keys WHERE secret_nonce IS NOT NULL)") ?? false
        }
    }

    /// `hasSealedSecrets`, synchronously (commands, before the master key is chosen).
    func hasSealedSecretsNow() throws -> Bool {
        try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM keys WHERE secret_nonce IS NOT NULL)") ?? false
        }
    }

    /// Seals every secret stored before sealing existed; returns how many. Audited.
    func sealStoredSecrets(actor: String, at: Date) throws -> Int {
        guard let masterKey else { return 0 }
        let count = try pool.write { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, secret FROM keys WHERE secret_nonce IS NULL")
            for row in rows {
                let id: String = row["id"]
                let sealed = masterKey.seal([UInt8](row["secret"] as Data), keyID: id)
                try db.execute(
                    sql: "UPDATE keys SET secret = ?, secret_nonce = ?, secret_tag = ? WHERE id = ?",
                    arguments: [Data(sealed.ciphertext), Data(sealed.nonce), Data(sealed.tag), id])
            }
            if !rows.isEmpty {
                try db.appendAudit(
                    time: ChinaTime.format(at), actor: actor, action: "keys.seal", subject: "keys",
                    details: ["count": String(rows.count)])
            }
            return rows.count
        }
        // The plaintext pages also sit in the write-ahead log until it is checkpointed and emptied.
        if count > 0 { try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") } }
        return count
    }

    func keyRecord(_ row: Row) throws -> KeyRecord {
        let id: String = row["id"]
        var secret = [UInt8](row["secret"] as Data)
        if let nonce = row["secret_nonce"] as Data?, let tag = row["secret_tag"] as Data? {
            guard let masterKey else { throw StoreError.masterKeyRequired }
            let sealed = Crypto.Sealed(nonce: [UInt8](nonce), ciphertext: secret, tag: [UInt8](tag))
            guard let opened = masterKey.open(sealed, keyID: id) else { throw StoreError.masterKeyWrong(keyID: id) }
            secret = opened
        }
        return KeyRecord(
            id: id, filer: row["filer_code"], secret: secret, state: CredentialState(rawValue: row["state"]) ?? .revoked,
            createdAt: row["created_at"], revokedAt: row["revoked_at"], retiresAt: row["retires_at"])
    }
}
