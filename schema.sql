-- Zicha filing server: the database schema, as all migrations together leave it.
--
-- This file documents the result; the server builds its database by applying, in order, the
-- frozen files of Sources/Server/Resources/Migrations (never edited once released; a change is
-- a new file there and the same change here). ServerTests/SchemaTests proves that a database made
-- by the migrations and one made from this file have the same tables, indexes and triggers.
--
-- Conventions:
--   * Every table is STRICT.
--   * Instants are TEXT, RFC 3339 in China Standard Time with whole seconds, always written with
--     the same offset ('2017-12-31T23:59:59+08:00'), so that text order is time order and the
--     first ten characters are the CST calendar day.
--   * Days are TEXT 'YYYY-MM-DD' (CST).
--   * Rows of versions, review_decisions, review_comments, publications and audit_events are never
--     updated or deleted (triggers below); the audit chain detects it if someone drops the triggers.

CREATE TABLE rounds (
    id          TEXT NOT NULL PRIMARY KEY
                CHECK (length(id) BETWEEN 1 AND 64 AND id NOT GLOB '*[^A-Za-z0-9._-]*'),
    title       TEXT NOT NULL CHECK (length(title) > 0),
    -- Filings are on time until the end of this day, China Standard Time.
    deadline    TEXT NOT NULL CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at  TEXT NOT NULL,
    -- NULL while the round accepts uploads. Added by ALTER TABLE after it (0008): how many
    -- working days before the deadline filers that have not filed are reminded (JSON array).
    closed_at   TEXT
    , reminder_days TEXT NOT NULL DEFAULT '[5,1]' CHECK (json_valid(reminder_days)), archived_at TEXT) STRICT;
-- archived_at, added by ALTER TABLE after reminder_days (0010): NULL unless the round is
-- archived, that is kept, closed, and left out of what is offered by default.

CREATE TABLE filers (
    -- A GB/T 2260 region code (six digits, 660000 for the Corps) or bm and two digits.
    code        TEXT NOT NULL PRIMARY KEY
                CHECK (code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]' OR code GLOB 'bm[0-9][0-9]'),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    name_en     TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('region', 'corps', 'department')),
    created_at  TEXT NOT NULL
) STRICT;

-- Which filers must file in which round.
CREATE TABLE roster (
    round_id    TEXT NOT NULL REFERENCES rounds (id),
    filer_code  TEXT NOT NULL REFERENCES filers (code),
    PRIMARY KEY (round_id, filer_code)
) STRICT, WITHOUT ROWID;

CREATE INDEX roster_by_filer ON roster (filer_code);

-- Filer signing keys. The secret is kept because HMAC verification needs it: sealed with
-- AES-256-GCM under the server's master key (a separate 0600 file, never in the database), so
-- `secret` holds the ciphertext beside its nonce and tag, the key id bound as associated data.
-- A row without a nonce was stored before sealing; the server seals it when it next opens the
-- database with its master key. A rotated key signs until `retires_at` (CST), and no longer.
CREATE TABLE keys (
    id          TEXT NOT NULL PRIMARY KEY
                CHECK (length(id) BETWEEN 1 AND 64 AND id NOT GLOB '*[^A-Za-z0-9._-]*'),
    filer_code  TEXT NOT NULL REFERENCES filers (code),
    secret      BLOB NOT NULL CHECK (length(secret) = 32),
    state       TEXT NOT NULL CHECK (state IN ('active', 'revoked')),
    created_at  TEXT NOT NULL,
    -- The columns below were added by ALTER TABLE, which writes them here, after revoked_at.
    revoked_at  TEXT, secret_nonce BLOB CHECK (secret_nonce IS NULL OR length(secret_nonce) = 12), secret_tag BLOB
    CHECK ((secret_tag IS NULL) = (secret_nonce IS NULL) AND (secret_tag IS NULL OR length(secret_tag) = 16)), retires_at TEXT,
    CHECK ((state = 'revoked') = (revoked_at IS NOT NULL))
) STRICT;

CREATE INDEX keys_by_filer ON keys (filer_code);

