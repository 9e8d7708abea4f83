-- Every update asks for the chat's last message kind: index the outbox by chat.
CREATE INDEX outbox_by_chat ON outbox_messages (chat_id, id);
-- A message that has gone (or never will) keeps no text: replies carry names and phone numbers,
-- and /xoadulieu must not leave copies behind.
UPDATE outbox_messages SET text = NULL, buttons = NULL, content = NULL WHERE status <> 'pending';
