-- Migration "notices" (frozen; never edit a released migration, add a new file instead).
--
-- Chasing filers: each filer's contacts, the notices the server writes to filers (in the same
-- transaction as their cause: a decision, a spot-check finding, a reminder the scheduler or a
-- reviewer decides on), and the e-mail delivery of each notice to each contact.

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

-- Per round, how many working days before its deadline filers that have not filed are reminded.
ALTER TABLE rounds ADD COLUMN reminder_days TEXT NOT NULL DEFAULT '[5,1]' CHECK (json_valid(reminder_days));

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
