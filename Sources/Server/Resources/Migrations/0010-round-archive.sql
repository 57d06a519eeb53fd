-- Migration "round-archive" (frozen; never edit a released migration, add a new file instead).
--
-- An archived round (a test round, a finished year) is closed and kept, but left out of what
-- people are offered by default: the filer's choice of round, the reviewers' first dashboard and
-- `round list`. NULL while the round is not archived.
ALTER TABLE rounds ADD COLUMN archived_at TEXT;
