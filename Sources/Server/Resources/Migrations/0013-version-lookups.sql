-- Migration "version-lookups" (frozen; never edit a released migration, add a new file instead).
--
-- Every upload reads its filer's latest version and hash, the first version's receipt time,
-- and a version's receipt by its signature. In the table those columns lie after the report's
-- bytes, behind its overflow pages (a 176 KB report spans about 43 of them), so each read walked
-- the report. These covering indexes answer the reads without touching the bytes.
CREATE INDEX versions_latest ON versions (round_id, filer_code, version, sha256, received_at);
CREATE INDEX versions_receipt ON versions (
    signature, round_id, filer_code, version, sha256, key_id, signed_at, base_version, received_at, validation
);
