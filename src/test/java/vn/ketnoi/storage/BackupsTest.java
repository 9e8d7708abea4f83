package vn.ketnoi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
  @TempDir Path dir;

  /** 02:30 UTC is 09:30 in Việt Nam. */
  private final MovingClock clock = new MovingClock("2026-12-01T02:30:00Z");

  private Database database(int users) {
    Database db = Database.open(dir.resolve("data/ketnoi.db"));
    for (int i = 1; i <= users; i++) {
      int id = i;
      db.transaction(c -> {
        try (Statement s = c.createStatement()) {
          return s.executeUpdate("INSERT INTO users (telegram_user_id, created_at) VALUES (" + id + ", 'x')");
        }
      });
    }
    return db;
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

  private static List<String> names(List<Path> files) {
    return files.stream().map(f -> f.getFileName().toString()).toList();
  }

  @Test
  void a_backup_is_named_by_local_time_in_a_folder_it_creates() {
    Path folder = dir.resolve("not/yet/there");
    try (Database db = database(2)) {
      Backups.Made made = new Backups(folder, 14, clock).make(db::backupTo);
      assertThat(made.file()).isEqualTo(folder.resolve("ketnoi-2026-12-01-0930.db"));
      assertThat(made.bytes()).isEqualTo(made.file().toFile().length()).isPositive();
      assertThat(made.removed()).isEmpty();
    }
    assertThat(users(folder.resolve("ketnoi-2026-12-01-0930.db"))).isEqualTo(2);
    assertThat(folder.toFile().list()).as("no temporary file is left").containsExactly("ketnoi-2026-12-01-0930.db");
  }

  @Test
  void a_file_of_the_same_name_is_neither_a_failure_nor_overwritten() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("backups"));
    Files.writeString(folder.resolve("ketnoi-2026-12-01-0930.db"), "someone else's file");
    Backups backups = new Backups(folder, 14, clock);
    try (Database db = database(1)) {
      assertThat(backups.make(db::backupTo).file().getFileName()).hasToString("ketnoi-2026-12-01-0930-2.db");
      assertThat(backups.make(db::backupTo).file().getFileName()).hasToString("ketnoi-2026-12-01-0930-3.db");
    }
    assertThat(Files.readString(folder.resolve("ketnoi-2026-12-01-0930.db"))).isEqualTo("someone else's file");
    assertThat(users(folder.resolve("ketnoi-2026-12-01-0930-3.db"))).isEqualTo(1);
  }

  @Test
  void only_the_newest_n_are_kept_and_files_not_made_by_us_are_untouched() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("backups"));
    List<String> foreign = List.of("notes.txt", "ketnoi.db", "ketnoi-before-upgrade.db",
        "before-restore-2026-11-01-0800.db", "ketnoi-2026-11-01-0800.db.bak");
    for (String name : foreign) {
      Files.writeString(folder.resolve(name), name);
    }
    Backups backups = new Backups(folder, 3, clock);
    try (Database db = database(1)) {
      for (int day = 0; day < 5; day++) {
        Backups.Made made = backups.make(db::backupTo);
        assertThat(made.removed()).hasSize(day < 3 ? 0 : 1);
        clock.advance(Duration.ofDays(1));
      }
      // two in one minute: the later one is the newer
      clock.advance(Duration.ofDays(-1));
      backups.make(db::backupTo);
    }
    assertThat(names(backups.list())).containsExactly("ketnoi-2026-12-04-0930.db",
        "ketnoi-2026-12-05-0930.db", "ketnoi-2026-12-05-0930-2.db");
    assertThat(backups.newest()).contains(LocalDateTime.parse("2026-12-05T09:30"));
    for (String name : foreign) {
      assertThat(Files.readString(folder.resolve(name))).isEqualTo(name);
    }
  }

  @Test
  void a_name_freed_by_rotation_is_not_reused_for_a_newer_backup() {
    Backups backups = new Backups(dir.resolve("backups"), 2, clock);
    try (Database db = database(1)) {
      for (int i = 0; i < 4; i++) {
        backups.make(db::backupTo);
      }
    }
    assertThat(names(backups.list())).containsExactly("ketnoi-2026-12-01-0930-3.db", "ketnoi-2026-12-01-0930-4.db");
  }

  @Test
  void a_partial_copy_left_by_a_killed_process_is_cleared_later_but_one_at_work_is_not() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("backups"));
    Path abandoned = Files.writeString(folder.resolve(".ketnoi-backup-4242.partial"), "half a copy");
    Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.from(clock.instant().minus(Duration.ofDays(2))));
    Path atWork = Files.writeString(folder.resolve(".ketnoi-backup-4343.partial"), "being written");
    Files.setLastModifiedTime(atWork, java.nio.file.attribute.FileTime.from(clock.instant().minusSeconds(5)));
    try (Database db = database(1)) {
      new Backups(folder, 14, clock).make(db::backupTo);
    }
    assertThat(abandoned).doesNotExist();
    assertThat(atWork).exists();
  }

  @Test
  void a_copy_that_fails_leaves_nothing_and_says_where() throws Exception {
    Path folder = dir.resolve("backups");
    Backups backups = new Backups(folder, 14, clock);
    assertThatThrownBy(() -> backups.make(target -> {
      throw new StorageException("disk full", null);
    })).hasMessage("disk full");
    assertThat(folder.toFile().list()).isEmpty();

    Path blocked = Files.writeString(dir.resolve("a-file"), "x");
    try (Database db = database(1)) {
      assertThatThrownBy(() -> new Backups(blocked.resolve("backups"), 14, clock).make(db::backupTo))
          .isInstanceOf(StorageException.class).hasMessageContaining("a-file");
    }
  }

  @Test
  void the_command_line_copy_reads_the_file_without_opening_it_for_the_bot() throws Exception {
    try (Database db = database(3)) {
      Path file = new Backups(dir.resolve("backups"), 14, clock).make(Backups.of(dir.resolve("data/ketnoi.db"))).file();
      assertThat(users(file)).isEqualTo(3);
    }
    assertThatThrownBy(() -> new Backups(dir.resolve("backups"), 14, clock).make(Backups.of(dir.resolve("none.db"))))
        .isInstanceOf(StorageException.class).hasMessageContaining("no database at");
    assertThat(dir.resolve("none.db")).doesNotExist();
  }
}
