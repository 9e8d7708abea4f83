-- Every staff action, append-only: who, when, what, before and after. Triggers refuse edits.
CREATE TABLE staff_actions (
  id            INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  staff_user_id INTEGER NOT NULL,
  action        TEXT NOT NULL,
  need_id       INTEGER,
  before_value  TEXT,
  after_value   TEXT,
  note          TEXT
);
CREATE INDEX staff_actions_by_need ON staff_actions (need_id);
CREATE TRIGGER staff_actions_no_update BEFORE UPDATE ON staff_actions
BEGIN SELECT RAISE(ABORT, 'staff_actions is append-only'); END;
CREATE TRIGGER staff_actions_no_delete BEFORE DELETE ON staff_actions
BEGIN SELECT RAISE(ABORT, 'staff_actions is append-only'); END;

-- Whether a status note was shown to the business.
ALTER TABLE need_status_history ADD COLUMN note_visible INTEGER NOT NULL DEFAULT 0;

-- Documents and images (exports, charts) go through the outbox too.
ALTER TABLE outbox_messages ADD COLUMN file_name TEXT;
ALTER TABLE outbox_messages ADD COLUMN content BLOB;
