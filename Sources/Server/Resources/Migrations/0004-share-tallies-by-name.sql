-- Migration "share-tallies-by-name" (frozen; never edit a released migration, add a new file instead).
--
-- The summary's counts of each version, stored by share id instead of by position in a JSON
-- array, so that adding, removing or reordering a share can never misread a stored row. The rows
-- of version_share_counts are converted with the eleven share ids in the order the released
-- build wrote them; a row of another shape is dropped, and that version is counted from its bytes
-- when the summary reads it.

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

CREATE TEMP TABLE convertible AS
SELECT version_id, counts FROM version_share_counts
WHERE json_type(counts, '$.platforms') = 'integer' AND json_type(counts, '$.serviceItems') = 'integer'
    AND json_extract(counts, '$.platforms') >= 0 AND json_extract(counts, '$.serviceItems') >= 0
    AND json_array_length(counts, '$.firstFound') = 11 AND json_array_length(counts, '$.after') = 11
    AND json_array_length(counts, '$.denominators') = 11
    AND NOT EXISTS (
        SELECT 1 FROM json_each(counts, '$.firstFound') WHERE type != 'integer' OR value < 0
        UNION ALL SELECT 1 FROM json_each(counts, '$.after') WHERE type != 'integer' OR value < 0
        UNION ALL SELECT 1 FROM json_each(counts, '$.denominators') WHERE type != 'integer' OR value < 0);

INSERT INTO version_tallies (version_id, platforms, service_items)
SELECT version_id, json_extract(counts, '$.platforms'), json_extract(counts, '$.serviceItems') FROM convertible;

WITH released_order (position, share_id) AS (VALUES
    (0, 'notIntegratedWithPortal'), (1, 'emptyColumns'), (2, 'consultationChannelWorks'), (3, 'questionUnanswered'),
    (4, 'searchFails'), (5, 'onlyStepNames'), (6, 'missingTimeLimitFeeContact'), (7, 'vagueMaterialWording'),
    (8, 'noFormDownload'), (9, 'noInstructionsOrSample'), (10, 'noMaterialFormat'))
INSERT INTO version_share_tallies (version_id, share_id, first_found, after_rectification, denominator)
SELECT c.version_id, s.share_id, json_extract(c.counts, '$.firstFound[' || s.position || ']'),
    json_extract(c.counts, '$.after[' || s.position || ']'), json_extract(c.counts, '$.denominators[' || s.position || ']')
FROM convertible c CROSS JOIN released_order s;

DROP TABLE convertible;
DROP TABLE version_share_counts;
