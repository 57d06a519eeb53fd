-- Migration "deadline-extensions" (frozen; never edit a released migration, add a new file instead).
--
-- An approved exception: one filer of a round may file until a later day than the round's
-- deadline (a CST day, YYYY-MM-DD, always later than the round's when granted). Its first version
-- received after the round's deadline but by this day is 延期后按时 (`onTimeExtended`), counted
-- apart from plain on-time filings. One row a filer and round; a later grant replaces the day,
-- and every grant is in the audit log with its reason.
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