-- Reviewers of the General Office. Only the SHA-256 of the bearer token is stored.
CREATE TABLE reviewers (
    id            INTEGER NOT NULL PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(name) > 0),
    token_sha256  TEXT NOT NULL UNIQUE CHECK (length(token_sha256) = 64),
    state         TEXT NOT NULL CHECK (state IN ('active', 'revoked')),
    created_at    TEXT NOT NULL,
    revoked_at    TEXT,
    CHECK ((state = 'revoked') = (revoked_at IS NOT NULL))
) STRICT;

-- A name may be reused once its earlier token is revoked.
CREATE UNIQUE INDEX reviewers_active_name ON reviewers (name) WHERE state = 'active';

-- Every accepted upload: the exact bytes and the signature that covered them.
CREATE TABLE versions (
    id            INTEGER NOT NULL PRIMARY KEY,
    round_id      TEXT NOT NULL,
    filer_code    TEXT NOT NULL,
    version       INTEGER NOT NULL CHECK (version >= 1),
    bytes         BLOB NOT NULL,
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    signature     TEXT NOT NULL CHECK (length(signature) = 64),
    key_id        TEXT NOT NULL REFERENCES keys (id),
    signed_at     TEXT NOT NULL,
    -- An upload always amends the version that was latest: 0 for the first.
    base_version  INTEGER NOT NULL CHECK (base_version = version - 1),
    received_at   TEXT NOT NULL,
    -- The validator's result (warnings only; uploads with errors are never stored).
    validation    TEXT NOT NULL CHECK (json_valid(validation)),
    UNIQUE (round_id, filer_code, version),
    UNIQUE (signature),
    FOREIGN KEY (round_id, filer_code) REFERENCES roster (round_id, filer_code)
) STRICT;

CREATE TRIGGER versions_no_update BEFORE UPDATE ON versions
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
-- Every upload reads its filer's latest version and hash, and a receipt by signature; these
-- covering indexes answer both without walking the report's overflow pages.
CREATE INDEX versions_latest ON versions (round_id, filer_code, version, sha256, received_at);
CREATE INDEX versions_receipt ON versions (
    signature, round_id, filer_code, version, sha256, key_id, signed_at, base_version, received_at, validation
);

-- Per version: the units the summary counted.
CREATE TABLE version_tallies (
    version_id     INTEGER NOT NULL PRIMARY KEY REFERENCES versions (id),
    platforms      INTEGER NOT NULL CHECK (platforms >= 0),
    service_items  INTEGER NOT NULL CHECK (service_items >= 0)
) STRICT;

CREATE TRIGGER version_tallies_no_update BEFORE UPDATE ON version_tallies
BEGIN SELECT RAISE(ABORT, 'version tallies are immutable'); END;
CREATE TRIGGER version_tallies_no_delete BEFORE DELETE ON version_tallies
BEGIN SELECT RAISE(ABORT, 'version tallies are immutable'); END;

