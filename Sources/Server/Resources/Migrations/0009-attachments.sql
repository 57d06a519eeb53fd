-- Migration "attachments" (frozen; never edit a released migration, add a new file instead).
--
-- Evidence files (佐证材料) a filer stored for a round. The bytes live as files beside the
-- database (`<db>.attachments/<first two hex digits>/<sha256>`, 0600), one file per digest
-- whoever stored it; a row says that this filer stored that digest in this round, with the
-- signed request that did. Rows are immutable: the audit event that created one binds its
-- content, and `audit verify` rehashes the file. `bytes` counts toward the filer's quota.
CREATE TABLE attachments (
    id           INTEGER NOT NULL PRIMARY KEY,
    round_id     TEXT NOT NULL,
    filer_code   TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    media_type   TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'application/pdf')),
    bytes        INTEGER NOT NULL CHECK (bytes >= 1),
    key_id       TEXT NOT NULL REFERENCES keys (id),
    signature    TEXT NOT NULL CHECK (length(signature) = 64),
    signed_at    TEXT NOT NULL,
    stored_at    TEXT NOT NULL,
    UNIQUE (round_id, filer_code, sha256),
    FOREIGN KEY (round_id, filer_code) REFERENCES roster (round_id, filer_code)
) STRICT;

CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments
BEGIN SELECT RAISE(ABORT, 'attachments are immutable'); END;
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
BEGIN SELECT RAISE(ABORT, 'attachments are immutable'); END;
