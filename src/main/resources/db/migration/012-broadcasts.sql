-- Staff announcements through a durable outbox. A broadcast is a draft until "Xác nhận gửi"; then
-- its recipients are snapshotted (one row per active subscriber: later subscribers do not join) and
-- it is sending until every row is settled. A recipient row is claimed ('sending') before Telegram
-- is called and settled after, so a row a crash left claimed becomes 'unknown' and is never re-sent.
-- paused_until keeps a 429's retry_after, so a restart waits it out.
CREATE TABLE broadcasts (
  id INTEGER PRIMARY KEY,
  staff_user_id INTEGER NOT NULL,
  staff_chat_id INTEGER NOT NULL,
  text TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  started_at TEXT,
  finished_at TEXT,
  paused_until TEXT
);
CREATE TABLE broadcast_recipients (
  broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id),
  chat_id INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  telegram_message_id INTEGER,
  error TEXT,
  settled_at TEXT,
  PRIMARY KEY (broadcast_id, chat_id)
);
CREATE INDEX broadcast_recipients_status ON broadcast_recipients (broadcast_id, status);
