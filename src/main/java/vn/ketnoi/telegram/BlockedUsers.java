package vn.ketnoi.telegram;

import java.time.Clock;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

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
    Sql.update(db, "INSERT INTO users (telegram_user_id, blocked_at, created_at) VALUES (?, ?, ?)"
        + " ON CONFLICT (telegram_user_id) DO UPDATE SET blocked_at = excluded.blocked_at",
        userId, blockedAt, clock.instant());
  }
}
