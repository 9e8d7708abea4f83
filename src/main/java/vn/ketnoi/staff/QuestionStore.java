package vn.ketnoi.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.ketnoi.storage.Database;
import vn.ketnoi.storage.Sql;

/**
 * Questions the knowledge base could not answer, passed on to staff at the business's request, and
 * staff's answers. It lives with the desk: the conversation only hands a question over.
 */
public final class QuestionStore {
  /**
   * One question. After the business's /xoadulieu, {@code userId} is null, {@code chatId} 0 and the
   * texts (question, asker, answer) are null; who answered and when stay.
   */
  public record Question(long id, Long userId, long chatId, String text, String asker,
      Instant askedAt, String answer, Long answeredBy, Instant answeredAt) {
    public boolean answered() {
      return answeredBy != null;
    }

    public boolean erased() {
      return userId == null;
    }
  }

  private static final String COLUMNS = "id, telegram_user_id, chat_id, text, asker, created_at,"
      + " answer, answered_by, answered_at";

  private final Database db;
  private final Clock clock;

  public QuestionStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Stores a question; {@code asker} is who the business is, as far as known, or null. */
  public Question save(long userId, long chatId, String text, String asker) {
    Instant now = clock.instant();
    long id = Sql.insert(db, "INSERT INTO questions (telegram_user_id,"
        + " chat_id, text, asker, created_at) VALUES (?, ?, ?, ?, ?)",
        userId, chatId, text, asker, now);
    return new Question(id, userId, chatId, text, asker, now, null, null, null);
  }

  public Optional<Question> byId(long id) {
    return Sql.one(db, "SELECT " + COLUMNS + " FROM questions WHERE id = ?",
        QuestionStore::question, id);
  }

  /** Newest first; open ones only unless {@code answeredToo}. */
  public List<Question> newestFirst(boolean answeredToo, int limit) {
    return Sql.query(db, "SELECT " + COLUMNS + " FROM questions"
        + (answeredToo ? "" : " WHERE status = 'open'") + " ORDER BY id DESC LIMIT ?",
        QuestionStore::question, limit);
  }

  public int count(boolean answeredToo) {
    return Sql.one(db, "SELECT count(*) FROM questions"
        + (answeredToo ? "" : " WHERE status = 'open'"), row -> row.getInt(1)).orElseThrow();
  }

  /** Every question, oldest first (for the export). */
  public List<Question> all() {
    return Sql.query(db, "SELECT " + COLUMNS + " FROM questions ORDER BY id",
        QuestionStore::question);
  }

  /**
   * Records the answer if the question is still open; false when someone answered it first (two
   * staff members typing at once: the first one wins, the second is told).
   */
  public boolean answer(long id, String answer, long staffUserId) {
    return Sql.update(db, "UPDATE questions SET status = 'answered',"
        + " answer = ?, answered_by = ?, answered_at = ? WHERE id = ? AND status = 'open'",
        answer, staffUserId, clock.instant(), id) == 1;
  }

  private static Question question(ResultSet row) throws SQLException {
    return new Question(row.getLong(1), Sql.nullableLong(row, 2), row.getLong(3), row.getString(4),
        row.getString(5), instant(row.getString(6)), row.getString(7), Sql.nullableLong(row, 8),
        instant(row.getString(9)));
  }

  /** A time this version cannot read shows as unknown rather than hiding the question. */
  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
