-- Staff are told once that an open need now fits an offer added or changed by a knowledge reload:
-- one row per (need, offer), written in the same transaction as the staff notice in the outbox, so
-- neither a second reload, a restart nor a second process repeats it.
CREATE TABLE IF NOT EXISTS offer_notices (
  need_id INTEGER NOT NULL REFERENCES needs (id),
  offer_id TEXT NOT NULL,
  noticed_at TEXT NOT NULL,
  PRIMARY KEY (need_id, offer_id)
);
