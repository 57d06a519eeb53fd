-- Migration "finding-attachments" (frozen; never edit a released migration, add a new file instead).
--
-- The inspectors' own evidence on a spot-check finding: screenshots and scans of what they saw.
-- The bytes are files in the same content-addressed store as the filers' attachments
-- (`<db>.attachments/<first two hex digits>/<sha256>`), one file per digest; a row says that a
-- reviewer put that digest on that finding under `name`. Rows are immutable: the audit event
-- that created one binds its content, and `audit verify` rehashes the file.
CREATE TABLE finding_attachments (
    id           INTEGER NOT NULL PRIMARY KEY,
    finding_id   INTEGER NOT NULL REFERENCES spot_check_findings (id),
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    media_type   TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'application/pdf')),
    bytes        INTEGER NOT NULL CHECK (bytes >= 1),
    reviewer_id  INTEGER NOT NULL REFERENCES reviewers (id),
    stored_at    TEXT NOT NULL,
    UNIQUE (finding_id, sha256)
) STRICT;

CREATE TRIGGER finding_attachments_no_update BEFORE UPDATE ON finding_attachments
BEGIN SELECT RAISE(ABORT, 'finding attachments are immutable'); END;
CREATE TRIGGER finding_attachments_no_delete BEFORE DELETE ON finding_attachments
BEGIN SELECT RAISE(ABORT, 'finding attachments are immutable'); END;
