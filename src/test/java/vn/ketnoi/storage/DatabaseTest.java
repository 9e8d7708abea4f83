package vn.ketnoi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
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
}
