package vn.ketnoi.conversation;

import java.sql.PreparedStatement;
import java.time.Clock;
import vn.ketnoi.storage.Database;

/** Questions passed on to staff. */
public final class QuestionStore {
  private final Database db;
  private final Clock clock;

  public QuestionStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public void save(long userId, long chatId, String text) {
    db.transaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(
              "INSERT INTO questions (telegram_user_id, chat_id, text, created_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, userId);
            ps.setLong(2, chatId);
            ps.setString(3, text);
            ps.setString(4, clock.instant().toString());
            return ps.executeUpdate();
          }
        });
  }
}
