package vn.ketnoi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlTest {
  @TempDir Path dir;
  private Database db;

  /** One row as the test reads it back: each column with the type SQLite stored. */
  private record Stored(String text, String textType, Long number, String numberType,
      byte[] bytes, String bytesType) {}

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("sql.db"));
    Sql.update(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT, number INTEGER, bytes BLOB)");
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Stored stored(long id) {
    return Sql.one(db, "SELECT text, typeof(text), number, typeof(number), bytes, typeof(bytes)"
        + " FROM t WHERE id = ?", row -> new Stored(row.getString(1), row.getString(2),
        Sql.nullableLong(row, 3), row.getString(4), row.getBytes(5), row.getString(6)), id)
        .orElseThrow();
  }

  @Test
  void binds_each_supported_type_as_sqlite_stores_it() {
    Instant at = Instant.parse("2026-12-01T10:15:30.5Z");
    Sql.update(db, "INSERT INTO t (id, text, number, bytes) VALUES (?, ?, ?, ?)", 1L, "chữ", 7,
        new byte[] {1, 2});
    Sql.update(db, "INSERT INTO t (id, text, number, bytes) VALUES (?, ?, ?, ?)", 2L, at, true,
        null);
    Sql.update(db, "INSERT INTO t (id, text, number, bytes) VALUES (?, ?, ?, ?)", 3L, null,
        Long.MAX_VALUE, null);

    Stored first = stored(1);
    assertThat(List.of(first.text(), first.textType(), first.numberType(), first.bytesType()))
        .containsExactly("chữ", "text", "integer", "blob");
    assertThat(first.number()).isEqualTo(7L);
    assertThat(first.bytes()).containsExactly(1, 2);
    Stored second = stored(2);
    assertThat(second.text()).isEqualTo("2026-12-01T10:15:30.500Z");
    assertThat(second.number()).isEqualTo(1L);
    assertThat(second.bytesType()).isEqualTo("null");
    Stored third = stored(3);
    assertThat(third.textType()).isEqualTo("null");
    assertThat(third.number()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void refuses_a_type_it_would_have_to_guess() {
    assertThatThrownBy(() -> Sql.update(db, "INSERT INTO t (id, text) VALUES (?, ?)", 1L, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Double")
        .hasMessageContaining("parameter 2");
    assertThat(Sql.one(db, "SELECT count(*) FROM t", row -> row.getInt(1))).contains(0);
  }

  @Test
  void update_counts_changed_rows_and_insert_returns_the_new_key() {
    long first = Sql.insert(db, "INSERT INTO t (text) VALUES (?)", "a");
    long second = Sql.insert(db, "INSERT INTO t (text) VALUES (?)", "b");

    assertThat(second).isEqualTo(first + 1);
    assertThat(Sql.update(db, "UPDATE t SET number = 1 WHERE id >= ?", first)).isEqualTo(2);
    assertThat(Sql.update(db, "UPDATE t SET number = 1 WHERE id = ?", second + 1)).isZero();
  }

  @Test
  void query_keeps_the_result_order_and_one_is_empty_without_a_row() {
    for (String text : List.of("b", "c", "a")) {
      Sql.update(db, "INSERT INTO t (text) VALUES (?)", text);
    }

    assertThat(Sql.query(db, "SELECT text FROM t ORDER BY text DESC", row -> row.getString(1)))
        .containsExactly("c", "b", "a");
    assertThat(Sql.one(db, "SELECT text FROM t WHERE text = ?", row -> row.getString(1), "z"))
        .isEmpty();
    assertThat(Sql.one(db, "SELECT text FROM t ORDER BY id", row -> row.getString(1)))
        .contains("b");
  }

  @Test
  void query_while_stops_at_the_first_unwanted_row_and_reads_none_after_it() {
    for (long n : List.of(1L, 2L, 9L, 3L)) {
      Sql.update(db, "INSERT INTO t (number) VALUES (?)", n);
    }
    List<Long> read = new java.util.ArrayList<>();

    List<Long> wanted = Sql.queryWhile(db, "SELECT number FROM t ORDER BY id",
        row -> row.getLong(1) < 5, row -> {
          read.add(row.getLong(1));
          return row.getLong(1);
        });

    assertThat(wanted).containsExactly(1L, 2L);
    assertThat(read).containsExactly(1L, 2L);
  }

  @Test
  void work_on_a_connection_joins_the_callers_transaction() {
    assertThatThrownBy(() -> db.transaction(c -> {
      Sql.update(c, "INSERT INTO t (text) VALUES (?)", "rolled back");
      throw new IllegalStateException("fails after the insert");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(Sql.query(db, "SELECT text FROM t", row -> row.getString(1))).isEmpty();
  }

  @Test
  void a_failing_statement_surfaces_as_a_storage_exception() {
    assertThatThrownBy(() -> Sql.update(db, "INSERT INTO missing (x) VALUES (?)", 1))
        .isInstanceOf(StorageException.class).hasMessageContaining("missing");
  }
}
