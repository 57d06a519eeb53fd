-- Migration "reviewer-views" (frozen; never edit a released migration, add a new file instead).
--
-- The reviewer's queue: when each reviewer last opened each filer's page, and which version was
-- the latest then, so that the dashboard can show what changed since. And the note a reviewer
-- gives when resolving a spot-check discrepancy (required from now on; earlier resolutions keep
-- NULL).

-- Per reviewer and filer of a round: the last time the reviewer opened the filer's page. Written
-- on every visit (not audited: it records reading, not a decision).
CREATE TABLE reviewer_views (
    reviewer_id   INTEGER NOT NULL REFERENCES reviewers (id),
    round_id      TEXT NOT NULL,
    filer_code    TEXT NOT NULL,
    -- The filer's latest version when the page was opened (0: nothing filed yet).
    seen_version  INTEGER NOT NULL CHECK (seen_version >= 0),
    viewed_at     TEXT NOT NULL,
    PRIMARY KEY (reviewer_id, round_id, filer_code),
    FOREIGN KEY (round_id, filer_code) REFERENCES roster (round_id, filer_code)
) STRICT, WITHOUT ROWID;

-- Why a discrepancy's follow-up was resolved (销号说明).
ALTER TABLE spot_check_findings ADD COLUMN resolution_note TEXT
    CHECK (resolution_note IS NULL OR length(trim(resolution_note)) > 0);
