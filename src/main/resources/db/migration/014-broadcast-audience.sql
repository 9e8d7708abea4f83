-- Who an announcement is for, and what it carries. sector and province (NULL: any) pick the active
-- subscribers whose latest saved need has that sector and current province (province_current); a
-- subscriber with no need is only in the whole audience. resend_of links a deliberate resend to
-- the broadcast whose "unknown" rows it sends again. button_label/button_data: the one button
-- recipients get under it (an event's "Đăng ký tham dự"), NULL for none.
ALTER TABLE broadcasts ADD COLUMN sector TEXT;
ALTER TABLE broadcasts ADD COLUMN province TEXT;
ALTER TABLE broadcasts ADD COLUMN resend_of INTEGER REFERENCES broadcasts (id);
ALTER TABLE broadcasts ADD COLUMN button_label TEXT;
ALTER TABLE broadcasts ADD COLUMN button_data TEXT;
-- /sukienmoi: the event a staff chat is describing, one answer per step, until it is stored.
CREATE TABLE event_drafts (
  chat_id INTEGER PRIMARY KEY,
  staff_user_id INTEGER NOT NULL,
  step TEXT NOT NULL,
  title TEXT,
  starts_at TEXT,
  place TEXT,
  summary TEXT,
  link TEXT,
  updated_at TEXT NOT NULL
);
