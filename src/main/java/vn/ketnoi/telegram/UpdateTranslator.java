package vn.ketnoi.telegram;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Reads a telegrambots {@link Update} into what the inbox keeps. */
final class UpdateTranslator {
  private UpdateTranslator() {}

  /** {@code staffChatId}: the staff group, whose messages go to the staff desk (may be null). */
  static Received translate(Update update, Long staffChatId) {
    long id = update.getUpdateId();
    if (update.hasCallbackQuery()) {
      CallbackQuery q = update.getCallbackQuery();
      long chat = q.getMessage() != null ? q.getMessage().getChatId() : q.getFrom().getId();
      Integer messageId = q.getMessage() != null ? q.getMessage().getMessageId() : null;
      return new Received(id, chat, q.getFrom().getId(), Received.Kind.PRESS,
          q.getData() == null ? "" : q.getData(), q.getId(), messageId);
    }
    if (update.getMyChatMember() != null) {
      ChatMemberUpdated m = update.getMyChatMember();
      String status = m.getNewChatMember() == null ? "" : m.getNewChatMember().getStatus();
      Received.Kind kind = "kicked".equals(status) ? Received.Kind.BLOCKED
          : "member".equals(status) ? Received.Kind.UNBLOCKED : Received.Kind.IGNORED;
      return simple(id, m.getChat().getId(), m.getFrom().getId(), kind);
    }
    if (update.hasEditedMessage()) {
      Message m = update.getEditedMessage();
      return simple(id, m.getChatId(), userOf(m), privateChat(m) ? Received.Kind.EDITED : Received.Kind.IGNORED);
    }
    if (update.hasMessage()) {
      Message m = update.getMessage();
      if (staffChatId != null && m.getChatId().equals(staffChatId) && m.hasText()) {
        return new Received(id, m.getChatId(), userOf(m), Received.Kind.TEXT, m.getText(), null, null);
      }
      return message(id, m);
    }
    return new Received(id, 0, 0, Received.Kind.IGNORED, null, null, null);
  }

  private static Received message(long id, Message m) {
    long chat = m.getChatId();
    long user = userOf(m);
    if (!privateChat(m)) {
      boolean command = m.hasText() && m.getText().startsWith("/");
      return simple(id, chat, user, command ? Received.Kind.GROUP_COMMAND : Received.Kind.IGNORED);
    }
    if (m.hasText()) {
      return new Received(id, chat, user, Received.Kind.TEXT, m.getText(), null, null);
    }
    if (m.hasContact()) {
      boolean own = m.getContact().getUserId() != null && m.getContact().getUserId() == user;
      return new Received(id, chat, user, own ? Received.Kind.OWN_CONTACT : Received.Kind.OTHER_CONTACT,
          m.getContact().getPhoneNumber(), null, null);
    }
    // A photo or document with a caption: the caption is what the user wrote.
    if (m.getCaption() != null && !m.getCaption().isBlank()) {
      return new Received(id, chat, user, Received.Kind.TEXT, m.getCaption(), null, null);
    }
    return simple(id, chat, user, Received.Kind.UNSUPPORTED);
  }

  private static Received simple(long id, long chat, long user, Received.Kind kind) {
    return new Received(id, chat, user, kind, null, null, null);
  }

  private static boolean privateChat(Message m) {
    return m.getChat() != null && "private".equals(m.getChat().getType());
  }

  private static long userOf(Message m) {
    return m.getFrom() != null ? m.getFrom().getId() : m.getChatId();
  }
}
