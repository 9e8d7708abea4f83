-- A staff member's step (a status note or an answer being typed, the list filter) lives apart
-- from the business conversation of the same chat, so a staff member who is also a business
-- never has a note read as part of a need.
CREATE TABLE staff_sessions (
  chat_id      INTEGER PRIMARY KEY,
  session_json TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
INSERT INTO staff_sessions (chat_id, session_json, updated_at)
  SELECT chat_id, json_extract(state_json, '$.staff_session'), updated_at FROM chat_states
  WHERE json_type(state_json, '$.staff_session') = 'object';