-- Per version and share (Shared `ShareID` raw value): units counted as first found, after
-- rectification, and every unit of the share's kind. A share the reading build does not know is
-- ignored; a share it knows without a row makes it count that version from its bytes.
CREATE TABLE version_share_tallies (
    version_id           INTEGER NOT NULL REFERENCES version_tallies (version_id),
    share_id             TEXT NOT NULL CHECK (length(share_id) BETWEEN 1 AND 64),
    first_found          INTEGER NOT NULL CHECK (first_found >= 0),
    after_rectification  INTEGER NOT NULL CHECK (after_rectification >= 0),
    denominator          INTEGER NOT NULL CHECK (denominator >= 0),
    PRIMARY KEY (version_id, share_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER version_share_tallies_no_update BEFORE UPDATE ON version_share_tallies
BEGIN SELECT RAISE(ABORT, 'version tallies are immutable'); END;
CREATE TRIGGER version_share_tallies_no_delete BEFORE DELETE ON version_share_tallies
BEGIN SELECT RAISE(ABORT, 'version tallies are immutable'); END;

-- Review decisions on versions: appended, never edited.
CREATE TABLE review_decisions (
    id           INTEGER NOT NULL PRIMARY KEY,
    version_id   INTEGER NOT NULL REFERENCES versions (id),
    decision     TEXT NOT NULL CHECK (decision IN ('accept', 'return')),
    comment      TEXT,
    due_on       TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reviewer_id  INTEGER NOT NULL REFERENCES reviewers (id),
    decided_at   TEXT NOT NULL,
    CHECK (decision = 'accept' OR (length(trim(comment)) > 0 AND due_on IS NOT NULL))
) STRICT;

CREATE INDEX review_decisions_by_version ON review_decisions (version_id);

CREATE TRIGGER review_decisions_no_update BEFORE UPDATE ON review_decisions
BEGIN SELECT RAISE(ABORT, 'review decisions are immutable'); END;
CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions
BEGIN SELECT RAISE(ABORT, 'review decisions are immutable'); END;

-- Comments a reviewer pins to places of the version decided (a platform, a service item, an
-- indicator, any field), part of the decision: written in its transaction, bound into its audit
-- event, never updated or deleted.
CREATE TABLE review_comments (
    id           INTEGER NOT NULL PRIMARY KEY,
    decision_id  INTEGER NOT NULL REFERENCES review_decisions (id),
    -- Order within the decision, from 0, as the reviewer gave them.
    position     INTEGER NOT NULL CHECK (position >= 0),
    -- A JSON path of the decided version's report (platforms[0].checks.search).
    path         TEXT NOT NULL CHECK (length(path) BETWEEN 1 AND 1000),
    -- The place in words, from that version's report (平台1「江苏政务服务网」 · 站内搜索).
    label        TEXT NOT NULL CHECK (length(label) > 0),
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (decision_id, position)
) STRICT;

CREATE TRIGGER review_comments_no_update BEFORE UPDATE ON review_comments
BEGIN SELECT RAISE(ABORT, 'review comments are immutable'); END;
CREATE TRIGGER review_comments_no_delete BEFORE DELETE ON review_comments
BEGIN SELECT RAISE(ABORT, 'review comments are immutable'); END;

-- Per filer of a round that has filed: its first and latest version and the latest decision on
-- the latest version, kept by the two triggers below inside the transaction that inserts the
-- version or the decision. The roster and its totals read these small rows instead of versions
-- (whose rows carry the report bytes). Statuses that depend on the clock (deadline status,
-- overdue follow-up) are computed when asked, from these times.
CREATE TABLE filings (
    round_id            TEXT NOT NULL,
    filer_code          TEXT NOT NULL,
    first_received_at   TEXT NOT NULL,
    -- The CST day of first_received_at, so that filings_by_state covers the totals.
    first_received_on   TEXT NOT NULL,
    latest_version      INTEGER NOT NULL,
    latest_version_id   INTEGER NOT NULL REFERENCES versions (id),
    latest_received_at  TEXT NOT NULL,
    errors              INTEGER NOT NULL,
    warnings            INTEGER NOT NULL,
    -- NULL until the latest version has a decision; a new version clears them.
    decision            TEXT,
    due_on              TEXT,
    PRIMARY KEY (round_id, filer_code),
    FOREIGN KEY (round_id, filer_code) REFERENCES roster (round_id, filer_code)
) STRICT, WITHOUT ROWID;

CREATE INDEX filings_by_state ON filings (round_id, decision, due_on, first_received_on);

CREATE TRIGGER filings_on_version AFTER INSERT ON versions
BEGIN
    INSERT INTO filings (round_id, filer_code, first_received_at, first_received_on, latest_version, latest_version_id,
        latest_received_at, errors, warnings)
    VALUES (NEW.round_id, NEW.filer_code, NEW.received_at, substr(NEW.received_at, 1, 10), NEW.version, NEW.id,
        NEW.received_at, COALESCE(json_extract(NEW.validation, '$.errors'), 0),
        COALESCE(json_extract(NEW.validation, '$.warnings'), 0))
    ON CONFLICT (round_id, filer_code) DO UPDATE SET
        latest_version = excluded.latest_version, latest_version_id = excluded.latest_version_id,
        latest_received_at = excluded.latest_received_at, errors = excluded.errors, warnings = excluded.warnings,
        decision = NULL, due_on = NULL
    WHERE excluded.latest_version > filings.latest_version;
END;

CREATE TRIGGER filings_on_decision AFTER INSERT ON review_decisions
BEGIN
    UPDATE filings SET decision = NEW.decision, due_on = NEW.due_on
    WHERE (round_id, filer_code) = (SELECT round_id, filer_code FROM versions WHERE id = NEW.version_id)
        AND latest_version_id = NEW.version_id;
END;

-- A spot-check draw: reproducible from its seed and stratum counts.
CREATE TABLE spot_checks (
    id           INTEGER NOT NULL PRIMARY KEY,
    round_id     TEXT NOT NULL REFERENCES rounds (id),
    seed         INTEGER NOT NULL,
    counts       TEXT NOT NULL CHECK (json_valid(counts)),
    reviewer_id  INTEGER NOT NULL REFERENCES reviewers (id),
    drawn_at     TEXT NOT NULL
) STRICT;

-- One sampled platform of one filed version.
CREATE TABLE spot_check_items (
    id              INTEGER NOT NULL PRIMARY KEY,
    spot_check_id   INTEGER NOT NULL REFERENCES spot_checks (id),
    version_id      INTEGER NOT NULL REFERENCES versions (id),
    platform_id     TEXT NOT NULL,
    platform_level  TEXT NOT NULL CHECK (platform_level IN ('province', 'city', 'county', 'department')),
    UNIQUE (spot_check_id, version_id, platform_id)
) STRICT;

-- The office's finding per sampled platform and indicator, and its follow-up.
CREATE TABLE spot_check_findings (
    id           INTEGER NOT NULL PRIMARY KEY,
    item_id      INTEGER NOT NULL REFERENCES spot_check_items (id),
    indicator    TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('confirmed', 'discrepancy')),
    notes        TEXT,
    due_on       TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    resolved_at  TEXT,
    reviewer_id  INTEGER NOT NULL REFERENCES reviewers (id),
    recorded_at  TEXT NOT NULL,
    -- Why the follow-up was resolved (销号说明); required since 0006, NULL on earlier resolutions.
    resolution_note TEXT
        CHECK (resolution_note IS NULL OR length(trim(resolution_note)) > 0),
    CHECK (outcome = 'confirmed' OR due_on IS NOT NULL),
    UNIQUE (item_id, indicator)
) STRICT;

-- Per reviewer and filer of a round: the last time the reviewer opened the filer's page and the
-- filer's latest version then (0: nothing filed), for the dashboard's "changed since you last
-- looked". Written on every visit (not audited: it records reading, not a decision).
CREATE TABLE reviewer_views (
    reviewer_id   INTEGER NOT NULL REFERENCES reviewers (id),
    round_id      TEXT NOT NULL,
    filer_code    TEXT NOT NULL,
    seen_version  INTEGER NOT NULL CHECK (seen_version >= 0),
    viewed_at     TEXT NOT NULL,
    PRIMARY KEY (reviewer_id, round_id, filer_code),
    FOREIGN KEY (round_id, filer_code) REFERENCES roster (round_id, filer_code)
) STRICT, WITHOUT ROWID;

-- Published result snapshots of a round; every publication is kept.
CREATE TABLE publications (
    id            INTEGER NOT NULL PRIMARY KEY,
    round_id      TEXT NOT NULL REFERENCES rounds (id),
    snapshot      TEXT NOT NULL CHECK (json_valid(snapshot)),
    reviewer_id   INTEGER NOT NULL REFERENCES reviewers (id),
    published_at  TEXT NOT NULL
) STRICT;

CREATE INDEX publications_by_round ON publications (round_id, id);

CREATE TRIGGER publications_no_update BEFORE UPDATE ON publications
BEGIN SELECT RAISE(ABORT, 'publications are immutable'); END;
CREATE TRIGGER publications_no_delete BEFORE DELETE ON publications
BEGIN SELECT RAISE(ABORT, 'publications are immutable'); END;

-- A filer's contacts, kept by the administrator. Removing one sets removed_at (the row stays, so
-- that the audit event that added it still binds its content).
CREATE TABLE filer_contacts (
    id          INTEGER NOT NULL PRIMARY KEY,
    filer_code  TEXT NOT NULL REFERENCES filers (code),
    name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    role        TEXT CHECK (role IS NULL OR length(role) BETWEEN 1 AND 100),
    email       TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email GLOB '?*@?*.?*'),
    phone       TEXT CHECK (phone IS NULL OR length(phone) BETWEEN 1 AND 40),
    added_at    TEXT NOT NULL,
    removed_at  TEXT
) STRICT;

