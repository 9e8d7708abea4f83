-- A question passed to staff gets its answer: who asked (the business and contact as known when
-- they asked, for the staff notice and /cauhoi), the answer staff typed, who answered and when.
-- status: 'open' until answered, then 'answered'. /xoadulieu clears asker and answer with the text.
ALTER TABLE questions ADD COLUMN asker TEXT;
ALTER TABLE questions ADD COLUMN answer TEXT;
ALTER TABLE questions ADD COLUMN answered_by INTEGER;
ALTER TABLE questions ADD COLUMN answered_at TEXT;
CREATE INDEX questions_by_status ON questions (status, id);
