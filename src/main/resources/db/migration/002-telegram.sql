-- The Telegram channel. telegrambots confirms a batch of updates to Telegram before our workers
-- finish it, so every update is written here first; handled_at is set in the same transaction as
-- the conversation change it causes, so a replay after a crash changes nothing. The text is
-- cleared once handled: it lives on in the need's source text only if the user confirms.
CREATE TABLE inbox_updates (
  update_id   INTEGER PRIMARY KEY,
  chat_id     INTEGER NOT NULL,
  user_id     INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  text        TEXT,
  callback_id TEXT,
  message_id  INTEGER,
  received_at TEXT NOT NULL,
  handled_at  TEXT
);
CREATE INDEX inbox_pending ON inbox_updates (handled_at, update_id);

-- Replies, written with the turn that produced them and sent after it commits: a crash between the
-- two sends them on restart, and a reply is never produced twice.
CREATE TABLE outbox_messages (
  id                  INTEGER PRIMARY KEY,
  chat_id             INTEGER NOT NULL,
  kind                TEXT NOT NULL,
  text                TEXT,
  buttons             TEXT,
  edit_message_id     INTEGER,
  remove_keyboard     INTEGER NOT NULL DEFAULT 0,
  status              TEXT NOT NULL DEFAULT 'pending',
  attempts            INTEGER NOT NULL DEFAULT 0,
  next_attempt_at     TEXT,
  telegram_message_id INTEGER,
  error               TEXT,
  created_at          TEXT NOT NULL,
  sent_at             TEXT
);
CREATE INDEX outbox_pending ON outbox_messages (status, chat_id, id);

-- A user who blocked the bot (403): nothing more is sent to them until they write again.
ALTER TABLE users ADD COLUMN blocked_at TEXT;