CREATE UNIQUE INDEX filer_contacts_active_email ON filer_contacts (filer_code, email) WHERE removed_at IS NULL;

-- The outbox and inbox: one row per notice to a filer. `key` names the notice's cause once
-- (`review/12`, `deadline/2017/320000/5`), so that a cause written twice (a scheduler run again
-- after a restart) stores nothing the second time. Only read_at changes after the insert.
CREATE TABLE notices (
    id          INTEGER NOT NULL PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 200),
    round_id    TEXT NOT NULL REFERENCES rounds (id),
    filer_code  TEXT NOT NULL REFERENCES filers (code),
    kind        TEXT NOT NULL CHECK (kind IN ('returned', 'accepted', 'discrepancy', 'deadlineReminder',
                    'deadlinePassed', 'followUpReminder', 'followUpOverdue', 'reminder')),
    subject     TEXT NOT NULL CHECK (length(subject) > 0),
    body        TEXT NOT NULL CHECK (length(body) > 0),
    -- The essential fields as JSON (version, due date, comments), for the inbox.
    details     TEXT NOT NULL CHECK (json_valid(details)),
    -- 'system' (scheduler, decisions' own notices are the deciding reviewer's) or 'reviewer:NAME'.
    actor       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    read_at     TEXT
) STRICT;

