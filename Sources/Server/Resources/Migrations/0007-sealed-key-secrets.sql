-- Migration "sealed-key-secrets" (frozen; never edit a released migration, add a new file instead).
--
-- Filers' signing secrets sealed at rest: AES-256-GCM under the server's master key, which is
-- kept in a separate 0600 file, never in the database. A sealed row's `secret` holds the
-- ciphertext (as long as the secret), beside its nonce and tag; the key id is the associated
-- data, so a sealed secret cannot be moved to another row. A row without a nonce was stored
-- before sealing: the server seals such rows when it opens the database with its master key.
-- `retires_at`: a rotated key keeps signing until then, and no longer.
ALTER TABLE keys ADD COLUMN secret_nonce BLOB CHECK (secret_nonce IS NULL OR length(secret_nonce) = 12);
ALTER TABLE keys ADD COLUMN secret_tag BLOB
    CHECK ((secret_tag IS NULL) = (secret_nonce IS NULL) AND (secret_tag IS NULL OR length(secret_tag) = 16));
ALTER TABLE keys ADD COLUMN retires_at TEXT;
