-- Businesses and their consent to the processing of personal data (Law 91/2025/QH15 Art. 9:
-- consent must be explicit and verifiable, so when and to which notice version is kept).
CREATE TABLE users (
  telegram_user_id INTEGER PRIMARY KEY,
  consent          TEXT CHECK (consent IN ('granted', 'declined', 'withdrawn')),
  consent_version  TEXT,
  consent_at       TEXT,
  created_at       TEXT NOT NULL
);

-- The conversation of each chat, written through on every turn so a restart loses nothing.
CREATE TABLE chat_states (
  chat_id    INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL,
  stage      TEXT NOT NULL,
  state_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE needs (
  id                INTEGER PRIMARY KEY,
  code              TEXT NOT NULL UNIQUE,
  telegram_user_id  INTEGER,
  status            TEXT NOT NULL DEFAULT 'moi',
  company_name      TEXT,
  contact_name      TEXT,
  phone             TEXT,
  email             TEXT,
  province          TEXT,
  province_current  TEXT,
  sector            TEXT,
  need_type         TEXT,
  title             TEXT,
  description       TEXT,
  origin_scope      TEXT,
  origin_countries  TEXT NOT NULL DEFAULT '[]',
  budget_vnd_min    INTEGER,
  budget_vnd_max    INTEGER,
  timeline          TEXT,
  support_wanted    TEXT NOT NULL DEFAULT '[]',
  employees         INTEGER,
  products          TEXT NOT NULL DEFAULT '[]',
  field_sources     TEXT NOT NULL DEFAULT '{}',
  source_text       TEXT,
  draft_id          TEXT NOT NULL UNIQUE,
  personal_data_erased_at TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX needs_by_user ON needs (telegram_user_id);
CREATE INDEX needs_by_status ON needs (status, created_at);

CREATE TABLE need_status_history (
  id          INTEGER PRIMARY KEY,
  need_id     INTEGER NOT NULL REFERENCES needs (id),
  from_status TEXT,
  to_status   TEXT NOT NULL,
  note        TEXT,
  actor       TEXT NOT NULL,
  at          TEXT NOT NULL
);
CREATE INDEX need_history_by_need ON need_status_history (need_id);

-- Codes run per year (NC-2026-0001) and are never reused, even after a deletion.
CREATE TABLE need_code_counters (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
);
