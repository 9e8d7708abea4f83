package vn.ketnoi.telegram;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ketnoi.chat.Reply;

/**
 * The core's replies to one update, put in the outbox (inside the update's transaction) in the
 * form Telegram will show them; they are sent after the commit.
 */
final class ReplyQueue {
  private final Outbox outbox;

  ReplyQueue(Outbox outbox) {
    this.outbox = outbox;
  }

  /**
   * Puts the replies in the outbox and returns the other chats they address. A press edits the
   * message it came from: with the new choice when the answer is one, else by removing its
   * now-used keyboard.
   */
  Set<Long> queue(Received r, List<Reply> replies) {
    Set<Long> others = new HashSet<>();
    boolean removeContactKeyboard = outbox.lastAskedForContact(r.chatId());
    Integer editTarget = r.kind() == Received.Kind.PRESS ? r.messageId() : null;
    if (editTarget != null && (replies.isEmpty() || !(replies.get(0) instanceof Reply.Choice))) {
      outbox.add(r.chatId(), OutboxKind.CLEAR_KEYBOARD, null, null, editTarget, false);
      editTarget = null;
    }
    for (Reply reply : replies) {
      if (reply instanceof Reply.Choice choice) {
        outbox.add(r.chatId(), OutboxKind.CHOICE, choice.text(), choice.buttons(), editTarget, false);
      } else if (reply instanceof Reply.AskContact ask) {
        outbox.add(r.chatId(), OutboxKind.ASK_CONTACT, ask.text(),
            List.of(new Reply.Button(ask.shareLabel(), "contact")), null, false);
      } else if (reply instanceof Reply.Text text) {
        outbox.add(r.chatId(), OutboxKind.TEXT, text.text(), null, null, removeContactKeyboard);
        removeContactKeyboard = false;
      } else if (reply instanceof Reply.Notice notice) {
        if (notice.chatId() != r.chatId()) {
          others.add(notice.chatId());
        }
        outbox.add(notice.chatId(), notice.buttons().isEmpty() ? OutboxKind.TEXT : OutboxKind.CHOICE,
            notice.text(), notice.buttons(), null, false);
      } else if (reply instanceof Reply.Document document) {
        outbox.addFile(r.chatId(), OutboxKind.DOCUMENT, document.text(), document.fileName(), document.content());
      } else if (reply instanceof Reply.Image image) {
        outbox.addFile(r.chatId(), OutboxKind.IMAGE, image.text(), image.fileName(), image.png());
      } else {
        throw new IllegalStateException("reply not rendered: " + reply.getClass());
      }
      editTarget = null;
    }
    return others;
  }
}
