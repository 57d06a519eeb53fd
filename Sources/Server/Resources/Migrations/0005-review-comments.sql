-- Migration "review-comments" (frozen; never edit a released migration, add a new file instead).
--
-- Comments a reviewer pins to places of the version decided (a platform, a service item, an
-- indicator, any field), as part of the decision: written in the decision's transaction, bound
-- into its audit event, never updated or deleted.

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
