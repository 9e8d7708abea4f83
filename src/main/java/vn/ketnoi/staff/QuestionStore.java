package vn.ketnoi.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ketnoi.storage.Database;

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
    long id = db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO questions (telegram_user_id,"
          + " chat_id, text, asker, created_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, userId);
        ps.setLong(2, chatId);
        ps.setString(3, text);
        ps.setString(4, asker);
        ps.setString(5, now.toString());
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
    return new Question(id, userId, chatId, text, asker, now, null, null, null);
  }

  public Optional<Question> byId(long id) {
    return db.transaction(c -> list(c, "SELECT " + COLUMNS + " FROM questions WHERE id = ?", id))
        .stream().findFirst();
  }

  /** Newest first; open ones only unless {@code answeredToo}. */
  public List<Question> newestFirst(boolean answeredToo, int limit) {
    return db.transaction(c -> list(c, "SELECT " + COLUMNS + " FROM questions"
        + (answeredToo ? "" : " WHERE status = 'open'") + " ORDER BY id DESC LIMIT ?", limit));
  }

  public int count(boolean answeredToo) {
    return db.transaction(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT count(*) FROM questions" + (answeredToo ? "" : " WHERE status = 'open'"))) {
        rs.next();
        return rs.getInt(1);
      }
    });
  }

  /** Every question, oldest first (for the export). */
  public List<Question> all() {
    return db.transaction(c -> list(c, "SELECT " + COLUMNS + " FROM questions ORDER BY id"));
  }

  /**
   * Records the answer if the question is still open; false when someone answered it first (two
   * staff members typing at once: the first one wins, the second is told).
   */
  public boolean answer(long id, String answer, long staffUserId) {
    return db.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE questions SET status = 'answered',"
          + " answer = ?, answered_by = ?, answered_at = ? WHERE id = ? AND status = 'open'")) {
        ps.setString(1, answer);
        ps.setLong(2, staffUserId);
        ps.setString(3, clock.instant().toString());
        ps.setLong(4, id);
        return ps.executeUpdate() == 1;
      }
    });
  }

  private static List<Question> list(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<Question> found = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(new Question(rs.getLong(1), nullableLong(rs, 2), rs.getLong(3), rs.getString(4),
              rs.getString(5), instant(rs.getString(6)), rs.getString(7), nullableLong(rs, 8),
              instant(rs.getString(9))));
        }
      }
      return found;
    }
  }

  private static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
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
