package vn.ketnoi.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.extraction.Json;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;
import vn.ketnoi.storage.StorageException;

/** Replies waiting to be sent, written in the same transaction as the turn that made them. */
final class Outbox {
  /** One message to send (or one message to edit, when {@code editMessageId} is set). */
  record Outgoing(
      long id, long chatId, OutboxKind kind, String text, List<Reply.Button> buttons,
      Integer editMessageId, boolean removeKeyboard, String fileName, byte[] content,
      int partsSent) {

    /** The same message sent anew, when the one to edit is gone. */
    Outgoing withoutEdit() {
      return new Outgoing(id, chatId, kind, text, buttons, null, removeKeyboard, fileName, content,
          partsSent);
    }

    Outgoing withPartsSent(int parts) {
      return new Outgoing(id, chatId, kind, text, buttons, editMessageId, removeKeyboard, fileName,
          content, parts);
    }
  }

  private static final String FORGET = "text = NULL, buttons = NULL, content = NULL";

  private final Database db;
  private final Clock clock;

  Outbox(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  void add(long chatId, OutboxKind kind, String text, List<Reply.Button> buttons,
      Integer editMessageId, boolean removeKeyboard) {
    add(chatId, kind, text, buttons, editMessageId, removeKeyboard, null, null);
  }

  void addFile(long chatId, OutboxKind kind, String caption, String fileName, byte[] content) {
    add(chatId, kind, caption, null, null, false, fileName, content);
  }

  private void add(long chatId, OutboxKind kind, String text, List<Reply.Button> buttons,
      Integer editMessageId, boolean removeKeyboard, String fileName, byte[] content) {
    Sql.update(db, "INSERT INTO outbox_messages (chat_id, kind, text, buttons, edit_message_id,"
        + " remove_keyboard, created_at, file_name, content)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", chatId, kind.stored(), text,
        buttons == null ? null : json(buttons), editMessageId, removeKeyboard, clock.instant(),
        fileName, content);
  }

  /** Whether the last message queued for the chat asked for the phone with a reply keyboard. */
  boolean lastAskedForContact(long chatId) {
    return Sql.one(db, "SELECT kind FROM outbox_messages WHERE chat_id = ? AND kind <> ?"
        + " ORDER BY id DESC LIMIT 1",
        row -> OutboxKind.ASK_CONTACT.stored().equals(row.getString(1)), chatId,
        OutboxKind.CLEAR_KEYBOARD.stored()).orElse(false);
  }

  /**
   * The chat's pending messages, oldest first, up to the first one that must wait (after a 429
   * or an outage): later messages wait behind it so the chat reads in order.
   */
  List<Outgoing> due(long chatId) {
    String now = clock.instant().toString();
    return Sql.queryWhile(db, "SELECT id, chat_id, kind, text, buttons, edit_message_id,"
        + " remove_keyboard, next_attempt_at, file_name, content, parts_sent FROM outbox_messages"
        + " WHERE chat_id = ? AND status = 'pending' ORDER BY id",
        row -> row.getString(8) == null || row.getString(8).compareTo(now) <= 0, Outbox::read,
        chatId);
  }

  /** Chats with pending messages whose next attempt is due. */
  List<Long> chatsWithDueMessages() {
    return Sql.query(db, "SELECT DISTINCT chat_id FROM outbox_messages WHERE status = 'pending'"
        + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)", row -> row.getLong(1),
        clock.instant());
  }

  /** Sent messages keep no text: it carries names and phones, and Telegram has it now. */
  void markSent(long id, Integer telegramMessageId) {
    update("UPDATE outbox_messages SET status = 'sent', telegram_message_id = ?, sent_at = ?,"
        + FORGET + ", attempts = attempts + 1 WHERE id = ?", telegramMessageId,
        clock.instant().toString(), id);
  }

  /**
   * The request reached Telegram and no answer came back. Kept apart from 'sent' and 'failed': it
   * may have arrived, so it is never resent on its own.
   */
  void markUnknown(long id, String error) {
    update("UPDATE outbox_messages SET status = 'unknown', error = ?, " + FORGET
        + ", attempts = attempts + 1 WHERE id = ?", error, id);
  }

  /** The first parts of a long message are out; a retry starts after them. */
  void markPartSent(long id, int parts) {
    update("UPDATE outbox_messages SET parts_sent = ? WHERE id = ?", parts, id);
  }

  int partsSent(long id) {
    return Sql.one(db, "SELECT parts_sent FROM outbox_messages WHERE id = ?", row -> row.getInt(1),
        id).orElse(0);
  }

  void markFailed(long id, String error) {
    update("UPDATE outbox_messages SET status = 'failed', error = ?, " + FORGET
        + ", attempts = attempts + 1 WHERE id = ?", error, id);
  }

  void retryAt(long id, Instant at, String error) {
    update("UPDATE outbox_messages SET next_attempt_at = ?, error = ?, attempts = attempts + 1"
        + " WHERE id = ?", at.toString(), error, id);
  }

  /** The user blocked the bot: nothing pending for them will ever arrive. */
  void dropPending(long chatId, String reason) {
    update("UPDATE outbox_messages SET status = 'failed', error = ?, " + FORGET
        + " WHERE chat_id = ? AND status = 'pending'", reason, chatId);
  }

  private void update(String sql, Object... args) {
    Sql.update(db, sql, args);
  }

  private static Outgoing read(ResultSet rs) throws SQLException {
    String buttons = rs.getString(5);
    return new Outgoing(rs.getLong(1), rs.getLong(2), OutboxKind.ofStored(rs.getString(3)), rs.getString(4),
        buttons == null ? List.of() : parse(buttons), Sql.nullableInt(rs, 6), rs.getInt(7) == 1,
        rs.getString(9), rs.getBytes(10), rs.getInt(11));
  }

  private static String json(List<Reply.Button> buttons) {
    try {
      return Json.MAPPER.writeValueAsString(buttons);
    } catch (JsonProcessingException e) {
      throw new StorageException("cannot write buttons", e);
    }
  }

  private static List<Reply.Button> parse(String json) {
    try {
      return Json.MAPPER.readValue(json, new TypeReference<List<Reply.Button>>() {});
    } catch (JsonProcessingException e) {
      throw new StorageException("unreadable buttons", e);
    }
  }
}
