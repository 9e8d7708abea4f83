-- Events and announcements, the business side. Events staff create live here beside the shipped
-- knowledge/events.json. Subscribing to announcements is its own purpose with its own consent (when,
-- which notice text), apart from the consent to process a need. Registrations keep the contact the
-- business gave with its last need, and where the business came from. /xoadulieu deletes all three.
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT,
  starts_at TEXT,
  place TEXT,
  summary TEXT,
  link TEXT,
  registration_open INTEGER NOT NULL DEFAULT 1,
  created_by INTEGER,
  created_at TEXT NOT NULL
);
CREATE TABLE subscriptions (
  telegram_user_id INTEGER PRIMARY KEY,
  chat_id INTEGER NOT NULL,
  consent_version TEXT NOT NULL,
  subscribed_at TEXT NOT NULL,
  unsubscribed_at TEXT
);
-- The offer to subscribe after a saved need is made once per user.
CREATE TABLE subscription_offers (
  telegram_user_id INTEGER PRIMARY KEY,
  offered_at TEXT NOT NULL
);
CREATE TABLE event_registrations (
  id INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL,
  telegram_user_id INTEGER NOT NULL,
  chat_id INTEGER NOT NULL,
  contact_name TEXT,
  company_name TEXT,
  phone TEXT,
  source TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  UNIQUE (event_id, telegram_user_id)
);
-- A deep link opened before consent: the event is shown once the user agrees.
CREATE TABLE event_links_waiting (
  telegram_user_id INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL,
  source TEXT NOT NULL,
  at TEXT NOT NULL
);
