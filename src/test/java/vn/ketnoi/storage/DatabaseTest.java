package vn.ketnoi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @TempDir Path dir;

  private static void exec(Database db, String sql) {
    db.transaction(c -> {
      try (Statement s = c.createStatement()) {
        return s.executeUpdate(sql);
      }
    });
  }

  @Test
  void a_fresh_file_gets_every_migration_and_wal() {
    try (Database db = Database.open(dir.resolve("sub/dir/fresh.db"))) {
      assertThat(db.schemaVersion()).isEqualTo(Database.migrationFiles().size());
      String mode = db.transaction(c -> {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
          return rs.getString(1);
        }
      });
      assertThat(mode).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void an_existing_file_keeps_its_data_and_is_not_migrated_twice() {
    Path file = dir.resolve("existing.db");
    try (Database db = Database.open(file)) {
      exec(db, "INSERT INTO users (telegram_user_id, consent, created_at) VALUES (5, 'granted', 'x')");
    }
    try (Database again = Database.open(file)) {
      assertThat(again.schemaVersion()).isEqualTo(Database.migrationFiles().size());
      int users = again.transaction(c -> {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM users")) {
          return rs.getInt(1);
        }
      });
      assertThat(users).isEqualTo(1);
    }
  }

  @Test
  void a_failing_transaction_rolls_back() {
    try (Database db = Database.open(dir.resolve("rollback.db"))) {
      try {
        db.transaction(c -> {
          exec(db, "INSERT INTO users (telegram_user_id, created_at) VALUES (9, 'x')");
          throw new IllegalStateException("boom");
        });
      } catch (IllegalStateException expected) {
        // the insert must be gone
      }
      int users = db.transaction(c -> {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM users")) {
          return rs.getInt(1);
        }
      });
      assertThat(users).isZero();
    }
  }

  @Test
  void backup_makes_a_readable_copy_while_open() {
    Path file = dir.resolve("live.db");
    Path copy = dir.resolve("copy.db");
    try (Database db = Database.open(file)) {
      exec(db, "INSERT INTO users (telegram_user_id, created_at) VALUES (1, 'x')");
      db.backupTo(copy);
    }
    try (Database restored = Database.open(copy)) {
      int users = restored.transaction(c -> {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM users")) {
          return rs.getInt(1);
        }
      });
      assertThat(users).isEqualTo(1);
    }
  }

  private static boolean fileHolds(Path file, String text) throws Exception {
    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    return bytes.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
  }

  @Test
  void a_deleted_row_leaves_no_bytes_in_the_file_or_the_wal() throws Exception {
    Path file = dir.resolve("secure.db");
    Path wal = dir.resolve("secure.db-wal");
    try (Database db = Database.open(file)) {
      exec(db, "INSERT INTO questions (chat_id, text, created_at) VALUES (1, 'Khuổi Nậm 0966123457', 'x')");
      db.checkpoint();
      assertThat(fileHolds(file, "Khuổi Nậm 0966123457")).isTrue();
      exec(db, "DELETE FROM questions");
      assertThat(fileHolds(wal, "Khuổi Nậm")).isFalse(); // the new page image is zeroed
      Database.Checkpoint done = db.checkpoint();
      assertThat(done.busy()).isFalse();
      assertThat(Files.size(wal)).isZero();
      assertThat(fileHolds(file, "Khuổi Nậm")).isFalse();
    }
  }

  @Test
  void after_commit_runs_once_the_outer_transaction_commits_and_never_after_a_rollback() {
    try (Database db = Database.open(dir.resolve("hooks.db"))) {
      List<String> ran = new ArrayList<>();
      db.transaction(c -> db.transaction(inner -> {
        db.afterCommit(() -> ran.add("committed " + db.checkpoint().busy()));
        assertThat(ran).isEmpty();
        return null;
      }));
      assertThat(ran).containsExactly("committed false");
      assertThatThrownBy(() -> db.transaction(c -> {
        db.afterCommit(() -> ran.add("rolled back"));
        throw new IllegalStateException("boom");
      })).isInstanceOf(IllegalStateException.class);
      exec(db, "INSERT INTO users (telegram_user_id, created_at) VALUES (1, 'x')");
      assertThat(ran).containsExactly("committed false");
      assertThatThrownBy(() -> db.afterCommit(() -> { })).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> db.transaction(c -> db.checkpoint()))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void a_checkpoint_says_busy_while_another_connection_reads_the_wal() throws Exception {
    Path file = dir.resolve("busy.db");
    try (Database db = Database.open(file);
        Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      exec(db, "INSERT INTO users (telegram_user_id, created_at) VALUES (1, 'x')");
      // The checkpoint waits busy_timeout for the reader; the test need not wait five seconds.
      db.transaction(c -> {
        try (Statement s = c.createStatement()) {
          return s.execute("PRAGMA busy_timeout=50");
        }
      });
      reader.setAutoCommit(false);
      try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM users")) {
        assertThat(rs.next()).isTrue(); // a read snapshot on the WAL
        exec(db, "INSERT INTO users (telegram_user_id, created_at) VALUES (2, 'x')");
        assertThat(db.checkpoint().busy()).isTrue();
      }
      reader.rollback();
      assertThat(db.checkpoint().busy()).isFalse();
    }
  }
}
