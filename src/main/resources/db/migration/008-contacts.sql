-- The phones and e-mails a business gave beyond the card's own phone and e-mail, as a JSON list
-- of strings (normalised phones, lower-case e-mails), so a second number is never dropped.
ALTER TABLE needs ADD COLUMN other_contacts TEXT NOT NULL DEFAULT '[]';

-- They are personal data: an erasure (which sets personal_data_erased_at) clears them too,
-- whatever code performs it.
CREATE TRIGGER needs_erase_other_contacts AFTER UPDATE OF personal_data_erased_at ON needs
WHEN NEW.personal_data_erased_at IS NOT NULL AND NEW.other_contacts <> '[]'
BEGIN UPDATE needs SET other_contacts = '[]' WHERE id = NEW.id; END;
