-- An update whose handling fails (a bug, not a storage outage) is retried a few times, then set
-- aside with its error so it never blocks its chat or replays at every start.
ALTER TABLE inbox_updates ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE inbox_updates ADD COLUMN failed_at TEXT;
ALTER TABLE inbox_updates ADD COLUMN error TEXT;
-- A long reply goes out in parts: the parts already sent are not sent again after a crash.
ALTER TABLE outbox_messages ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
