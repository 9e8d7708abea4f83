package vn.ketnoi.telegram;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/** Updates written down before telegrambots confirms them to Telegram. */
final class Inbox {
  private final Database db;
  private final Clock clock;

  Inbox(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Stores a batch; an update seen before (a replay) is ignored. Returns the new ones. */
  List<Received> store(List<Received> batch) {
    String now = clock.instant().toString();
    return db.transaction(
        c -> {
          List<Received> fresh = new ArrayList<>();
          for (Received r : batch) {
            if (Sql.update(c, "INSERT OR IGNORE INTO inbox_updates (update_id, chat_id, user_id,"
                    + " kind, text, callback_id, message_id, received_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r.updateId(), r.chatId(), r.userId(),
                r.kind().name(), r.text(), r.callbackId(), r.messageId(), now) == 1) {
              fresh.add(r);
            }
          }
          return fresh;
        });
  }

  /** Marks an update handled (inside the turn's transaction) and forgets its text. */
  boolean markHandled(long updateId) {
    return Sql.update(db, "UPDATE inbox_updates SET handled_at = ?, text = NULL"
        + " WHERE update_id = ? AND handled_at IS NULL", clock.instant(), updateId) == 1;
  }

  /**
   * Counts one failed attempt at handling an update (a fault in handling it, not a storage
   * outage) and returns how many there have been, across restarts.
   */
  int recordFailure(long updateId, String error) {
    return db.transaction(
        c -> {
          Sql.update(c, "UPDATE inbox_updates SET attempts = attempts + 1, error = ?"
              + " WHERE update_id = ?", error, updateId);
          return Sql.one(c, "SELECT attempts FROM inbox_updates WHERE update_id = ?",
              row -> row.getInt(1), updateId).orElse(0);
        });
  }

  /**
   * Gives up on an update that keeps failing: it is handled (so it never blocks its chat or
   * replays at a start) and failed, with its error kept for the IT officer; its text is dropped
   * like any handled update's.
   */
  boolean setAside(long updateId, String error) {
    Instant now = clock.instant();
    return Sql.update(db, "UPDATE inbox_updates SET handled_at = ?, failed_at = ?, error = ?,"
        + " text = NULL WHERE update_id = ? AND handled_at IS NULL", now, now, error,
        updateId) == 1;
  }

  boolean isHandled(long updateId) {
    return Sql.one(db, "SELECT handled_at FROM inbox_updates WHERE update_id = ?",
        row -> row.getString(1) != null, updateId).orElse(false);
  }

  /** Updates stored but not handled, e.g. when the process died mid-batch; oldest first. */
  List<Received> pending() {
    return Sql.query(db, "SELECT update_id, chat_id, user_id, kind, text, callback_id, message_id"
        + " FROM inbox_updates WHERE handled_at IS NULL ORDER BY update_id", Inbox::received);
  }

  private static Received received(ResultSet row) throws SQLException {
    return new Received(row.getLong(1), row.getLong(2), row.getLong(3),
        Received.Kind.valueOf(row.getString(4)), row.getString(5), row.getString(6),
        Sql.nullableInt(row, 7));
  }
}
