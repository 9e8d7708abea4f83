package vn.ketnoi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prepare, bind, execute and read in one statement, so a store's query reads as its SQL. On a
 * {@link Connection} the work joins the caller's transaction; on a {@link Database} it is a
 * transaction of its own (or joins the one running). Arguments are bound by type: null, String,
 * Long, Integer, Boolean (1 or 0), byte[] and Instant (its ISO text, as every time column holds
 * it); anything else is refused rather than guessed.
 */
public final class Sql {
  /** Reads the current row of a result into a value. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Tells whether the current row of a result is still wanted. */
  @FunctionalInterface
  public interface RowTest {
    boolean test(ResultSet row) throws SQLException;
  }

  private Sql() {}

  /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
  public static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  public static int update(Database db, String sql, Object... args) {
    return db.transaction(c -> update(c, sql, args));
  }

  /** Runs an INSERT; returns the key SQLite gave the new row. */
  public static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(ps, args);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  public static long insert(Database db, String sql, Object... args) {
    return db.transaction(c -> insert(c, sql, args));
  }

  /** Every row of the result, in its order. */
  public static <T> List<T> query(Connection c, String sql, RowReader<T> reader, Object... args)
      throws SQLException {
    return queryWhile(c, sql, row -> true, reader, args);
  }

  /**
   * The rows of the result in its order, up to (not including) the first that fails the test;
   * rows after it are not read at all.
   */
  public static <T> List<T> queryWhile(Connection c, String sql, RowTest wanted,
      RowReader<T> reader, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next() && wanted.test(rs)) {
          rows.add(reader.read(rs));
        }
      }
      return rows;
    }
  }

  public static <T> List<T> queryWhile(Database db, String sql, RowTest wanted,
      RowReader<T> reader, Object... args) {
    return db.transaction(c -> queryWhile(c, sql, wanted, reader, args));
  }

  public static <T> List<T> query(Database db, String sql, RowReader<T> reader, Object... args) {
    return db.transaction(c -> query(c, sql, reader, args));
  }

  /** The first row of the result, or empty when there is none; later rows are not read. */
  public static <T> Optional<T> one(Connection c, String sql, RowReader<T> reader, Object... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
      }
    }
  }

  public static <T> Optional<T> one(Database db, String sql, RowReader<T> reader, Object... args) {
    return db.transaction(c -> one(c, sql, reader, args));
  }

  /** An INTEGER column that may be NULL. */
  public static Long nullableLong(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  /** An INTEGER column that may be NULL, read as an int. */
  public static Integer nullableInt(ResultSet row, int column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      bind(ps, i + 1, args[i]);
    }
  }

  private static void bind(PreparedStatement ps, int index, Object arg) throws SQLException {
    if (arg == null) {
      ps.setNull(index, Types.NULL);
    } else if (arg instanceof String s) {
      ps.setString(index, s);
    } else if (arg instanceof Long l) {
      ps.setLong(index, l);
    } else if (arg instanceof Integer i) {
      ps.setInt(index, i);
    } else if (arg instanceof Boolean b) {
      ps.setInt(index, b ? 1 : 0);
    } else if (arg instanceof byte[] bytes) {
      ps.setBytes(index, bytes);
    } else if (arg instanceof Instant at) {
      ps.setString(index, at.toString());
    } else {
      throw new IllegalArgumentException(
          "cannot bind a " + arg.getClass().getName() + " as SQL parameter " + index);
    }
  }
}
