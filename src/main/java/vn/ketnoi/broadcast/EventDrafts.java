package vn.ketnoi.broadcast;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/** The event a staff chat is describing with /sukienmoi, one row a chat, kept across restarts. */
final class EventDrafts {
  /** The question the chat waits to have answered, in the order they are asked. */
  enum Step { TITLE, WHEN, PLACE, SUMMARY, LINK, REGISTRATION }

  record Draft(long chatId, long staffUserId, Step step, String title, Instant startsAt, String place,
      String summary, String link) {
    Draft next(Step to) {
      return new Draft(chatId, staffUserId, to, title, startsAt, place, summary, link);
    }
  }

  private final Database db;
  private final Clock clock;

  EventDrafts(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A new draft replaces whatever the chat had begun. */
  void start(long chatId, long staffUserId) {
    save(new Draft(chatId, staffUserId, Step.TITLE, null, null, null, null, null));
  }

  Optional<Draft> of(long chatId) {
    return Sql.one(db, "SELECT chat_id, staff_user_id, step, title, starts_at, place, summary, link"
        + " FROM event_drafts WHERE chat_id = ?", EventDrafts::read, chatId);
  }

  void save(Draft d) {
    Sql.update(db, "INSERT INTO event_drafts (chat_id, staff_user_id, step, title, starts_at, place, summary,"
        + " link, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET"
        + " staff_user_id = excluded.staff_user_id, step = excluded.step, title = excluded.title,"
        + " starts_at = excluded.starts_at, place = excluded.place, summary = excluded.summary,"
        + " link = excluded.link, updated_at = excluded.updated_at", d.chatId(), d.staffUserId(),
        d.step().name(), d.title(), d.startsAt(), d.place(), d.summary(), d.link(), clock.instant());
  }

  /** Drops the chat's draft; false when there was none (a stale button). */
  boolean drop(long chatId) {
    return Sql.update(db, "DELETE FROM event_drafts WHERE chat_id = ?", chatId) > 0;
  }

  private static Draft read(ResultSet r) throws SQLException {
    String at = r.getString(5);
    return new Draft(r.getLong(1), r.getLong(2), Step.valueOf(r.getString(3)), r.getString(4),
        at == null ? null : Instant.parse(at), r.getString(6), r.getString(7), r.getString(8));
  }
}