CREATE INDEX notices_by_filer ON notices (filer_code, id);

-- One e-mail per notice and contact: pending until the relay takes it (sent), retried with
-- backoff, failed with the reason when the relay refuses it for good or the attempts run out.
CREATE TABLE notice_deliveries (
    id               INTEGER NOT NULL PRIMARY KEY,
    notice_id        INTEGER NOT NULL REFERENCES notices (id),
    contact_id       INTEGER NOT NULL REFERENCES filer_contacts (id),
    email            TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  TEXT NOT NULL,
    last_error       TEXT,
    sent_at          TEXT,
    UNIQUE (notice_id, contact_id)
) STRICT;

CREATE INDEX notice_deliveries_due ON notice_deliveries (state, next_attempt_at);

-- Evidence files (佐证材料) a filer stored for a round (migration 0009). The bytes are files
-- beside the database (`<db>.attachments/<aa>/<sha256>`, 0600), one per digest; a row says this
-- filer stored that digest in this round, with the signed request that did.
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

-- An approved exception (migration 0011): one filer of a round may file until a later CST day
-- than the round's deadline. A first version after the round's deadline but by this day is
-- 延期后按时 (`onTimeExtended`), counted apart from plain on-time filings. A later grant
-- replaces the day; every grant is audited with its reason.
CREATE TABLE deadline_extensions (
    round_id    TEXT NOT NULL,
    filer_code  TEXT NOT NULL,
    deadline    TEXT NOT NULL CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    granted_at  TEXT NOT NULL,
    granted_by  TEXT NOT NULL,
    PRIMARY KEY (round_id, filer_code),
    FOREIGN KEY (round_id, filer_code) REFERENCES roster (round_id, filer_code)
) STRICT, WITHOUT ROWID;

-- The inspectors' own evidence on a spot-check finding (migration 0012): files in the same store
-- as the filers' attachments, one per digest; a row says a reviewer put that digest on that
-- finding under `name`.
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

-- The audit log: every state change, chained by SHA-256 (see AuditChain in Sources/Server).
CREATE TABLE audit_events (
    seq        INTEGER NOT NULL PRIMARY KEY CHECK (seq >= 1),
    time       TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    details    TEXT NOT NULL CHECK (json_valid(details)),
    prev_hash  TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash       TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
) STRICT;

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
