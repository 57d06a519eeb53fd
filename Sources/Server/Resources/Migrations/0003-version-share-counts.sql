-- Migration "version-share-counts" (frozen; never edit a released migration, add a new file instead).
--
-- A database made before 0001-initial.sql held version_share_counts gets the table and its
-- triggers. Versions without a row are counted from their bytes when the summary reads them.
-- On a database made by 0001-initial.sql every statement here changes nothing.

CREATE TABLE IF NOT EXISTS version_share_counts (
    version_id  INTEGER NOT NULL PRIMARY KEY REFERENCES versions (id),
    counts      TEXT NOT NULL CHECK (json_valid(counts))
) STRICT;

CREATE TRIGGER IF NOT EXISTS version_share_counts_no_update BEFORE UPDATE ON version_share_counts
BEGIN SELECT RAISE(ABORT, 'version share counts are immutable'); END;
CREATE TRIGGER IF NOT EXISTS version_share_counts_no_delete BEFORE DELETE ON version_share_counts
BEGIN SELECT RAISE(ABORT, 'version share counts are immutable'); END;
