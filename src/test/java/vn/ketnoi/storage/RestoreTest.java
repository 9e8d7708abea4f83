package vn.ketnoi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreTest {
  @TempDir Path dir;

  private final MovingClock clock = new MovingClock("2026-12-01T02:30:00Z");

  private Path database() {
    return dir.resolve("data/ketnoi.db");
  }

  private Path keepIn() {
    return dir.resolve("data/backups");
  }

  private static void addUsers(Database db, int from, int to) {
    for (int i = from; i <= to; i++) {
      int id = i;
      db.transaction(c -> {
        try (Statement s = c.createStatement()) {
          return s.executeUpdate("INSERT INTO users (telegram_user_id, created_at) VALUES (" + id
              + ", '" + "x".repeat(200) + "')");
        }
      });
    }
  }

  private static int users(Path file) {
    try (Database db = Database.open(file)) {
      return db.transaction(c -> {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM users")) {
          return rs.getInt(1);
        }
      });
    }
  }

  /** A backup of a database with {@code users} users; the live database then gets one more. */
  private Path backupThenOneMoreUser(int users) {
    try (Database db = Database.open(database())) {
      addUsers(db, 1, users);
      Path backup = new Backups(keepIn(), 14, clock).make(db::backupTo).file();
      addUsers(db, users + 1, users + 1);
      return backup;
    }
  }

  private static void sql(Path file, String statement) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private void assertNothingChanged(int users) {
    assertThat(users(database())).isEqualTo(users);
    assertThat(keepIn().toFile().list()).noneMatch(n -> n.startsWith("before-restore"));
    assertThat(dir.resolve("data/ketnoi.db.restoring")).doesNotExist();
  }

  @Test
  void a_good_backup_replaces_the_database_and_the_current_one_is_kept() {
    Path backup = backupThenOneMoreUser(2);
    clock.advance(java.time.Duration.ofMinutes(5));

    Restore.Outcome outcome = Restore.run(backup, database(), keepIn(), clock);

    assertThat(outcome).isInstanceOf(Restore.Restored.class);
    Restore.Restored done = (Restore.Restored) outcome;
    assertThat(done.kept()).isEqualTo(keepIn().resolve("before-restore-2026-12-01-0935.db"));
    assertThat(done.toVersion()).isEqualTo(Database.migrationFiles().size());
    assertThat(users(database())).isEqualTo(2);
    assertThat(users(done.kept())).as("the replaced database, with the user added after the backup")
        .isEqualTo(3);
    assertThat(dir.resolve("data").toFile().list()).containsExactlyInAnyOrder("ketnoi.db", "backups");
    assertThat(users(backup)).as("the backup itself is left as it was").isEqualTo(2);
  }

  @Test
  void a_backup_can_be_restored_where_there_is_no_database_yet() {
    Path backup = backupThenOneMoreUser(1);
    Path elsewhere = dir.resolve("new-server/ketnoi.db");
    Restore.Restored done = (Restore.Restored) Restore.run(backup, elsewhere, keepIn(), clock);
    assertThat(done.kept()).isNull();
    assertThat(users(elsewhere)).isEqualTo(1);
  }

  @Test
  void a_file_that_is_not_a_database_is_refused_and_nothing_changes() throws Exception {
    backupThenOneMoreUser(1);
    Path text = Files.writeString(dir.resolve("needs.csv"), "id,title\n1,máy sấy\n");
    assertThat(Restore.run(text, database(), keepIn(), clock))
        .isEqualTo(new Restore.Refused(text + " is not an SQLite database"));
    assertThat(Restore.run(dir.resolve("missing.db"), database(), keepIn(), clock))
        .isInstanceOfSatisfying(Restore.Refused.class, r -> assertThat(r.reason()).contains("does not exist"));
    assertThat(Restore.run(database(), database(), keepIn(), clock))
        .isInstanceOfSatisfying(Restore.Refused.class, r -> assertThat(r.reason()).contains("database itself"));
    assertNothingChanged(2);
  }

  @Test
  void a_backup_from_a_newer_schema_is_refused() throws Exception {
    Path backup = backupThenOneMoreUser(1);
    int known = Database.migrationFiles().size();
    sql(backup, "PRAGMA user_version = " + (known + 1));
    assertThat(Restore.run(backup, database(), keepIn(), clock)).isInstanceOfSatisfying(Restore.Refused.class,
        r -> assertThat(r.reason()).contains("schema version " + (known + 1)).contains("(" + known + ")"));
    assertNothingChanged(2);
  }

  @Test
  void an_sqlite_database_that_is_not_ours_is_refused() throws Exception {
    backupThenOneMoreUser(1);
    Path other = dir.resolve("other.db");
    sql(other, "CREATE TABLE photos (id INTEGER PRIMARY KEY)");
    assertThat(Restore.run(other, database(), keepIn(), clock)).isInstanceOfSatisfying(Restore.Refused.class,
        r -> assertThat(r.reason()).contains("not a ketnoi one"));
    assertNothingChanged(2);
  }

  @Test
  void a_damaged_backup_is_refused() throws Exception {
    Path backup;
    try (Database db = Database.open(database())) {
      addUsers(db, 1, 400); // several pages of the users table
      backup = new Backups(keepIn(), 14, clock).make(db::backupTo).file();
    }
    long pages = Files.size(backup) / 4096;
    assertThat(pages).isGreaterThan(10);
    try (RandomAccessFile file = new RandomAccessFile(backup.toFile(), "rw")) {
      for (long page = 2; page < pages; page += 2) {
        file.seek(page * 4096 + 100);
        file.write(new byte[600]); // zeros over the cells of every other page
      }
    }
    assertThat(Restore.run(backup, database(), keepIn(), clock)).isInstanceOfSatisfying(Restore.Refused.class,
        // Which check finds it (integrity check, or reading the schema) depends on the pages hit.
        r -> assertThat(r.reason()).startsWith(backup + " is damaged"));
    assertNothingChanged(400);
  }

  @Test
  void a_database_a_running_bot_has_open_is_not_replaced() {
    Path backup = backupThenOneMoreUser(1);
    try (Database running = Database.open(database())) {
      assertThat(Restore.run(backup, database(), keepIn(), clock)).isInstanceOfSatisfying(Restore.Refused.class,
          r -> assertThat(r.reason()).contains("open in another process"));
      assertThat(running.schemaVersion()).isEqualTo(Database.migrationFiles().size());
    }
    assertNothingChanged(2);
    assertThat(Restore.run(backup, database(), keepIn(), clock)).isInstanceOf(Restore.Restored.class);
    assertThat(users(database())).isEqualTo(1);
  }

  @Test
  void a_leftover_write_ahead_log_beside_the_database_is_removed_before_the_swap() throws Exception {
    Path backup = backupThenOneMoreUser(1);
    Path wal = dir.resolve("data/ketnoi.db-wal");
    Files.write(wal, new byte[] {1, 2, 3});
    Restore.Restored done = (Restore.Restored) Restore.run(backup, database(), keepIn(), clock);
    assertThat(wal).doesNotExist();
    assertThat(users(database())).isEqualTo(1);
    assertThat(users(done.kept())).isEqualTo(2);
    assertThat(List.of(dir.resolve("data").toFile().list())).doesNotContain("ketnoi.db-shm", "ketnoi.db.restoring");
  }
}
