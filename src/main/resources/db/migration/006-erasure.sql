-- /xoadulieu reaches the staff audit log too: a staff edit of the phone or a note naming the
-- contact is the business's personal data (Law 91/2025/QH15: erasure on request). The log stays
-- append-only for everything else: no row is ever deleted, who, when, what and which need never
-- change, and a row's values may be redacted once, only after its need's personal data was erased.
ALTER TABLE staff_actions ADD COLUMN redacted_at TEXT;
DROP TRIGGER staff_actions_no_update;
CREATE TRIGGER staff_actions_no_update BEFORE UPDATE ON staff_actions
WHEN NOT (
  OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL
  AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.staff_user_id = OLD.staff_user_id
  AND NEW.action = OLD.action AND NEW.need_id IS OLD.need_id
  AND EXISTS (SELECT 1 FROM needs WHERE id = OLD.need_id AND personal_data_erased_at IS NOT NULL))
BEGIN SELECT RAISE(ABORT, 'staff_actions is append-only'); END;
