package vn.ketnoi.broadcast;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.ketnoi.chat.Reply;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/**
 * The broadcast outbox in SQLite. A draft becomes sending at "Xác nhận gửi", once (the status
 * changes only from draft), and its recipients are snapshotted then. A sender claims each
 * recipient before calling Telegram and settles it after; {@link #recoverAfterCrash} turns rows a
 * dead process left claimed into unknown, so nothing is sent twice.
 */
public final class Broadcasts {
  /** A broadcast as stored. */
  public record Broadcast(long id, long staffUserId, long staffChatId, String text, String status,
      Instant createdAt, Instant startedAt, Instant finishedAt) {}

  /** One recipient claimed for sending its next part ({@code partsSent} are out already). */
  public record Claimed(long broadcastId, long chatId, int partsSent) {}

  /**
   * How a broadcast goes out. An announcement ends with the stop line and shows staff its
   * progress; an event reminder goes as stored, with its button, and not once {@code expiresAt}
   * (the event's start) has passed.
   */
  public record Style(boolean reminder, Optional<Reply.Button> button, Instant expiresAt) {
    public boolean tooLate(Instant now) {
      return expiresAt != null && !now.isBefore(expiresAt);
    }
  }

  /** How the recipients of a broadcast stand. */
  public record Counts(int total, int pending, int sent, int blocked, int gone, int failed, int unknown) {}

  private static final String COLUMNS = "id, staff_user_id, staff_chat_id, text, status, created_at,"
      + " started_at, finished_at";

  private final Database db;
  private final Clock clock;

