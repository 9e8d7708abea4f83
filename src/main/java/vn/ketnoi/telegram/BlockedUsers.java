package vn.ketnoi.telegram;

import java.sql.PreparedStatement;
import java.time.Clock;
import vn.ketnoi.storage.Database;

/** Users who blocked the bot (a 403, or Telegram's my_chat_member update), and who came back. */
final class BlockedUsers {
  private final Database db;
  private final Clock clock;

  BlockedUsers(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  void record(long userId) {
    set(userId, clock.instant().toString());
  }

  void clear(long userId) {
    set(userId, null);
  }

  private void set(long userId, String blockedAt) {
    String now = clock.instant().toString();
    db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO users (telegram_user_id, blocked_at, created_at) VALUES (?, ?, ?)"
                      + " ON CONFLICT (telegram_user_id) DO UPDATE SET blocked_at = excluded.blocked_at")) {
            ps.setLong(1, userId);
            ps.setString(2, blockedAt);
            ps.setString(3, now);
            return ps.executeUpdate();
          }
        });
  }
}
