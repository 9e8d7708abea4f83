-- Questions the knowledge base could not answer, passed on to staff at the business's request.
CREATE TABLE questions (
  id               INTEGER PRIMARY KEY,
  telegram_user_id INTEGER,
  chat_id          INTEGER NOT NULL,
  text             TEXT,
  status           TEXT NOT NULL DEFAULT 'open',
  created_at       TEXT NOT NULL
);