  public Broadcasts(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public long draft(long staffUserId, long staffChatId, String text) {
    return draft(staffUserId, staffChatId, text, null);
  }

  /** A draft whose recipients get {@code button} under it (an event's registration); null: none. */
  public long draft(long staffUserId, long staffChatId, String text, Reply.Button button) {
    return Sql.insert(db, "INSERT INTO broadcasts (staff_user_id, staff_chat_id, text, status, created_at,"
        + " button_label, button_data) VALUES (?, ?, ?, 'draft', ?, ?, ?)", staffUserId, staffChatId, text,
        clock.instant(), button == null ? null : button.label(), button == null ? null : button.data());
  }

  /**
   * A draft sending {@code original} again, same text and button, to its unknown rows; the draft
   * already waiting for that, if there is one, so pressing "Gửi lại" twice makes one.
   */
  public long resendDraft(long staffUserId, long staffChatId, Broadcast original) {
    Optional<Long> waiting = Sql.one(db, "SELECT id FROM broadcasts WHERE resend_of = ? AND status = 'draft'"
        + " ORDER BY id LIMIT 1", row -> row.getLong(1), original.id());
    if (waiting.isPresent()) {
      return waiting.get();
    }
    Reply.Button button = style(original.id()).button().orElse(null);
    long id = draft(staffUserId, staffChatId, original.text(), button);
    Sql.update(db, "UPDATE broadcasts SET resend_of = ? WHERE id = ?", original.id(), id);
    return id;
  }

  /** Sets who a draft is for; false when it is no longer a draft. */
  public boolean segment(long id, Audience.Segment segment) {
    return Sql.update(db, "UPDATE broadcasts SET sector = ?, province = ? WHERE id = ? AND status = 'draft'",
        segment.sector(), segment.province(), id) > 0;
  }

  public Audience.Segment segmentOf(long id) {
    return Sql.one(db, "SELECT sector, province FROM broadcasts WHERE id = ?",
        row -> new Audience.Segment(row.getString(1), row.getString(2)), id).orElse(Audience.Segment.ALL);
  }

  /** How many of its unknown recipients a resend would reach now ({@link Audience#resendable}). */
  public int resendable(long id) {
    return new Audience(db).resendable(id);
  }

  /** The broadcast this one resends the unknown rows of, if it is a resend. */
  public Optional<Long> resendOf(long id) {
    return Sql.one(db, "SELECT resend_of FROM broadcasts WHERE id = ? AND resend_of IS NOT NULL",
        row -> row.getLong(1), id);
  }


  public Optional<Broadcast> find(long id) {
    return Sql.one(db, "SELECT " + COLUMNS + " FROM broadcasts WHERE id = ?", Broadcasts::read, id);
  }

  /**
   * Starts a draft: snapshots the active subscribers of its segment as its recipients (those who
   * blocked the bot are counted blocked without a call), or for a resend the unknown rows of the
   * original that {@link Audience#resendable} counts. False when it was not a draft: a second
   * press starts nothing.
   */
  public boolean confirm(long id) {
    return db.transaction(c -> {
      Instant now = clock.instant();
      if (Sql.update(c, "UPDATE broadcasts SET status = 'sending', started_at = ? WHERE id = ?"
          + " AND status = 'draft'", now, id) == 0) {
        return false;
      }
      Optional<Long> original = Sql.one(c, "SELECT resend_of FROM broadcasts WHERE id = ?"
          + " AND resend_of IS NOT NULL", row -> row.getLong(1), id);
      if (original.isPresent()) {
        Sql.update(c, "INSERT INTO broadcast_recipients (broadcast_id, chat_id, status)"
            + " SELECT DISTINCT ?, r.chat_id, 'pending'" + Audience.RESENDABLE + " ON CONFLICT DO NOTHING",
            id, original.get(), original.get(), id);
        return true;
      }
      Audience.Segment s = Sql.one(c, "SELECT sector, province FROM broadcasts WHERE id = ?",
          row -> new Audience.Segment(row.getString(1), row.getString(2)), id).orElseThrow();
      Sql.update(c, "INSERT INTO broadcast_recipients (broadcast_id, chat_id, status, settled_at)"
          + " SELECT ?, s.chat_id, CASE WHEN u.blocked_at IS NULL THEN 'pending' ELSE 'blocked' END,"
          + " CASE WHEN u.blocked_at IS NULL THEN NULL ELSE ? END"
          + Audience.SUBSCRIBERS + Audience.IN_SEGMENT + " ON CONFLICT DO NOTHING",
          id, now, s.sector(), s.sector(), s.province(), s.province());
      return true;
    });
  }

  /** Cancels a draft; false when it was no longer one. */
  public boolean cancel(long id) {
    return Sql.update(db, "UPDATE broadcasts SET status = 'cancelled', finished_at = ? WHERE id = ?"
        + " AND status = 'draft'", clock.instant(), id) > 0;
  }

  /** At start-up: a row claimed by a process that died may have been sent; it is not sent again. */
  public int recoverAfterCrash() {
    return Sql.update(db, "UPDATE broadcast_recipients SET status = 'unknown', settled_at = ?,"
        + " error = 'in flight when the bot stopped' WHERE status = 'sending'", clock.instant());
  }

  public Style style(long id) {
    return Sql.one(db, "SELECT kind, button_label, button_data, expires_at FROM broadcasts WHERE id = ?",
        Broadcasts::style, id).orElseThrow();
  }

  private static Style style(ResultSet row) throws SQLException {
    String label = row.getString(2);
    String data = row.getString(3);
    return new Style("reminder".equals(row.getString(1)),
        data == null ? Optional.empty() : Optional.of(new Reply.Button(label, data)),
        instant(row.getString(4)));
  }

  /** Recipients still pending once it is too late for them (the event started) are not sent to. */
  public int expire(long broadcastId) {
    return Sql.update(db, "UPDATE broadcast_recipients SET status = 'skipped', settled_at = ?,"
        + " error = 'too late' WHERE broadcast_id = ? AND status = 'pending'", clock.instant(), broadcastId);
  }

  /** Broadcasts still sending, oldest first. */
  public List<Broadcast> unfinished() {
    return Sql.query(db, "SELECT " + COLUMNS + " FROM broadcasts WHERE status = 'sending' ORDER BY id",
        Broadcasts::read);
  }

  /**
   * Claims the next pending recipient of the broadcast; empty when none is left. Part k goes to
   * everyone before part k+1, so a recipient's one message a second never holds the others up.
   */
  public Optional<Claimed> claimNext(long broadcastId) {
    return db.transaction(c -> {
      Optional<Claimed> next = Sql.one(c, "SELECT chat_id, parts_sent FROM broadcast_recipients"
          + " WHERE broadcast_id = ? AND status = 'pending' ORDER BY parts_sent, chat_id LIMIT 1",
          row -> new Claimed(broadcastId, row.getLong(1), row.getInt(2)), broadcastId);
      if (next.isPresent()) {
        Sql.update(c, "UPDATE broadcast_recipients SET status = 'sending' WHERE broadcast_id = ?"
            + " AND chat_id = ?", broadcastId, next.get().chatId());
      }
      return next;
    });
  }

  /** One part out, more to come: the row waits for its next part, which is never sent twice. */
  public void partSent(Claimed claimed, Integer messageId) {
    Sql.update(db, "UPDATE broadcast_recipients SET status = 'pending', parts_sent = ?,"
        + " telegram_message_id = ? WHERE broadcast_id = ? AND chat_id = ? AND status = 'sending'",
        claimed.partsSent() + 1, messageId, claimed.broadcastId(), claimed.chatId());
  }

  /** Settles a claimed row: sent (with the message id), blocked, gone, failed or unknown. */
  public void settle(Claimed claimed, String status, Integer messageId, String error) {
    Sql.update(db, "UPDATE broadcast_recipients SET status = ?, telegram_message_id = ?, error = ?,"
        + " settled_at = ? WHERE broadcast_id = ? AND chat_id = ?", status, messageId, error,
        clock.instant(), claimed.broadcastId(), claimed.chatId());
  }

  /** A claimed row that can be tried again (the request never left). */
  public void release(Claimed claimed) {
    Sql.update(db, "UPDATE broadcast_recipients SET status = 'pending' WHERE broadcast_id = ?"
        + " AND chat_id = ? AND status = 'sending'", claimed.broadcastId(), claimed.chatId());
  }

  /** Marks the broadcast done; false when it already was (the report is sent once). */
  public boolean finish(long broadcastId) {
    return Sql.update(db, "UPDATE broadcasts SET status = 'done', finished_at = ? WHERE id = ?"
        + " AND status = 'sending'", clock.instant(), broadcastId) > 0;
  }

  public Counts counts(long broadcastId) {
    return Sql.one(db, "SELECT COUNT(*), SUM(status IN ('pending', 'sending')), SUM(status = 'sent'),"
        + " SUM(status = 'blocked'), SUM(status = 'gone'), SUM(status = 'failed'),"
        + " SUM(status = 'unknown') FROM broadcast_recipients WHERE broadcast_id = ?",
        row -> new Counts(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5),
            row.getInt(6), row.getInt(7)), broadcastId).orElseThrow();
  }

  /** The latest announcements that were confirmed, newest first (event reminders are not). */
  public List<Broadcast> recent(int limit) {
    return Sql.query(db, "SELECT " + COLUMNS + " FROM broadcasts WHERE status IN ('sending', 'done')"
        + " AND kind = 'announcement' ORDER BY id DESC LIMIT ?", Broadcasts::read, limit);
  }

  private static Broadcast read(ResultSet row) throws SQLException {
    return new Broadcast(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4),
        row.getString(5), instant(row.getString(6)), instant(row.getString(7)),
        instant(row.getString(8)));
  }

  private static Instant instant(String value) {
    return value == null ? null : Instant.parse(value);
  }
}
