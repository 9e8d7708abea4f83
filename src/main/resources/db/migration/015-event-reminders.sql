-- The day-before reminder to an event's registrants goes through the broadcast outbox as a
-- broadcast of its own kind: no stop line and no progress message, a "Hủy đăng ký" button (button_label/
-- button_data of 014), and no
-- sending once the event has started (expires_at). event_reminders holds one row per event, made in
-- the same transaction as the broadcast and its recipients, so a reminder is queued once, restarts
-- included. status: 'queued' (broadcast_id its broadcast), 'none' (nobody registered then) or
-- 'skipped' (the event started before the bot could queue it).
ALTER TABLE broadcasts ADD COLUMN kind TEXT NOT NULL DEFAULT 'announcement';
ALTER TABLE broadcasts ADD COLUMN expires_at TEXT;
CREATE TABLE event_reminders (
  event_id TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  broadcast_id INTEGER REFERENCES broadcasts (id),
  decided_at TEXT NOT NULL
);
