-- Migration "filings" (frozen; never edit a released migration, add a new file instead).
--
-- A database made before 0001-initial.sql held the filings table gets it, its index and its
-- triggers, and one row per filer and round from its versions and decisions. On a database made
-- by 0001-initial.sql every statement here changes nothing.

CREATE TABLE IF NOT EXISTS filings (
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

CREATE INDEX IF NOT EXISTS filings_by_state ON filings (round_id, decision, due_on, first_received_on);

CREATE TRIGGER IF NOT EXISTS filings_on_version AFTER INSERT ON versions
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

CREATE TRIGGER IF NOT EXISTS filings_on_decision AFTER INSERT ON review_decisions
BEGIN
    UPDATE filings SET decision = NEW.decision, due_on = NEW.due_on
    WHERE (round_id, filer_code) = (SELECT round_id, filer_code FROM versions WHERE id = NEW.version_id)
        AND latest_version_id = NEW.version_id;
END;

INSERT OR IGNORE INTO filings (round_id, filer_code, first_received_at, first_received_on, latest_version,
    latest_version_id, latest_received_at, errors, warnings, decision, due_on)
SELECT lv.round_id, lv.filer_code, v1.received_at, substr(v1.received_at, 1, 10), lv.version, lv.id, lv.received_at,
    COALESCE(json_extract(lv.validation, '$.errors'), 0), COALESCE(json_extract(lv.validation, '$.warnings'), 0),
    d.decision, d.due_on
FROM versions lv
JOIN versions v1 ON v1.round_id = lv.round_id AND v1.filer_code = lv.filer_code AND v1.version = 1
LEFT JOIN review_decisions d ON d.id = (SELECT MAX(x.id) FROM review_decisions x WHERE x.version_id = lv.id)
WHERE lv.version = (SELECT MAX(version) FROM versions m WHERE m.round_id = lv.round_id AND m.filer_code = lv.filer_code);
