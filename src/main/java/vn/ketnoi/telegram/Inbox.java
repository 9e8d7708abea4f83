package vn.ketnoi.telegram;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.ketnoi.storage.Database;

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
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT OR IGNORE INTO inbox_updates (update_id, chat_id, user_id, kind, text,"
                      + " callback_id, message_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Received r : batch) {
              ps.setLong(1, r.updateId());
              ps.setLong(2, r.chatId());
              ps.setLong(3, r.userId());
              ps.setString(4, r.kind().name());
              ps.setString(5, r.text());
              ps.setString(6, r.callbackId());
              if (r.messageId() == null) {
                ps.setNull(7, Types.INTEGER);
              } else {
                ps.setInt(7, r.messageId());
              }
              ps.setString(8, now);
              if (ps.executeUpdate() == 1) {
                fresh.add(r);
              }
            }
          }
          return fresh;
        });
  }

  /** Marks an update handled (inside the turn's transaction) and forgets its text. */
  boolean markHandled(long updateId) {
    return db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE inbox_updates SET handled_at = ?, text = NULL"
                      + " WHERE update_id = ? AND handled_at IS NULL")) {
            ps.setString(1, clock.instant().toString());
            ps.setLong(2, updateId);
            return ps.executeUpdate() == 1;
          }
        });
  }

  /**
   * Counts one failed attempt at handling an update (a fault in handling it, not a storage
   * outage) and returns how many there have been, across restarts.
   */
  int recordFailure(long updateId, String error) {
    return db.transaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(
              "UPDATE inbox_updates SET attempts = attempts + 1, error = ? WHERE update_id = ?")) {
            ps.setString(1, error);
            ps.setLong(2, updateId);
            ps.executeUpdate();
          }
          try (PreparedStatement ps = c.prepareStatement(
              "SELECT attempts FROM inbox_updates WHERE update_id = ?")) {
            ps.setLong(1, updateId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getInt(1) : 0;
            }
          }
        });
  }

  /**
   * Gives up on an update that keeps failing: it is handled (so it never blocks its chat or
   * replays at a start) and failed, with its error kept for the IT officer; its text is dropped
   * like any handled update's.
   */
  boolean setAside(long updateId, String error) {
    return db.transaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(
              "UPDATE inbox_updates SET handled_at = ?, failed_at = ?, error = ?, text = NULL"
                  + " WHERE update_id = ? AND handled_at IS NULL")) {
            String now = clock.instant().toString();
            ps.setString(1, now);
            ps.setString(2, now);
            ps.setString(3, error);
            ps.setLong(4, updateId);
            return ps.executeUpdate() == 1;
          }
        });
  }

  boolean isHandled(long updateId) {
    return db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT handled_at FROM inbox_updates WHERE update_id = ?")) {
            ps.setLong(1, updateId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() && rs.getString(1) != null;
            }
          }
        });
  }

  /** Updates stored but not handled, e.g. when the process died mid-batch; oldest first. */
  List<Received> pending() {
    return db.transaction(Inbox::pending);
  }

  private static List<Received> pending(Connection c) throws SQLException {
    List<Received> result = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT update_id, chat_id, user_id, kind, text, callback_id, message_id"
                    + " FROM inbox_updates WHERE handled_at IS NULL ORDER BY update_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int messageId = rs.getInt(7);
        result.add(new Received(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            Received.Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
            rs.wasNull() ? null : messageId));
      }
    }
    return result;
  }
}
